/**
 * Integration request parameters: evaluating `requestParameters` against the method request, and
 * the `$context.requestOverride` values a template set, which win over mappings [docs].
 * Targets are `integration.request.{header|querystring|path|multivalue...}.NAME`.
 */
import type { Integration } from '../../model/integration.js';
import type { HeaderPair, Invocation } from '../context.js';
import type { DataPlaneDeps, InputParams } from '../deps.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import { isForbiddenMappedHeader } from './header-rules.js';
import { resolveSource } from './parameters.js';

export type MappedParameters = { headers: HeaderPair[]; query: [string, string][]; path: Record<string, string> };

/** Mapping a header AWS forbids fails every call with a fixed 500 [recorded]. */
export function checkForbiddenMappings(integration: Integration): void {
  for (const target of Object.keys(integration.requestParameters ?? {})) {
    const m = /^integration\.request\.header\.(.+)$/.exec(target);
    if (m && isForbiddenMappedHeader(integration.type, m[1]!)) {
      throw new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, {
        status: 500,
        fixedBody: true,
        detail: `mapping of the header ${m[1]} is not allowed`,
      });
    }
  }
}

export function mapRequestParameters(inv: Invocation, integration: Integration, deps: DataPlaneDeps): MappedParameters {
  const out: MappedParameters = { headers: [], query: [], path: {} };
  const scope = {
    prefix: 'method.request' as const,
    path: inv.route!.pathParameters,
    query: inv.request.query,
    headers: inv.request.headers,
    body: inv.request.body.toString('utf8'),
    context: inv.context!,
    stageVariables: inv.api!.stageVariables,
    jsonPath: deps.templates.jsonPath,
  };
  for (const [target, source] of Object.entries(integration.requestParameters ?? {})) {
    if (source === null) continue;
    const m = /^integration\.request\.(header|querystring|path|multivalueheader|multivaluequerystring)\.(.+)$/.exec(target);
    if (!m) continue;
    const value = resolveSource(source, scope);
    if (value === undefined) continue;
    const [, location, name] = m as unknown as [string, string, string];
    const values = typeof value === 'string' ? [value] : [...value];
    if (location === 'querystring' || location === 'multivaluequerystring') for (const v of values) out.query.push([name, v]);
    else if (location === 'path') out.path[name] = values.join(',');
    else out.headers.push([name, values.join(',')]);
  }
  return out;
}

/** `$context.requestOverride` after the template ran: header, querystring and path values. */
export function applyOverrides(mapped: MappedParameters, override: Record<string, unknown>): MappedParameters {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const header = (override.header ?? {}) as Record<string, unknown>;
  const query = (override.querystring ?? {}) as Record<string, unknown>;
  const path = (override.path ?? {}) as Record<string, unknown>;
  if (isEmpty(header) && isEmpty(query) && isEmpty(path)) return mapped;
  const headerNames = new Set(Object.keys(header).map((k) => k.toLowerCase()));
  return {
    headers: [...mapped.headers.filter(([k]) => !headerNames.has(k.toLowerCase())), ...Object.entries(header).map(([k, v]): HeaderPair => [k, text(v)])],
    query: [...mapped.query.filter(([k]) => !Object.prototype.hasOwnProperty.call(query, k)), ...Object.entries(query).map(([k, v]): [string, string] => [k, text(v)])],
    path: { ...mapped.path, ...Object.fromEntries(Object.entries(path).map(([k, v]) => [k, text(v)])) },
  };
}

/** `$input.params()`: path, querystring and header values (the last of repeated ones). */
export function inputParams(inv: Invocation): InputParams {
  const params: InputParams = { path: { ...(inv.route?.pathParameters ?? {}) }, querystring: {}, header: {} };
  for (const [k, v] of inv.request.query) params.querystring[k] = v;
  for (const [k, v] of inv.request.headers) params.header[k] = v;
  return params;
}

/**
 * The integration URI with `{name}` replaced by integration path parameters (unknown ones stay as
 * they are) and `${stageVariables.name}` by stage variables (missing: empty). An invalid result
 * is AWS's configuration error, a fixed 500 [recorded].
 */
export function renderUri(uri: string, path: Readonly<Record<string, string>>, stageVariables: Readonly<Record<string, string>>): URL {
  const rendered = interpolateUri(uri, path, stageVariables);
  try {
    const url = new URL(rendered);
    if (url.hostname === '') throw new Error('no host');
    return url;
  } catch {
    throw new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, {
      status: 500,
      fixedBody: true,
      detail: `Execution failed due to configuration error: Invalid endpoint address ${rendered}`,
    });
  }
}

/** A URI with `${stageVariables.name}` (missing: empty) and `{name}` path parameters (unknown: kept) filled in. */
export function interpolateUri(uri: string, path: Readonly<Record<string, string>>, stageVariables: Readonly<Record<string, string>>): string {
  const withVariables = uri.replace(/\$\{stageVariables\.([A-Za-z0-9_.-]+)\}/g, (_m, name: string) => stageVariables[name] ?? '');
  return withVariables.replace(/\{([^{}/?&=]+)\}/g, (whole, name: string) => path[name] ?? whole);
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}
