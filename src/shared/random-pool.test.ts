import { describe, expect, it } from 'vitest';
import { pooledRandomString } from './random-pool.js';

describe('pooledRandomString', () => {
  it('never hands out the same bytes twice, across refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const hex = pooledRandomString(12, 'hex');
      expect(hex).toMatch(/^[0-9a-f]{24}$/);
      seen.add(hex);
    }
    expect(seen.size).toBe(2000);
  });

  it('encodes base64', () => {
    expect(pooledRandomString(11, 'base64')).toMatch(/^[A-Za-z0-9+/]{15}=$/);
  });

  it('refuses more than the pool holds', () => {
    expect(() => pooledRandomString(4097, 'hex')).toThrow(RangeError);
  });
});
