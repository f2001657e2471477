/**
 * Rendering one mapping template as a deployed stage would, without a deployment: the engine behind
 * `portico render-template`. It goes through the data plane's own code — the method request as the
 * gateway sees it (hidden headers removed), `$context` from `contextVars`, `$input.params()` from
 * `inputParams`, the template engine of the integration request and response stages — so what it
 * prints is what an invocation would send on.
 */
import type { TemplateError } from '../apigw-vtl/index.js';
import { newRequestId } from '../shared/ids.js';
import type { ContextVars, HeaderPair, Invocation } from './context.js';
import { contextVars } from './context-vars.js';
import { HIDDEN_REQUEST_HEADERS } from './mapping/header-rules.js';
import { inputParams } from './mapping/request-mapping.js';
import { TemplateRenderError, vtlTemplates } from './mapping/templates.js';
import { extendedRequestId } from './trace.js';

export type TemplateTest = {
  template: string;
  /** The payload (`$input.body`): the request body, or the integration response body. Empty renders as `{}`, as at run time. */
  body: string;
  method?: string;
  /** The resource path, with `{name}` parameters (`/pets/{id}`). */
  resourcePath?: string;
  pathParameters?: Readonly<Record<string, string>>;
  query?: readonly HeaderPair[];
  headers?: readonly HeaderPair[];
  stageVariables?: Readonly<Record<string, string>>;
  stage?: string;
  apiId?: string;
  accountId?: string;
  sourceIp?: string;
  /** `$context` values to set, by dotted path (`identity.sourceIp`, `requestId`). */
  contextOverrides?: readonly (readonly [path: string, value: string])[];
  /** Milliseconds since the epoch for `$context.requestTime*` (default now). */
  now?: number;
};

export type TemplateTestResult =
  | { ok: true; output: string; requestOverride: ContextVars['requestOverride']; responseOverride: ContextVars['responseOverride'] }
  | { ok: false; error: TemplateError };

export function testTemplate(t: TemplateTest): TemplateTestResult {
  const resourcePath = t.resourcePath ?? '/';
  const pathParameters = t.pathParameters ?? {};
  const stage = t.stage ?? 'test';
  const rawPath = resourcePath.replace(/\{([^{}]+?)\+?\}/g, (whole, name: string) => pathParameters[name] ?? whole);
  const inv: Invocation = {
    requestId: newRequestId(),
    extendedRequestId: extendedRequestId(),
    traceId: '',
    startedAt: t.now ?? Date.now(),
    request: {
      method: t.method ?? 'POST',
      target: { apiId: t.apiId ?? 'abcdef1234', stage, rawPath, contextPath: `/${stage}${rawPath === '/' ? '/' : rawPath}` },
      query: t.query ?? [],
      headers: (t.headers ?? []).filter(([name]) => !HIDDEN_REQUEST_HEADERS.has(name.toLowerCase())),
      body: Buffer.from(t.body),
      sourceIp: t.sourceIp ?? '127.0.0.1',
    },
  };
  const context = contextVars(
    { requestId: inv.requestId, extendedRequestId: inv.extendedRequestId, request: inv.request, resource: { id: 'abc123', path: resourcePath }, deploymentId: 'a1b2c3', accountId: t.accountId ?? '000000000000' },
    inv.startedAt,
  );
  for (const [path, value] of t.contextOverrides ?? []) setPath(context, path, value);
  const params = inputParams({ ...inv, route: { node: { id: '', path: resourcePath, methods: {}, literals: new Map() }, method: { httpMethod: inv.request.method, authorizationType: 'NONE', apiKeyRequired: false }, pathParameters: { ...pathParameters } } });
  try {
    const output = vtlTemplates.render({ template: t.template, body: t.body === '' ? '{}' : t.body, params, context, stageVariables: t.stageVariables ?? {} });
    return { ok: true, output, requestOverride: context.requestOverride, responseOverride: context.responseOverride };
  } catch (err) {
    if (err instanceof TemplateRenderError) return { ok: false, error: err.templateError };
    throw err;
  }
}

/** Sets a dotted path; a value replacing a number stays a number when it reads as one. */
function setPath(target: Record<string, unknown>, path: string, value: string): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  node[last] = typeof node[last] === 'number' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}
