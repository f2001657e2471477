/**
 * Stage 1a, authorization: a method with `authorizationType: CUSTOM` runs its Lambda authorizer
 * (TOKEN or REQUEST) before anything else of the request is looked at, as AWS's execution log
 * orders it (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html).
 *
 *   identity sources missing or empty, or a TOKEN failing identityValidationExpression
 *                                     → 401 UNAUTHORIZED `{"message":"Unauthorized"}`, no call [docs]
 *   the function fails with the error message `Unauthorized`      → the same 401 [docs]
 *   the function cannot be called, fails otherwise, or answers something that is not a valid
 *   authorizer response              → 500 AUTHORIZER_CONFIGURATION_ERROR `{"message":null}` [community]
 *   the policy denies the method ARN explicitly → 403 ACCESS_DENIED
 *                      `{"Message":"User is not authorized to access this resource with an explicit deny"}`
 *   no statement allows it           → 403 ACCESS_DENIED `{"Message":"User is not authorized to access this resource"}`
 *   allowed                          → `$context.authorizer` = {principalId, integrationLatency, …context}
 *
 * Valid answers are cached for `authorizerResultTtlInSeconds` (default 300; 0 turns caching off),
 * keyed by the identity source values, per stage and deployment; a cached policy is evaluated
 * against each request's own method ARN, as on AWS [docs]. COGNITO_USER_POOLS and AWS_IAM methods
 * are not enforced (logged once per method; docs/decisions.md).
 */
import type { Authorizer } from '../../model/authorizer.js';
import type { Method } from '../../model/method.js';
import type { TtlCache } from '../../shared/ttl-cache.js';
import { identityValues, parseIdentitySource, type IdentitySource } from '../authorizers/identity-source.js';
import { InvalidAuthorizerResponse, methodArn, parseAuthorizerResult, requestEvent, tokenEvent, type AuthorizerResult } from '../authorizers/lambda-authorizer.js';
import { evaluateStatements } from '../authorizers/policy.js';
import type { Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import { parseAwsUri, substituteStageVariables } from '../integrations/aws-uri.js';
import { stageKeyPrefix } from '../response-cache.js';

/** How long the gateway waits for an authorizer function [guess: the integrations' default limit]. */
export const AUTHORIZER_TIMEOUT_MS = 29_000;
const DEFAULT_TTL_SECONDS = 300;

/** Authorizer results by stage, deployment, authorizer and identity values. */
export type AuthorizerCache = TtlCache<AuthorizerResult>;

const unauthorized = (detail?: string) => new GatewayError('UNAUTHORIZED', gatewayMessages.unauthorized, detail === undefined ? {} : { detail });
const configurationError = (detail: string) =>
  new GatewayError('AUTHORIZER_CONFIGURATION_ERROR', gatewayMessages.internalServerError, { nullMessage: true, detail });
const accessDenied = (message: string) =>
  new GatewayError('ACCESS_DENIED', message, { defaultBody: JSON.stringify({ Message: message }) });

/** What of an authorizer is compiled once per deployed authorizer object. */
type Prepared = { sources: IdentitySource[]; validation?: RegExp } | { error: string };
const prepared = new WeakMap<Authorizer, Prepared>();
const unenforced = new WeakSet<Method>();

export function authorization(inv: Invocation, deps: DataPlaneDeps): void | Promise<void> {
  const method = inv.route!.method;
  if (method.authorizationType !== 'CUSTOM') {
    if ((method.authorizationType === 'COGNITO_USER_POOLS' || method.authorizationType === 'AWS_IAM') && !unenforced.has(method)) {
      unenforced.add(method);
      deps.log(`portico: ${inv.request.method} ${inv.route!.node.path} of API ${inv.request.target.apiId}: authorizationType ${method.authorizationType} is not enforced by this gateway`);
    }
    return;
  }
  const authorizer = inv.api!.snapshot.authorizers?.find((a) => a.id === method.authorizerId);
  if (!authorizer) throw configurationError(`the method's authorizer ${method.authorizerId ?? '(none)'} is not part of the deployment`);
  if (authorizer.type === 'COGNITO_USER_POOLS') throw configurationError(`authorizer ${authorizer.id} is a Cognito authorizer, which this gateway cannot run for a CUSTOM method`);
  const compiled = prepare(authorizer);
  if ('error' in compiled) throw configurationError(`authorizer ${authorizer.id}: ${compiled.error}`);

  const values = identityValues(compiled.sources, { headers: inv.request.headers, query: inv.request.query, stageVariables: inv.api!.stageVariables, context: inv.context! });
  if (!values) throw unauthorized();
  if (compiled.validation && !compiled.validation.test(values[0]!)) throw unauthorized();

  const arn = methodArn(inv, deps.region, deps.account);
  const ttlMs = (authorizer.authorizerResultTtlInSeconds ?? DEFAULT_TTL_SECONDS) * 1000;
  const key = ttlMs > 0 && values.length > 0 ? cacheKey(inv, authorizer, values) : undefined;
  const hit = key === undefined ? undefined : deps.authorizerCache.get(key, Date.now());
  if (hit) return decide(inv, hit, arn, 0);

  const event = authorizer.type === 'TOKEN' ? tokenEvent(values[0]!, arn) : requestEvent(inv, arn);
  const started = Date.now();
  return callAuthorizer(inv, deps, authorizer, event).then((result) => {
    if (key !== undefined) deps.authorizerCache.set(key, result, ttlMs, Date.now());
    decide(inv, result, arn, Date.now() - started);
  });
}

function prepare(authorizer: Authorizer): Prepared {
  let p = prepared.get(authorizer);
  if (!p) {
    const sources = parseIdentitySource(authorizer.identitySource);
    if (!sources) p = { error: `identitySource ${JSON.stringify(authorizer.identitySource)} is not a list of identity sources` };
    else if (authorizer.type === 'TOKEN' && (sources.length !== 1 || sources[0]!.kind !== 'header')) p = { error: 'a TOKEN authorizer takes its token from one header' };
    else if (authorizer.type === 'TOKEN' && authorizer.identityValidationExpression) {
      try {
        p = { sources, validation: new RegExp(`^(?:${authorizer.identityValidationExpression})$`) };
      } catch (err) {
        p = { error: `identityValidationExpression is not a regular expression: ${(err as Error).message}` };
      }
    } else p = { sources };
    prepared.set(authorizer, p);
  }
  return p;
}

/** One value needs no quoting; several are quoted so that no two identities share a key. */
const cacheKey = (inv: Invocation, authorizer: Authorizer, values: readonly string[]): string =>
  `${stageKeyPrefix(inv.request.target.apiId, inv.request.target.stage)}${inv.api!.deploymentId}\u0000${authorizer.id}\u0000${values.length === 1 ? values[0] : JSON.stringify(values)}`;

async function callAuthorizer(inv: Invocation, deps: DataPlaneDeps, authorizer: Authorizer, event: Record<string, unknown>): Promise<AuthorizerResult> {
  const target = parseAwsUri(substituteStageVariables(authorizer.authorizerUri ?? '', inv.api!.stageVariables));
  if (target?.kind !== 'lambda') throw configurationError(`authorizer ${authorizer.id}: the URI ${authorizer.authorizerUri ?? '(none)'} does not name a Lambda function`);
  const signal = AbortSignal.timeout(AUTHORIZER_TIMEOUT_MS);
  let outcome;
  try {
    outcome = await deps.functions.invoke({
      functionRef: target.functionRef,
      payload: Buffer.from(JSON.stringify(event), 'utf8'),
      invocationType: 'RequestResponse',
      traceId: inv.traceId,
      signal,
    });
  } catch (err) {
    throw configurationError(`authorizer ${authorizer.id}: ${signal.aborted ? `no answer within ${AUTHORIZER_TIMEOUT_MS} ms` : (err as Error).message}`);
  }
  if (!outcome.ok) throw configurationError(`authorizer ${authorizer.id}: cannot invoke ${target.functionRef} (${outcome.reason}): ${outcome.message}`);
  if (outcome.functionError !== undefined) {
    if (errorMessageOf(outcome.payload) === 'Unauthorized') throw unauthorized(`authorizer ${authorizer.id} answered Unauthorized`);
    throw configurationError(`authorizer ${authorizer.id}: function error (${outcome.functionError}): ${outcome.payload.toString('utf8').slice(0, 500)}`);
  }
  try {
    return parseAuthorizerResult(outcome.payload);
  } catch (err) {
    if (err instanceof InvalidAuthorizerResponse) throw configurationError(`authorizer ${authorizer.id}: invalid response: ${err.message}`);
    throw err;
  }
}

function errorMessageOf(payload: Buffer): unknown {
  try {
    return (JSON.parse(payload.toString('utf8')) as { errorMessage?: unknown }).errorMessage;
  } catch {
    return undefined;
  }
}

function decide(inv: Invocation, result: AuthorizerResult, arn: string, latencyMs: number): void {
  const decision = evaluateStatements(result.statements, arn);
  if (decision === 'deny') throw accessDenied(gatewayMessages.explicitDeny);
  if (decision === 'implicit-deny') throw accessDenied(gatewayMessages.notAuthorized);
  // A copy per invocation: templates may change $context.authorizer.
  const view = { ...viewOf(result) };
  view.integrationLatency = latencyMs;
  inv.context!.authorizer = view;
}

/** `$context.authorizer` of an answer, built once: principalId, integrationLatency, then the context. */
const views = new WeakMap<AuthorizerResult, Record<string, unknown>>();
function viewOf(result: AuthorizerResult): Record<string, unknown> {
  let view = views.get(result);
  if (!view) {
    view = { principalId: result.principalId, integrationLatency: 0 };
    for (const key in result.context) {
      if (!Object.prototype.hasOwnProperty.call(view, key)) Object.defineProperty(view, key, { value: result.context[key], enumerable: true, writable: true, configurable: true });
    }
    views.set(result, view);
  }
  return view;
}
