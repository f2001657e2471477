/**
 * Calling the Lambda function an AWS or AWS_PROXY integration names, through the configured
 * function runtimes (`deps.functions`: local handlers or a Lambda endpoint). The gateway waits at
 * most the integration's `timeoutInMillis` (504 `Endpoint request timed out` past it); a function
 * that cannot be called at all (not configured, refused by the Lambda endpoint, unreachable) is
 * AWS's 500 `Internal server error`, with the reason in the server's log.
 */
import type { InvocationType } from '../../shared/functions.js';
import type { Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import { integrationOf } from '../handlers/integration-request.js';
import { parseAwsUri, substituteStageVariables } from './aws-uri.js';

export type LambdaOutcome = { statusCode: number; payload: Buffer; functionError?: string };

const failure = (detail: string) => new GatewayError('INTEGRATION_FAILURE', gatewayMessages.internalServerError, { status: 500, fixedBody: true, detail });

/** The function the integration URI names (stage variables substituted), or a configuration error. */
export function functionOf(inv: Invocation): string {
  const integration = integrationOf(inv);
  const target = parseAwsUri(substituteStageVariables(integration.uri ?? '', inv.api!.stageVariables));
  if (target?.kind !== 'lambda') {
    throw new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, {
      status: 500,
      fixedBody: true,
      detail: `the integration URI ${integration.uri ?? '(none)'} does not name a Lambda function`,
    });
  }
  return target.functionRef;
}

export async function callFunction(inv: Invocation, deps: DataPlaneDeps, functionRef: string, payload: Buffer, invocationType: InvocationType): Promise<LambdaOutcome> {
  const timeoutMs = integrationOf(inv).timeoutInMillis;
  const signal = AbortSignal.timeout(timeoutMs);
  let result;
  try {
    result = await deps.functions.invoke({ functionRef, payload, invocationType, traceId: inv.traceId, signal });
  } catch (err) {
    if (signal.aborted) {
      throw new GatewayError('INTEGRATION_TIMEOUT', gatewayMessages.endpointTimedOut, { fixedBody: true, detail: `function ${functionRef} did not answer within ${timeoutMs} ms` });
    }
    throw failure(`invoking ${functionRef} failed: ${(err as Error).message}`);
  }
  if (!result.ok) throw failure(`cannot invoke ${functionRef} (${result.reason}): ${result.message}`);
  return { statusCode: result.statusCode, payload: result.payload, ...(result.functionError !== undefined && { functionError: result.functionError }) };
}
