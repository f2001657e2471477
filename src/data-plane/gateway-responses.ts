/**
 * Turning a GatewayError into the response AWS sends
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html).
 *
 * A gateway response is a status, headers and a template. The API may customise a type (or
 * DEFAULT_4XX / DEFAULT_5XX, which also lend their status to types without one) with
 * PutGatewayResponse; otherwise the defaults apply: the type's status, `x-amzn-ErrorType`, and the
 * template `{"message":$context.error.messageString}` — which renders without a space [recorded].
 * Integration and configuration failures that the API does not customise answer with AWS's fixed
 * body `{"message": "Internal server error"}` (with a space, Content-Length 36) [recorded]; time-outs
 * likewise with `{"message": "Endpoint request timed out"}` [community].
 * Templates here are not VTL: only `$context.*` and `$stageVariables.*` are substituted [docs].
 */
import type { GatewayResponseSnapshot } from '../model/deployment.js';
import type { HttpResponse } from '../shared/http.js';
import { hasOwn } from '../shared/objects.js';
import type { Invocation } from './context.js';
import { GATEWAY_RESPONSE_DEFAULTS, GatewayError, type GatewayResponseType } from './gateway-errors.js';
import { mediaType } from './mapping/media-types.js';
import { resolveSource } from './mapping/parameters.js';

const DEFAULT_TEMPLATE = '{"message":$context.error.messageString}';

export function gatewayResponse(inv: Invocation, error: GatewayError): HttpResponse {
  const type = error.responseType;
  const defaults = GATEWAY_RESPONSE_DEFAULTS[type];
  const customised = inv.api?.snapshot.gatewayResponses ?? [];
  const find = (t: string): GatewayResponseSnapshot | undefined => customised.find((g) => g.responseType === t);
  const own = find(type);
  const isServerError = (error.options.status ?? defaults.status) >= 500;
  const fallback = find(isServerError ? 'DEFAULT_5XX' : 'DEFAULT_4XX');
  const status = Number(own?.statusCode ?? error.options.status ?? fallback?.statusCode ?? defaults.status);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'x-amzn-ErrorType': defaults.errorType,
    ...standardHeaders(inv),
  };
  const custom = own ?? fallback;
  if (!custom && error.options.fixedBody) {
    return { status, headers, body: `{"message": ${JSON.stringify(error.message)}}` };
  }
  if (!custom && error.options.defaultBody !== undefined) return { status, headers, body: error.options.defaultBody };
  const vars = errorContext(inv, type, error.options.nullMessage ? null : error.message);
  const templates = custom?.responseTemplates ?? {};
  const key = Object.keys(templates).find((k) => k.toLowerCase() === (mediaType(header(inv, 'accept')) ?? 'application/json')) ?? Object.keys(templates)[0];
  const template = key === undefined ? DEFAULT_TEMPLATE : (templates[key] ?? '');
  for (const [target, source] of Object.entries(custom?.responseParameters ?? {})) {
    const name = target.replace(/^gatewayresponse\.header\./, '');
    const value = resolveSource(source, {
      prefix: 'method.request',
      path: inv.route?.pathParameters,
      query: inv.request.query,
      headers: inv.request.headers,
      context: vars,
      stageVariables: inv.api?.stageVariables ?? {},
      jsonPath: () => ({ found: false }),
    });
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : (value as string);
  }
  return { status, headers, body: substitute(template, vars, inv.api?.stageVariables ?? {}) };
}

/** `x-amzn-RequestId` and `x-amz-apigw-id` are on every response, errors included [recorded]. */
export function standardHeaders(inv: Invocation): Record<string, string> {
  return { 'x-amzn-RequestId': inv.requestId, 'x-amz-apigw-id': inv.extendedRequestId };
}

function header(inv: Invocation, name: string): string | undefined {
  const n = name.toLowerCase();
  return inv.request.headers.find(([k]) => k.toLowerCase() === n)?.[1];
}

function errorContext(inv: Invocation, type: GatewayResponseType, message: string | null): Record<string, unknown> {
  return {
    ...(inv.context ?? { stage: inv.request.target.stage, requestId: inv.requestId, apiId: inv.request.target.apiId }),
    error: { message, messageString: JSON.stringify(message), responseType: type, validationErrorString: '' },
  };
}

function substitute(template: string, context: Record<string, unknown>, stageVariables: Readonly<Record<string, string>>): string {
  const reference = /\$\{(context|stageVariables)((?:\.[A-Za-z0-9_-]+)+)\}|\$(context|stageVariables)((?:\.[A-Za-z0-9_-]+)+)/g;
  return template.replace(reference, (_whole, braced?: string, bracedPath?: string, bare?: string, barePath?: string) => {
    const root = braced ?? bare!;
    const path = bracedPath ?? barePath!;
    let value: unknown = root === 'context' ? context : stageVariables;
    for (const key of path.slice(1).split('.')) {
      if (value === null || typeof value !== 'object' || !hasOwn(value, key)) return '';
      value = (value as Record<string, unknown>)[key];
    }
    return value === null || value === undefined || typeof value === 'object' ? '' : String(value);
  });
}
