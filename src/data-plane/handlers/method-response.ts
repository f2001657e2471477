/**
 * Stage 5, method response: the response the client gets from a non-proxy integration. Mapped
 * headers that clash with headers the gateway sets are renamed `x-amzn-Remapped-*`;
 * `Content-Type` defaults to `application/json` [docs: known issues]; `X-Amzn-Trace-Id` is added
 * for HTTP and AWS integrations, not for MOCK [recorded].
 */
import type { HttpResponse } from '../../shared/http.js';
import type { Invocation } from '../context.js';
import { standardHeaders } from '../gateway-responses.js';
import { remapResponseHeaders } from '../mapping/header-rules.js';
import type { MappedResponse } from './integration-response.js';

export function methodResponse(inv: Invocation, mapped: MappedResponse): HttpResponse {
  const headers: HttpResponse['headers'] = {};
  for (const [name, value] of remapResponseHeaders(mapped.headers, false)) headers[name] = value;
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  Object.assign(headers, standardHeaders(inv));
  if (inv.route!.method.methodIntegration!.type !== 'MOCK') headers['X-Amzn-Trace-Id'] = inv.traceId;
  return { status: mapped.status, headers, body: mapped.body };
}
