import { describe, expect, it } from 'vitest';
import { invokedArn, parseFunctionRef, type FunctionRef } from './function-ref.js';

const parsed = (text: string): FunctionRef => {
  const ref = parseFunctionRef(text);
  if (!ref.ok) throw new Error(ref.message);
  const { ok: _ok, ...rest } = ref;
  return rest;
};

describe('parseFunctionRef', () => {
  it('reads a bare name', () => {
    expect(parsed('my-fn')).toEqual({ name: 'my-fn' });
    expect(parsed('A_b-9')).toEqual({ name: 'A_b-9' });
    expect(parsed('f'.repeat(64))).toEqual({ name: 'f'.repeat(64) });
  });

  it('reads name:qualifier (alias, version, $LATEST)', () => {
    expect(parsed('my-fn:live')).toEqual({ name: 'my-fn', qualifier: 'live' });
    expect(parsed('my-fn:7')).toEqual({ name: 'my-fn', qualifier: '7' });
    expect(parsed('my-fn:$LATEST')).toEqual({ name: 'my-fn', qualifier: '$LATEST' });
  });

  it('reads a full ARN, keeping it as given', () => {
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:my-fn';
    expect(parsed(arn)).toEqual({ name: 'my-fn', region: 'us-east-1', account: '123456789012', arn });
  });

  it('reads a full ARN with an alias or a version', () => {
    const alias = 'arn:aws:lambda:eu-west-1:123456789012:function:orders:prod';
    expect(parsed(alias)).toEqual({ name: 'orders', qualifier: 'prod', region: 'eu-west-1', account: '123456789012', arn: alias });
    const version = 'arn:aws:lambda:eu-west-1:123456789012:function:orders:12';
    expect(parsed(version)).toMatchObject({ name: 'orders', qualifier: '12', arn: version });
  });

  it('accepts other partitions and short test account ids', () => {
    expect(parsed('arn:aws-cn:lambda:cn-north-1:123456789012:function:f')).toMatchObject({ name: 'f', region: 'cn-north-1' });
    expect(parsed('arn:aws-us-gov:lambda:us-gov-west-1:1:function:f')).toMatchObject({ name: 'f', account: '1' });
  });

  it('reads a partial ARN (account:function:name), which has no full ARN to report', () => {
    expect(parsed('123456789012:function:my-fn')).toEqual({ name: 'my-fn', account: '123456789012' });
    expect(parsed('123456789012:function:my-fn:live')).toEqual({ name: 'my-fn', qualifier: 'live', account: '123456789012' });
  });

  it.each([
    '',
    'my.fn',
    'my fn',
    'f'.repeat(65),
    'my-fn:',
    'my-fn:a:b',
    'my-fn:a.b',
    'arn:aws:s3:::bucket',
    'arn:aws:lambda:us-east-1:123456789012:layer:my-layer',
    'arn:aws:lambda:us-east-1:123456789012:function:',
    'arn:aws:lambda:us-east-1:abc:function:my-fn',
  ])('refuses %j with the ValidationException message', (text) => {
    const ref = parseFunctionRef(text);
    expect(ref.ok).toBe(false);
    if (ref.ok) return;
    expect(ref.message).toBe(
      `1 validation error detected: Value '${text}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: ` +
        '(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?',
    );
  });
});

describe('invokedArn', () => {
  it('reports a full ARN exactly as it was used', () => {
    const arn = 'arn:aws:lambda:eu-west-1:111122223333:function:orders:prod';
    expect(invokedArn(parsed(arn), 'us-east-1', '123456789012')).toBe(arn);
  });

  it('builds one for a name from the default region and account', () => {
    expect(invokedArn(parsed('orders'), 'us-east-1', '123456789012')).toBe('arn:aws:lambda:us-east-1:123456789012:function:orders');
    expect(invokedArn(parsed('orders:live'), 'us-east-1', '123456789012')).toBe('arn:aws:lambda:us-east-1:123456789012:function:orders:live');
  });

  it('uses the account of a partial ARN', () => {
    expect(invokedArn(parsed('111122223333:function:orders'), 'us-east-1', '123456789012')).toBe('arn:aws:lambda:us-east-1:111122223333:function:orders');
  });
});
