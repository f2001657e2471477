import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  it('answers an entry until it expires, then forgets it', () => {
    const cache = new TtlCache<string>(10);
    cache.set('a', 'x', 1000, 5000);
    expect(cache.get('a', 5999)).toBe('x');
    expect(cache.get('a', 6000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps nothing for a TTL of 0', () => {
    const cache = new TtlCache<string>(10);
    cache.set('a', 'x', 0, 0);
    expect(cache.get('a', 0)).toBeUndefined();
  });

  it('drops the oldest entry when full; re-setting a key makes it the newest', () => {
    const cache = new TtlCache<number>(2);
    cache.set('a', 1, 1000, 0);
    cache.set('b', 2, 1000, 0);
    cache.set('a', 3, 1000, 0);
    cache.set('c', 4, 1000, 0);
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual([3, undefined, 4]);
  });

  it('flushes the keys under a prefix only', () => {
    const cache = new TtlCache<number>(10);
    cache.set('api/dev/1', 1, 1000, 0);
    cache.set('api/dev/2', 2, 1000, 0);
    cache.set('api/prod/1', 3, 1000, 0);
    cache.flush('api/dev/');
    expect([cache.get('api/dev/1', 1), cache.get('api/dev/2', 1), cache.get('api/prod/1', 1)]).toEqual([undefined, undefined, 3]);
  });
});
