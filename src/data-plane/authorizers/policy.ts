/**
 * The IAM policy a Lambda authorizer answers with, evaluated as API Gateway evaluates it for one
 * request (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html):
 *
 *   { "Version": "2012-10-17",
 *     "Statement": [{ "Effect": "Allow" | "Deny", "Action": "execute-api:Invoke", "Resource": "arn:aws:execute-api:…" }] }
 *
 * `Statement`, `Action` and `Resource` may be one value or a list. A statement applies when one of
 * its actions matches `execute-api:Invoke` (case-insensitively, as IAM actions do) and one of its
 * resources matches the method ARN (case-sensitively); `*` matches any run of characters and `?`
 * one, `/` and `:` included, as in IAM. `NotAction` / `NotResource` apply to everything they do not
 * list. An explicit Deny wins over any Allow; no applicable statement is an implicit deny.
 * A document that is not of this shape is an invalid authorizer response (AWS's 500).
 */

export type PolicyDecision = 'allow' | 'deny' | 'implicit-deny';

export class InvalidPolicyError extends Error {}

const ACTION = 'execute-api:Invoke';

export type Statement = { effect: 'Allow' | 'Deny'; actions: string[]; notActions: boolean; resources: string[]; notResources: boolean };

export function evaluatePolicy(document: unknown, methodArn: string): PolicyDecision {
  return evaluateStatements(statementsOf(document), methodArn);
}

/** The decision of statements read once by statementsOf (a cached authorizer answer keeps them). */
export function evaluateStatements(statements: readonly Statement[], methodArn: string): PolicyDecision {
  let allowed = false;
  for (const statement of statements) {
    if (!applies(statement, methodArn)) continue;
    if (statement.effect === 'Deny') return 'deny';
    allowed = true;
  }
  return allowed ? 'allow' : 'implicit-deny';
}

/** The statements of a policy document; throws InvalidPolicyError when it is not one. */
export function statementsOf(document: unknown): readonly Statement[] {
  if (!isObject(document)) throw new InvalidPolicyError('policyDocument is not a JSON object');
  const raw = document.Statement;
  const list = Array.isArray(raw) ? raw : raw === undefined ? undefined : [raw];
  if (!list || list.length === 0) throw new InvalidPolicyError('policyDocument has no Statement');
  return list.map((s, i) => statementOf(s, i));
}

function statementOf(s: unknown, index: number): Statement {
  const where = `Statement[${index}]`;
  if (!isObject(s)) throw new InvalidPolicyError(`${where} is not a JSON object`);
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') throw new InvalidPolicyError(`${where}.Effect must be "Allow" or "Deny", not ${JSON.stringify(s.Effect)}`);
  const [actions, notActions] = oneOf(s, 'Action', 'NotAction', where);
  const [resources, notResources] = oneOf(s, 'Resource', 'NotResource', where);
  return { effect: s.Effect, actions, notActions, resources, notResources };
}

/** The values of `key` or of `notKey` (exactly one of them), as a list of strings. */
function oneOf(s: Record<string, unknown>, key: string, notKey: string, where: string): [string[], boolean] {
  const has = s[key] !== undefined;
  const hasNot = s[notKey] !== undefined;
  if (has === hasNot) throw new InvalidPolicyError(`${where} must have exactly one of ${key} and ${notKey}`);
  const value = has ? s[key] : s[notKey];
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.some((v) => typeof v !== 'string')) throw new InvalidPolicyError(`${where}.${has ? key : notKey} must be a string or a list of strings`);
  return [list as string[], hasNot];
}

function applies(statement: Statement, methodArn: string): boolean {
  const actionMatches = statement.actions.some((a) => wildcardMatch(a.toLowerCase(), ACTION.toLowerCase()));
  const resourceMatches = statement.resources.some((r) => wildcardMatch(r, methodArn));
  return actionMatches !== statement.notActions && resourceMatches !== statement.notResources;
}

/** IAM's wildcard match over the whole text: `*` any run of characters, `?` exactly one. */
export function wildcardMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
