/**
 * MOCK (https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html):
 * the "endpoint" answers with the `statusCode` the request template rendered and an empty body.
 * The rendered text need not be JSON — `{statusCode: 200}` works [recorded]. Without a request
 * template the default integration response is used [docs], with status 200 [open question 6].
 */
import type { Invocation } from '../context.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import type { IntegrationInvoker } from './integration.js';

/** The endpoint's empty body (a zero-length buffer cannot be changed, so one serves every call). */
const EMPTY = Buffer.alloc(0);

export const mockIntegration: IntegrationInvoker = {
  proxy: false,
  invoke(inv: Invocation) {
    const templated = Object.keys(inv.route!.method.methodIntegration!.requestTemplates ?? {}).length > 0;
    const text = inv.integrationRequest!.body.toString('utf8');
    const status = templated ? statusCodeOf(text) : 200;
    if (status === undefined) {
      throw new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, {
        status: 500,
        fixedBody: true,
        detail: 'the MOCK request template did not render a statusCode',
      });
    }
    inv.endpointResponse = { status, headers: [], body: EMPTY };
  },
};

/** The integer `statusCode` of a JSON-like object text: quoted or bare key, single or double quotes. */
export function statusCodeOf(text: string): number | undefined {
  const m = /^\s*\{[^]*?["']?statusCode["']?\s*:\s*(\d{3})\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}
