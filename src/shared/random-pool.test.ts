import { describe, expect, it } from 'vitest';
import { pooledRandomBytes } from './random-pool.js';

describe('pooledRandomBytes', () => {
  it('never hands out the same bytes twice, across refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const b = pooledRandomBytes(12);
      expect(b.length).toBe(12);
      seen.add(b.toString('hex'));
    }
    expect(seen.size).toBe(2000);
  });

  it('returns copies, not views of the pool', () => {
    const a = pooledRandomBytes(8);
    const copy = Buffer.from(a);
    for (let i = 0; i < 1000; i++) pooledRandomBytes(8);
    expect(a.equals(copy)).toBe(true);
  });

  it('refuses more than the pool holds', () => {
    expect(() => pooledRandomBytes(4097)).toThrow(RangeError);
  });
});
