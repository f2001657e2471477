/**
 * AWS_PROXY, the Lambda proxy integration
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html):
 * the request becomes the version 1.0 event (mapping/proxy-event.ts), the function's result is the
 * response (mapping/proxy-response.ts); method and integration responses play no part [recorded].
 *
 * - The integration's `httpMethod` must be POST (Lambda's Invoke): anything else is a 500 [recorded].
 * - A function error (thrown, timed out, crashed) or a malformed result: 502 [recorded].
 * - Response headers the gateway sets itself are renamed `x-amzn-Remapped-*`; `Content-Type`
 *   defaults to `application/json`; `X-Amzn-Trace-Id` is returned [recorded].
 */
import type { HttpResponse } from '../../shared/http.js';
import type { Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import { standardHeaders } from '../gateway-responses.js';
import { integrationOf } from '../handlers/integration-request.js';
import { remapResponseHeaders } from '../mapping/header-rules.js';
import { isBinaryType, mediaType } from '../mapping/media-types.js';
import { proxyEvent } from '../mapping/proxy-event.js';
import { parseProxyResponse } from '../mapping/proxy-response.js';
import type { IntegrationInvoker } from './integration.js';
import { callFunction, functionOf } from './lambda-call.js';

export const awsProxyIntegration: IntegrationInvoker = {
  proxy: true,
  async invoke(inv: Invocation, deps: DataPlaneDeps) {
    const integration = integrationOf(inv);
    if (integration.httpMethod !== 'POST') {
      throw new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, {
        status: 500,
        fixedBody: true,
        detail: `a Lambda proxy integration must use the POST method, not ${integration.httpMethod ?? '(none)'}`,
      });
    }
    const functionRef = functionOf(inv);
    const event = Buffer.from(JSON.stringify(proxyEvent(inv)), 'utf8');
    const outcome = await callFunction(inv, deps, functionRef, event, 'RequestResponse');
    if (outcome.functionError !== undefined) {
      throw new GatewayError('INTEGRATION_FAILURE', gatewayMessages.internalServerError, {
        status: 502,
        fixedBody: true,
        detail: `Lambda function error (${outcome.functionError}): ${outcome.payload.toString('utf8').slice(0, 500)}`,
      });
    }
    const accept = inv.request.headers.find(([k]) => k.toLowerCase() === 'accept')?.[1];
    const result = parseProxyResponse(outcome.payload, isBinaryType(mediaType(accept), inv.api!.snapshot.restApi.binaryMediaTypes));
    const headers: HttpResponse['headers'] = {};
    for (const [name, value] of remapResponseHeaders(result.headers, true)) {
      const existing = headers[name];
      headers[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
    }
    if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
    Object.assign(headers, standardHeaders(inv));
    headers['X-Amzn-Trace-Id'] = inv.traceId;
    inv.response = { status: result.status, headers, body: result.body };
  },
};
