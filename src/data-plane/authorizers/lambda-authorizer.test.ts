import { describe, expect, it } from 'vitest';
import { InvalidAuthorizerResponse, parseAuthorizerResult, tokenEvent } from './lambda-authorizer.js';

const POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: '*' }] };
const parse = (answer: unknown) => parseAuthorizerResult(Buffer.from(typeof answer === 'string' ? answer : JSON.stringify(answer)));

describe('parseAuthorizerResult', () => {
  it('keeps principalId and the policy; context values become strings, null ones are left out', () => {
    expect(parse({ principalId: 'me', policyDocument: POLICY, context: { s: 'x', n: 1.5, t: true, f: false, z: null }, usageIdentifierKey: 'k' })).toEqual({
      principalId: 'me',
      statements: [{ effect: 'Allow', actions: ['execute-api:Invoke'], notActions: false, resources: ['*'], notResources: false }],
      context: { s: 'x', n: '1.5', t: 'true', f: 'false' },
    });
  });

  it('a numeric principalId is read as text; no context is an empty one', () => {
    expect(parse({ principalId: 7, policyDocument: POLICY })).toMatchObject({ principalId: '7', context: {} });
  });

  it('keeps a context key named __proto__ as data', () => {
    const result = parse('{"principalId":"p","policyDocument":' + JSON.stringify(POLICY) + ',"context":{"__proto__":"x"}}');
    expect(Object.keys(result.context)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result.context)).toBe(Object.prototype);
  });

  it.each([
    ['not JSON', 'allow'],
    ['not an object', '"allow"'],
    ['a list', [POLICY]],
    ['no principalId', { policyDocument: POLICY }],
    ['an object principalId', { principalId: {}, policyDocument: POLICY }],
    ['no policyDocument', { principalId: 'p' }],
    ['an invalid policyDocument', { principalId: 'p', policyDocument: { Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }] } }],
    ['a context that is a list', { principalId: 'p', policyDocument: POLICY, context: ['a'] }],
    ['a context value that is an object', { principalId: 'p', policyDocument: POLICY, context: { a: { b: 1 } } }],
    ['a context value that is a list', { principalId: 'p', policyDocument: POLICY, context: { a: [1] } }],
  ])('an answer with %s is invalid', (_what, answer) => {
    expect(() => parse(answer)).toThrow(InvalidAuthorizerResponse);
  });
});

describe('tokenEvent', () => {
  it('is type, authorizationToken, methodArn in that order', () => {
    expect(JSON.stringify(tokenEvent('t', 'arn:x'))).toBe('{"type":"TOKEN","authorizationToken":"t","methodArn":"arn:x"}');
  });
});
