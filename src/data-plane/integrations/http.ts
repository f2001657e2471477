/**
 * HTTP (https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html):
 * the mapped request goes to the backend; its status selects the integration response. The query
 * string is the URI's own followed by the mapped parameters.
 */
import type { Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';
import { integrationOf } from '../handlers/integration-request.js';
import type { IntegrationInvoker } from './integration.js';
import { upstreamRequest } from './upstream.js';

export const httpIntegration: IntegrationInvoker = {
  proxy: false,
  async invoke(inv: Invocation, deps: DataPlaneDeps) {
    const integration = integrationOf(inv);
    const res = await deps.http.send(upstreamRequest(inv, integration, deps, inv.integrationRequest!.query));
    inv.endpointResponse = { status: res.status, headers: res.headers, body: res.body };
  },
};
