/**
 * HTTP_PROXY (https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html):
 * the client's request goes to the backend (headers minus the hidden ones, the body unchanged,
 * mappings applied on top), and the backend's answer goes back as it is, except for headers the
 * gateway sets itself, renamed `x-amzn-Remapped-*` [recorded]. The query string is the URI's, then
 * the client's, then the mapped parameters; repeated keys keep every value [recorded].
 */
import type { HttpResponse } from '../../shared/http.js';
import type { Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';
import { standardHeaders } from '../gateway-responses.js';
import { integrationOf } from '../handlers/integration-request.js';
import { remapResponseHeaders } from '../mapping/header-rules.js';
import type { IntegrationInvoker } from './integration.js';
import { upstreamRequest } from './upstream.js';

export const httpProxyIntegration: IntegrationInvoker = {
  proxy: true,
  async invoke(inv: Invocation, deps: DataPlaneDeps) {
    const integration = integrationOf(inv);
    const query = [...inv.request.query, ...inv.integrationRequest!.query];
    const res = await deps.http.send(upstreamRequest(inv, integration, deps, query));
    const headers: HttpResponse['headers'] = {};
    for (const [name, value] of remapResponseHeaders(res.headers, true)) {
      const existing = headers[name];
      headers[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
    }
    Object.assign(headers, standardHeaders(inv));
    inv.response = { status: res.status, headers, body: res.body };
  },
};
