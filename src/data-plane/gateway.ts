/**
 * The invocation pipeline as a declared list of stages over one context (convention 1), named as
 * AWS's execution log names them. A stage that sets `inv.response` ends the main flow (a cache
 * hit, a proxy integration); stages marked `always` still run. Every failure is a GatewayError
 * turned into a gateway response in one place; anything else is a defect, logged and answered as
 * AWS answers internal failures.
 */
import type { HttpResponse } from '../shared/http.js';
import type { Invocation } from './context.js';
import type { DataPlaneDeps } from './deps.js';
import { GatewayError, gatewayMessages } from './gateway-errors.js';
import { gatewayResponse } from './gateway-responses.js';
import { authorization } from './handlers/authorization.js';
import { cacheLookup, cacheStore } from './handlers/cache.js';
import { integrationOf, integrationRequest } from './handlers/integration-request.js';
import { integrationResponse } from './handlers/integration-response.js';
import { methodRequest } from './handlers/method-request.js';
import { methodResponse } from './handlers/method-response.js';
import { requestValidation } from './handlers/request-validation.js';
import { INTEGRATIONS } from './integrations/registry.js';

/** A stage runs synchronously unless it has to wait (store reads, the integration's network call). */
type Stage = { name: string; always?: boolean; run(inv: Invocation, deps: DataPlaneDeps): void | Promise<void> };

export const STAGES: readonly Stage[] = [
  { name: 'method request', run: methodRequest },
  { name: 'authorizer', run: authorization },
  { name: 'method request validation', run: requestValidation },
  { name: 'cache lookup', run: cacheLookup },
  { name: 'integration request', run: integrationRequest },
  {
    name: 'integration',
    run(inv, deps) {
      const type = integrationOf(inv).type;
      const invoker = INTEGRATIONS[type];
      if (!invoker) {
        throw new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, {
          status: 500,
          fixedBody: true,
          detail: `integration type ${type} is not supported by this gateway yet`,
        });
      }
      return invoker.invoke(inv, deps);
    },
  },
  { name: 'integration response', run: (inv, deps) => void (inv.mappedResponse = integrationResponse(inv, deps)) },
  { name: 'method response', run: (inv) => void (inv.response = methodResponse(inv, inv.mappedResponse!)) },
  {
    name: 'response headers',
    always: true,
    run(inv) {
      if (inv.response) checkHeaders(inv.response);
    },
  },
  { name: 'cache store', always: true, run: cacheStore },
];

/**
 * Runs the stages in order. Synchronous while no stage has to wait (a MOCK invocation needs no
 * promise at all); from the first stage that returns a promise on, the rest runs asynchronously.
 */
export function runPipeline(inv: Invocation, deps: DataPlaneDeps): HttpResponse | Promise<HttpResponse> {
  try {
    for (let i = 0; i < STAGES.length; i++) {
      const stage = STAGES[i]!;
      if (inv.response && !stage.always) continue;
      const pending = stage.run(inv, deps);
      if (pending) return finishAsync(inv, deps, pending, i + 1);
    }
    return inv.response!;
  } catch (err) {
    return failed(inv, deps, err);
  }
}

async function finishAsync(inv: Invocation, deps: DataPlaneDeps, pending: Promise<void>, next: number): Promise<HttpResponse> {
  try {
    await pending;
    for (let i = next; i < STAGES.length; i++) {
      const stage = STAGES[i]!;
      if (inv.response && !stage.always) continue;
      const more = stage.run(inv, deps);
      if (more) await more;
    }
    return inv.response!;
  } catch (err) {
    return failed(inv, deps, err);
  }
}

/** What HTTP/1.1 allows in a header name (a token) and in a value (no control characters but tab). */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_HEADER_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Fails the invocation when a response header cannot be written. Templates (`responseOverride`),
 * mappings and functions can produce header names or values HTTP cannot carry (a line break in a
 * value): the client gets the 500 `Internal server error` of a configuration error [guess: AWS's
 * answer is unrecorded] instead of a response node would refuse to write.
 */
function checkHeaders(response: HttpResponse): void {
  for (const name in response.headers) {
    const value = response.headers[name]!;
    const bad = !HEADER_NAME.test(name)
      ? name
      : typeof value === 'string'
        ? BAD_HEADER_VALUE.test(value) && name
        : value.some((v) => BAD_HEADER_VALUE.test(v)) && name;
    if (bad !== false) {
      throw new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, {
        status: 500,
        fixedBody: true,
        detail: `the response header ${JSON.stringify(bad)} has a name or value HTTP cannot carry`,
      });
    }
  }
}

function failed(inv: Invocation, deps: DataPlaneDeps, err: unknown): HttpResponse {
  if (err instanceof GatewayError) {
    if (err.options.detail) deps.log(`portico: ${inv.requestId} ${err.responseType}: ${err.options.detail}`);
    return gatewayResponse(inv, err);
  }
  deps.log(`portico: ${inv.requestId} internal error: ${(err as Error)?.stack ?? String(err)}`);
  return gatewayResponse(inv, new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, { status: 500, fixedBody: true }));
}
