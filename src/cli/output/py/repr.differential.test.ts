/** Differential: `floatRepr` against CPython 3.11's `repr(float)` on seeded random doubles. */
import { describe, expect, it } from 'vitest';
import { referenceAvailable, runReference } from '../testing/python-reference.js';
import { Rng } from '../testing/random.js';
import { floatRepr } from './repr.js';

describe.skipIf(!referenceAvailable())('float repr vs CPython', () => {
  it('agrees on 100 000 random doubles', () => {
    const rng = new Rng(4242);
    const view = new DataView(new ArrayBuffer(8));
    const xs: number[] = [];
    while (xs.length < 100_000) {
      view.setUint32(0, Math.floor(rng.next() * 2 ** 32));
      view.setUint32(4, Math.floor(rng.next() * 2 ** 32));
      const bits = view.getFloat64(0);
      const x = rng.chance(0.5) ? bits : Math.round(rng.next() * 10 ** rng.int(0, 20)) / 10 ** rng.int(0, 20);
      xs.push(x);
    }
    const hex = xs.map((x) => {
      view.setFloat64(0, x);
      return view.getBigUint64(0).toString(16).padStart(16, '0');
    });
    const expected = runReference<string>('floats', hex);
    const bad = xs.map((x, i) => [hex[i], floatRepr(x), expected[i]]).filter(([, a, b]) => a !== b);
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
