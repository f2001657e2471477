/**
 * Every path x every op of UpdateAuthorizer. Allowed ops: AWS's Patch Operations table, in its
 * order; texts: the two-space family (no UpdateAuthorizer error is recorded, docs/decisions.md).
 */
import { describe, expect, it } from 'vitest';
import type { Authorizer } from '../../model/authorizer.js';
import { applyPatch, type PatchOp } from '../engine.js';
import { everyPathAndOp, patchOutcome, type PathSpec } from '../table-test.js';
import { authorizerRules } from './authorizer.rules.js';

const base = (): Authorizer => ({
  id: 'a1',
  name: 'auth',
  type: 'REQUEST',
  authType: 'custom',
  authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations',
  identitySource: 'method.request.header.Auth',
  providerARNs: ['arn:aws:cognito-idp:us-east-1:1:userpool/p'],
});

const VALID: Partial<Record<PatchOp, string>> = {
  replace:
    '/authorizerUri, /authorizerCredentials, /authorizerResultTtlInSeconds, /authType, /identitySource, /identityValidationExpression, /name, /type',
  add: '/identitySource, /providerARNs',
  remove: '/identitySource, /providerARNs',
};
const rejected = (spec: PathSpec, op: PatchOp): string => {
  const valid = VALID[op];
  return valid
    ? `Invalid patch path  '${spec.path}' specified for op '${op}'. Must be one of: [${valid}]`
    : `Invalid patch path  '${spec.path}' specified for op '${op}'. Please choose supported operations`;
};

describe('authorizer rules', () => {
  everyPathAndOp(authorizerRules, base, [
    { path: '/authorizerUri', allowed: ['replace'], value: 'arn:aws:apigateway:us-east-1:lambda:path/x' },
    { path: '/authorizerCredentials', allowed: ['replace'], value: 'arn:aws:iam::1:role/r' },
    { path: '/authorizerResultTtlInSeconds', allowed: ['replace'], value: '300' },
    { path: '/authType', allowed: ['replace'], value: 'custom' },
    { path: '/identitySource', allowed: ['add', 'replace', 'remove'], value: 'method.request.querystring.q' },
    { path: '/identityValidationExpression', allowed: ['replace'], value: '^x$' },
    { path: '/name', allowed: ['replace'], value: 'renamed' },
    { path: '/providerARNs', allowed: ['add', 'remove'], value: 'arn:aws:cognito-idp:us-east-1:1:userpool/q' },
    { path: '/type', allowed: ['replace'], value: 'TOKEN' },
    { path: '/id', allowed: [], value: 'x' },
  ], rejected);

  it('keeps identitySource a comma-separated list', () => {
    const added = applyPatch(authorizerRules, base(), [{ op: 'add', path: '/identitySource', value: 'method.request.querystring.q' }]);
    expect(added.identitySource).toBe('method.request.header.Auth, method.request.querystring.q');
    expect(applyPatch(authorizerRules, added, [{ op: 'remove', path: '/identitySource', value: 'method.request.header.Auth' }]).identitySource).toBe(
      'method.request.querystring.q',
    );
  });

  it('checks the TTL and the type', () => {
    expect(patchOutcome(authorizerRules, base(), 'replace', '/authorizerResultTtlInSeconds', '3601')).toMatchObject({ status: 400 });
    expect(patchOutcome(authorizerRules, base(), 'replace', '/type', 'JWT')).toMatchObject({ status: 400 });
  });
});
