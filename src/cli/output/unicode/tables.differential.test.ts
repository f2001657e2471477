/**
 * Differential: our Unicode tables against the reference's Python 3.11 for every code point
 * (`str.upper()`, `str.isprintable()`, `unicodedata.decimal()`, `str.isspace()`), so a newer or
 * older ICU in Node can never change what we print.
 */
import { describe, expect, it } from 'vitest';
import { referenceAvailable, runReference } from '../testing/python-reference.js';
import { decimalValue, isPrintable, isPySpace, pyUpper } from './tables.js';

type Tables = { upper: Record<string, string>; nonprintable: number[]; decimal: Record<string, number>; space: number[] };

describe.skipIf(!referenceAvailable())('Unicode tables vs Python 3.11', () => {
  it('agree on all 1 114 112 code points', () => {
    const [py] = runReference<Tables>('unicode', []);
    const nonprintable = new Set(py!.nonprintable);
    const space = new Set(py!.space);
    const bad: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const c = String.fromCodePoint(cp);
      const surrogate = cp >= 0xd800 && cp <= 0xdfff;
      if (!surrogate && pyUpper(c) !== (py!.upper[cp] ?? c)) bad.push(`upper ${cp.toString(16)}`);
      if (isPrintable(cp) === nonprintable.has(cp)) bad.push(`printable ${cp.toString(16)}`);
      if (decimalValue(cp) !== (py!.decimal[cp] ?? -1)) bad.push(`decimal ${cp.toString(16)}`);
      if (isPySpace(cp) !== space.has(cp)) bad.push(`space ${cp.toString(16)}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
