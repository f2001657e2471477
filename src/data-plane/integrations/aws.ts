/**
 * AWS, the AWS service integration (https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-request-basic-setup.html):
 *
 * - **Lambda custom integration** (`…:lambda:path/2015-03-31/functions/{arn}/invocations`): the
 *   integration request body is the event (an empty body is `{}`, as Lambda sees it [recorded]);
 *   a mapped `X-Amz-Invocation-Type: 'Event'` header invokes asynchronously (202, empty)
 *   [recorded]. A function error's `errorMessage` selects the integration response; the error
 *   document is the response body [docs: handle-errors-in-lambda-integration].
 * - **Other services** (`…:{service}:path/…`, `…:{service}:action/{Action}`): the request is signed
 *   (SigV4) and sent to the endpoint configured for the service (`services` in
 *   portico.config.json); without one the call fails with 500 and the log says what to add.
 *   The service's status selects the integration response.
 */
import type { InvocationType } from '../../shared/functions.js';
import type { HeaderPair, Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import { integrationOf } from '../handlers/integration-request.js';
import { parseAwsUri, type AwsTarget } from './aws-uri.js';
import { signRequest } from './aws-signing.js';
import type { IntegrationInvoker } from './integration.js';
import { callFunction } from './lambda-call.js';

const configurationError = (detail: string) =>
  new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, { status: 500, fixedBody: true, detail });

export const awsIntegration: IntegrationInvoker = {
  proxy: false,
  async invoke(inv: Invocation, deps: DataPlaneDeps) {
    const req = inv.integrationRequest!;
    const target = parseAwsUri(req.uri);
    if (!target) throw configurationError(`${req.uri} is not an AWS integration URI`);
    if (target.kind === 'lambda') await invokeLambda(inv, deps, target.functionRef);
    else await callService(inv, deps, target);
  },
};

async function invokeLambda(inv: Invocation, deps: DataPlaneDeps, functionRef: string): Promise<void> {
  const req = inv.integrationRequest!;
  const type = req.headers.find(([k]) => k.toLowerCase() === 'x-amz-invocation-type')?.[1];
  const invocationType: InvocationType = type === 'Event' ? 'Event' : 'RequestResponse';
  const payload = req.body.length === 0 ? Buffer.from('{}') : req.body;
  const outcome = await callFunction(inv, deps, functionRef, payload, invocationType);
  const headers: HeaderPair[] = [
    ['Content-Type', 'application/json'],
    ['X-Amz-Executed-Version', '$LATEST'],
    ...(outcome.functionError !== undefined ? [['X-Amz-Function-Error', outcome.functionError] as HeaderPair] : []),
  ];
  inv.endpointResponse = {
    status: outcome.statusCode,
    headers,
    body: outcome.payload,
    ...(outcome.functionError !== undefined && { errorMessage: errorMessageOf(outcome.payload) }),
  };
}

/** The `errorMessage` of Lambda's error document (the whole payload when it has none). */
function errorMessageOf(payload: Buffer): string {
  const text = payload.toString('utf8');
  try {
    const doc = JSON.parse(text) as unknown;
    if (doc && typeof doc === 'object' && 'errorMessage' in doc) {
      const message = (doc as { errorMessage: unknown }).errorMessage;
      return typeof message === 'string' ? message : JSON.stringify(message);
    }
  } catch {
    // not JSON: the text itself
  }
  return text;
}

async function callService(inv: Invocation, deps: DataPlaneDeps, target: Exclude<AwsTarget, { kind: 'lambda' }>): Promise<void> {
  const req = inv.integrationRequest!;
  const endpoint = deps.services.get(target.service);
  if (!endpoint) {
    throw configurationError(`no endpoint is configured for the AWS service "${target.service}": add "services": {"${target.service}": "http://127.0.0.1:PORT"} to portico.config.json`);
  }
  const url = new URL(target.kind === 'path' ? `/${target.path.replace(/^\/+/, '')}` : '/', endpoint);
  if (target.kind === 'action') {
    url.searchParams.append('Action', target.action);
    for (const [k, v] of target.params) url.searchParams.append(k, v);
  }
  for (const [k, v] of req.query) url.searchParams.append(k, v);
  const unsigned: HeaderPair[] = req.headers.filter(([k]) => !/^(host|x-amz-invocation-type)$/i.test(k));
  const headers = await signRequest({ method: req.httpMethod, url, headers: unsigned, body: req.body }, target.service, target.region, deps.credentials);
  const res = await deps.http.send({
    method: req.httpMethod,
    url,
    headers: [...headers.filter(([k]) => k.toLowerCase() !== 'host'), ['Host', url.host], ['Content-Length', String(req.body.length)]],
    body: req.body,
    timeoutMs: integrationOf(inv).timeoutInMillis,
    insecure: false,
  });
  inv.endpointResponse = { status: res.status, headers: res.headers, body: res.body };
}
