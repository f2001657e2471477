/**
 * The Lambda proxy integration's input, version 1.0
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format),
 * with the values AWS records (shared/spec/data-plane.md §6.4):
 *
 * - `path` is the request path after the stage, raw (percent-encoding and a trailing slash kept);
 *   `requestContext.path` keeps the stage and the client's spelling (`/stage//x`).
 * - `headers`: the client's headers minus those the gateway never shows, names as sent except
 *   `Authorization` and `User-Agent`, which AWS spells so; the last value of a repeated header;
 *   plus `X-Amzn-Trace-Id` and `X-Forwarded-For/Port/Proto`. `multiValueHeaders` holds every value.
 * - Query parameters are decoded; the single-value map holds the last value; both are null
 *   without a query. `pathParameters` and `stageVariables` are null when empty.
 * - `body` is null when empty; a body whose Content-Type is a binary media type of the API is
 *   base64 with `isBase64Encoded: true` [docs].
 * - `requestContext` is `$context` without the override maps, in AWS's key order.
 */
import type { ContextVars, HeaderPair, Invocation } from '../context.js';
import { isBinaryType, mediaType } from './media-types.js';

export type ProxyEvent = {
  resource: string;
  path: string;
  httpMethod: string;
  headers: Record<string, string> | null;
  multiValueHeaders: Record<string, string[]> | null;
  queryStringParameters: Record<string, string> | null;
  multiValueQueryStringParameters: Record<string, string[]> | null;
  pathParameters: Record<string, string> | null;
  stageVariables: Record<string, string> | null;
  requestContext: Record<string, unknown>;
  body: string | null;
  isBase64Encoded: boolean;
};

/** Header names AWS rewrites in the event whatever the client's spelling [recorded]. */
const CANONICAL_NAMES = new Map([
  ['authorization', 'Authorization'],
  ['user-agent', 'User-Agent'],
]);

export function proxyEvent(inv: Invocation): ProxyEvent {
  const { request, route, api } = inv;
  const headers = eventHeaders(inv);
  // Keyed by client input (`__proto__` is a valid header and parameter name): no prototype.
  const single: Record<string, string> = Object.create(null) as Record<string, string>;
  const multi: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [name, value] of headers) {
    single[name] = value;
    (multi[name] ??= []).push(value);
  }
  const query: Record<string, string> = Object.create(null) as Record<string, string>;
  const multiQuery: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [name, value] of request.query) {
    query[name] = value;
    (multiQuery[name] ??= []).push(value);
  }
  const hasQuery = request.query.length > 0;
  const pathParameters = route!.pathParameters;
  const stageVariables = api!.stageVariables;
  const binary = isBinaryType(mediaType(header(request.headers, 'content-type')), api!.snapshot.restApi.binaryMediaTypes);
  return {
    resource: route!.node.path,
    path: request.target.rawPath,
    httpMethod: request.method,
    headers: headers.length > 0 ? single : null,
    multiValueHeaders: headers.length > 0 ? multi : null,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: Object.keys(pathParameters).length > 0 ? { ...pathParameters } : null,
    stageVariables: Object.keys(stageVariables).length > 0 ? { ...stageVariables } : null,
    requestContext: requestContext(inv.context!),
    body: request.body.length === 0 ? null : binary ? request.body.toString('base64') : request.body.toString('utf8'),
    isBase64Encoded: binary && request.body.length > 0,
  };
}

function eventHeaders(inv: Invocation): HeaderPair[] {
  const { request } = inv;
  const out: HeaderPair[] = request.headers
    .filter(([name]) => !/^x-amzn-trace-id$/i.test(name))
    .map(([name, value]) => [CANONICAL_NAMES.get(name.toLowerCase()) ?? name, value]);
  const host = header(request.headers, 'host') ?? '';
  const port = /:(\d+)$/.exec(host)?.[1] ?? '80';
  const forwardedFor = header(request.headers, 'x-forwarded-for');
  const withoutForwarded = out.filter(([name]) => !/^x-forwarded-(for|port|proto)$/i.test(name));
  return [
    ...withoutForwarded,
    ['X-Amzn-Trace-Id', inv.traceId],
    ['X-Forwarded-For', forwardedFor ? `${forwardedFor}, ${request.sourceIp}` : request.sourceIp],
    ['X-Forwarded-Port', port],
    ['X-Forwarded-Proto', 'http'],
  ];
}

/** `$context` as the event's requestContext: everything but the override maps. */
function requestContext(context: ContextVars): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(context)) {
    if (key === 'requestOverride' || key === 'responseOverride' || value === undefined) continue;
    out[key] = value;
  }
  return out;
}

const header = (headers: readonly HeaderPair[], name: string): string | undefined => headers.find(([k]) => k.toLowerCase() === name)?.[1];
