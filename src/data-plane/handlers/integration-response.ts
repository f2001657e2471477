/**
 * Stage 4, integration response (non-proxy integrations): select the response by the endpoint's
 * status (or Lambda error message), map response parameters, convert the payload, render the
 * response template, and apply `$context.responseOverride` [docs; recorded].
 */
import type { HeaderPair, Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import { convertResponse } from '../mapping/content-handling.js';
import { isBinaryType, mediaType } from '../mapping/media-types.js';
import { resolveSource } from '../mapping/parameters.js';
import { inputParams } from '../mapping/request-mapping.js';
import { selectIntegrationResponse } from '../mapping/selection.js';
import { responseTemplate } from '../mapping/template-selection.js';
import { integrationOf, templateOnBinary } from './integration-request.js';

const configurationError = (detail: string) =>
  new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, { status: 500, fixedBody: true, detail });

export type MappedResponse = NonNullable<Invocation['mappedResponse']>;

export function integrationResponse(inv: Invocation, deps: DataPlaneDeps): MappedResponse {
  const integration = integrationOf(inv);
  const endpoint = inv.endpointResponse!;
  const value = endpoint.errorMessage ?? (integration.type === 'AWS' && isLambda(integration.uri) ? '' : String(endpoint.status));
  const selected = selectIntegrationResponse(integration.integrationResponses, value);
  if (!selected) {
    throw configurationError(`No match for output mapping and no default output mapping configured. Endpoint Response Status Code: ${endpoint.status}`);
  }
  const method = inv.route!.method;
  if (!method.methodResponses || !Object.prototype.hasOwnProperty.call(method.methodResponses, selected.statusCode)) {
    throw configurationError(`no method response for status ${selected.statusCode}`);
  }
  const endpointHeader = (name: string) => endpoint.headers.find(([k]) => k.toLowerCase() === name)?.[1];
  const clientHeader = (name: string) => inv.request.headers.find(([k]) => k.toLowerCase() === name)?.[1];
  const headers: HeaderPair[] = [];
  const scope = {
    prefix: 'integration.response' as const,
    headers: endpoint.headers,
    body: endpoint.body.toString('utf8'),
    context: inv.context!,
    stageVariables: inv.api!.stageVariables,
    jsonPath: deps.templates.jsonPath,
    errorMessageJson: endpoint.errorMessage !== undefined,
  };
  for (const [target, source] of Object.entries(selected.responseParameters ?? {})) {
    const name = /^method\.response\.header\.(.+)$/.exec(target)?.[1];
    if (!name || source === null) continue;
    const v = resolveSource(source, scope);
    if (v !== undefined) headers.push([name, typeof v === 'string' ? v : v.join(',')]);
  }
  const binaryTypes = inv.api!.snapshot.restApi.binaryMediaTypes;
  const converted = convertResponse(
    endpoint.body,
    isBinaryType(mediaType(endpointHeader('content-type')), binaryTypes),
    isBinaryType(mediaType(clientHeader('accept')), binaryTypes),
    selected.contentHandling,
  );
  let body = converted.bytes;
  const choice = responseTemplate(selected.responseTemplates, clientHeader('accept'));
  if (choice.kind === 'template') {
    if (!converted.isText) throw templateOnBinary();
    const text = body.toString('utf8');
    body = Buffer.from(
      deps.templates.render({
        template: choice.template,
        body: text === '' ? '{}' : text,
        params: inputParams(inv),
        context: inv.context!,
        stageVariables: inv.api!.stageVariables,
      }),
      'utf8',
    );
  }
  const override = inv.context!.responseOverride;
  const overrideHeaders = Object.entries(override.header ?? {}).map(([k, v]): HeaderPair => [k, v === null || v === undefined ? '' : String(v)]);
  const names = new Set(overrideHeaders.map(([k]) => k.toLowerCase()));
  return {
    status: overrideStatus(override.status) ?? Number(selected.statusCode),
    headers: [...headers.filter(([k]) => !names.has(k.toLowerCase())), ...overrideHeaders],
    body,
  };
}

/** `$context.responseOverride.status` counts when it is an integer status code [inferred: emulator]. */
function overrideStatus(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

const isLambda = (uri: string | undefined): boolean => /:lambda:path\/\d{4}-\d{2}-\d{2}\/functions\//.test(uri ?? '');
