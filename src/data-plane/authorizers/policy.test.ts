import { describe, expect, it } from 'vitest';
import { evaluatePolicy, InvalidPolicyError, statementsOf, wildcardMatch } from './policy.js';

const ARN = 'arn:aws:execute-api:us-east-1:123456789012:abc123/dev/GET/pets/42';
const doc = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement });
const allow = (Resource: unknown, Action: unknown = 'execute-api:Invoke') => ({ Effect: 'Allow', Action, Resource });
const deny = (Resource: unknown, Action: unknown = 'execute-api:Invoke') => ({ Effect: 'Deny', Action, Resource });

describe('wildcardMatch', () => {
  it.each([
    ['*', ARN, true],
    [ARN, ARN, true],
    ['arn:aws:execute-api:*:*:abc123/*', ARN, true],
    ['arn:aws:execute-api:us-east-1:123456789012:abc123/dev/*/pets/*', ARN, true],
    ['arn:aws:execute-api:us-east-1:123456789012:abc123/dev/GET/pets/4?', ARN, true],
    ['arn:aws:execute-api:us-east-1:123456789012:abc123/dev/GET/pets/?', ARN, false],
    ['arn:aws:execute-api:us-east-1:123456789012:abc123/dev/POST/*', ARN, false],
    ['arn:aws:execute-api:us-east-1:123456789012:abc123/dev/GET/pets', ARN, false],
    ['arn:aws:execute-api:us-east-1:123456789012:ABC123/*', ARN, false],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxbyy', false],
    ['**', '', true],
    ['', '', true],
    ['?', '', false],
  ])('%s against %s: %s', (pattern, text, expected) => {
    expect(wildcardMatch(pattern, text)).toBe(expected);
  });
});

describe('evaluatePolicy', () => {
  it('allows when a statement allows the ARN (Statement as one object, Resource as a list)', () => {
    expect(evaluatePolicy({ Statement: allow([ 'arn:x', ARN ]) }, ARN)).toBe('allow');
  });

  it('an explicit Deny wins whatever the order', () => {
    expect(evaluatePolicy(doc(allow('*'), deny(ARN)), ARN)).toBe('deny');
    expect(evaluatePolicy(doc(deny('*'), allow(ARN)), ARN)).toBe('deny');
  });

  it('nothing applicable is an implicit deny', () => {
    expect(evaluatePolicy(doc(allow('arn:aws:execute-api:*:*:other/*')), ARN)).toBe('implicit-deny');
    expect(evaluatePolicy(doc(deny('arn:aws:execute-api:*:*:other/*')), ARN)).toBe('implicit-deny');
  });

  it('matches actions case-insensitively, with wildcards; other actions do not apply', () => {
    for (const action of ['execute-api:Invoke', 'EXECUTE-API:invoke', 'execute-api:*', '*', ['s3:GetObject', 'execute-api:Inv*']]) {
      expect(evaluatePolicy(doc(allow(ARN, action)), ARN), JSON.stringify(action)).toBe('allow');
    }
    expect(evaluatePolicy(doc(allow(ARN, 'execute-api:InvalidateCache')), ARN)).toBe('implicit-deny');
  });

  it('NotResource and NotAction apply to everything they do not list', () => {
    expect(evaluatePolicy(doc({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:execute-api:*:*:*/dev/POST/*' }), ARN)).toBe('allow');
    expect(evaluatePolicy(doc(allow('*'), { Effect: 'Deny', Action: '*', NotResource: ARN }), ARN)).toBe('allow');
    expect(evaluatePolicy(doc({ Effect: 'Deny', NotAction: 's3:*', Resource: '*' }), ARN)).toBe('deny');
  });

  it.each([
    ['not an object', 'Allow'],
    ['a list', [allow('*')]],
    ['no Statement', { Version: '2012-10-17' }],
    ['an empty Statement list', doc()],
    ['a misspelt Effect', doc({ Effect: 'allow', Action: '*', Resource: '*' })],
    ['no Action', doc({ Effect: 'Allow', Resource: '*' })],
    ['Action and NotAction', doc({ Effect: 'Allow', Action: '*', NotAction: 's3:*', Resource: '*' })],
    ['no Resource', doc({ Effect: 'Allow', Action: '*' })],
    ['a Resource that is not a string', doc({ Effect: 'Allow', Action: '*', Resource: 42 })],
    ['an empty Resource list', doc({ Effect: 'Allow', Action: '*', Resource: [] })],
  ])('a document with %s is invalid', (_what, document) => {
    expect(() => statementsOf(document)).toThrow(InvalidPolicyError);
    expect(() => evaluatePolicy(document, ARN)).toThrow(InvalidPolicyError);
  });
});
