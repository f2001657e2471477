/**
 * What a Lambda authorizer is sent and what it must answer
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html,
 * .../api-gateway-lambda-authorizer-output.html):
 *
 * - TOKEN: `{"type": "TOKEN", "authorizationToken": <the identity header>, "methodArn": …}`.
 * - REQUEST: `{"type": "REQUEST", "methodArn": …}` followed by the Lambda proxy event's request
 *   members (resource, path, httpMethod, headers, query string and path parameters, stage
 *   variables, requestContext), without the body.
 * - The method ARN is `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}`,
 *   the path being the one requested (`/dev/GET/pets/42`), not the resource's template.
 * - The answer: `principalId` (a string), `policyDocument` (policy.ts), optionally `context`, a
 *   map whose values are strings, numbers or booleans — `$context.authorizer.<key>` sees them as
 *   strings [docs] — and `usageIdentifierKey`. Anything else is an invalid response.
 */
import type { Invocation } from '../context.js';
import { proxyEvent } from '../mapping/proxy-event.js';
import { statementsOf, type Statement } from './policy.js';

export type AuthorizerResult = {
  readonly principalId: string;
  /** The policy document's statements, checked. */
  readonly statements: readonly Statement[];
  /** The answer's context, values as strings. */
  readonly context: Readonly<Record<string, string>>;
};

export class InvalidAuthorizerResponse extends Error {}

export function methodArn(inv: Invocation, region: string, account: string): string {
  const { apiId, stage, rawPath } = inv.request.target;
  return `arn:aws:execute-api:${region}:${account}:${apiId}/${stage}/${inv.request.method}${rawPath}`;
}

export function tokenEvent(token: string, arn: string): Record<string, unknown> {
  return { type: 'TOKEN', authorizationToken: token, methodArn: arn };
}

export function requestEvent(inv: Invocation, arn: string): Record<string, unknown> {
  const { body: _body, isBase64Encoded: _base64, ...request } = proxyEvent(inv);
  return { type: 'REQUEST', methodArn: arn, ...request };
}

/** The function's answer, checked; throws InvalidAuthorizerResponse with what is wrong. */
export function parseAuthorizerResult(payload: Buffer): AuthorizerResult {
  let answer: unknown;
  try {
    answer = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new InvalidAuthorizerResponse(`the answer is not JSON: ${payload.toString('utf8').slice(0, 200)}`);
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) throw new InvalidAuthorizerResponse('the answer is not a JSON object');
  const { principalId, policyDocument, context } = answer as Record<string, unknown>;
  if (!isScalar(principalId)) throw new InvalidAuthorizerResponse('the answer has no principalId string');
  let statements: readonly Statement[];
  try {
    statements = statementsOf(policyDocument);
  } catch (err) {
    throw new InvalidAuthorizerResponse(`invalid policyDocument: ${(err as Error).message}`);
  }
  return { principalId: String(principalId), statements, context: contextOf(context) };
}

function contextOf(context: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (context === undefined || context === null) return out;
  if (typeof context !== 'object' || Array.isArray(context)) throw new InvalidAuthorizerResponse('context is not a JSON object');
  for (const [key, value] of Object.entries(context)) {
    if (value === null) continue;
    if (!isScalar(value)) throw new InvalidAuthorizerResponse(`context.${key} is ${Array.isArray(value) ? 'an array' : 'an object'}; values must be strings, numbers or booleans`);
    Object.defineProperty(out, key, { value: String(value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const isScalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
