import { describe, expect, it } from 'vitest';
import { identityValues, parseIdentitySource } from './identity-source.js';

const scope = {
  headers: [['Authorization', 'first'], ['X-Key', 'k'], ['authorization', 'second'], ['X-Empty', '']] as [string, string][],
  query: [['tenant', 'a'], ['tenant', 'b'], ['blank', '']] as [string, string][],
  stageVariables: { env: 'dev', empty: '' },
  context: { stage: 'dev', identity: { sourceIp: '127.0.0.1', user: null }, requestTimeEpoch: 5 },
};

describe('parseIdentitySource', () => {
  it('reads a comma-separated list of the four kinds, spaces allowed', () => {
    expect(parseIdentitySource('method.request.header.Auth, method.request.querystring.q,stageVariables.s , context.identity.sourceIp')).toEqual([
      { kind: 'header', name: 'Auth', expression: 'method.request.header.Auth' },
      { kind: 'querystring', name: 'q', expression: 'method.request.querystring.q' },
      { kind: 'stageVariables', name: 's', expression: 'stageVariables.s' },
      { kind: 'context', name: 'identity.sourceIp', expression: 'context.identity.sourceIp' },
    ]);
  });

  it('no identity source is an empty list; an unknown kind is undefined', () => {
    expect(parseIdentitySource(undefined)).toEqual([]);
    expect(parseIdentitySource('  ')).toEqual([]);
    expect(parseIdentitySource('method.request.path.id')).toBeUndefined();
    expect(parseIdentitySource('method.request.header.A,')).toBeUndefined();
    expect(parseIdentitySource('Authorization')).toBeUndefined();
  });
});

describe('identityValues', () => {
  const values = (text: string) => identityValues(parseIdentitySource(text)!, scope);

  it('headers match case-insensitively and give the last value; query parameters give the last value', () => {
    expect(values('method.request.header.AUTHORIZATION, method.request.querystring.tenant')).toEqual(['second', 'b']);
  });

  it('reads stage variables and context values (numbers as text)', () => {
    expect(values('stageVariables.env, context.identity.sourceIp, context.requestTimeEpoch')).toEqual(['dev', '127.0.0.1', '5']);
  });

  it.each([
    'method.request.header.Missing',
    'method.request.header.X-Empty',
    'method.request.querystring.Tenant',
    'method.request.querystring.blank',
    'stageVariables.empty',
    'stageVariables.toString',
    'context.identity.user',
    'context.identity',
    'context.nothing.here',
  ])('%s (missing, null, empty or not a value) makes the identity incomplete', (source) => {
    expect(values(`method.request.header.X-Key, ${source}`)).toBeUndefined();
  });

  it('no sources: an empty identity', () => {
    expect(values('')).toEqual([]);
  });
});
