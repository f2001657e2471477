/**
 * Compliance: shared/vectors/cli/table-wide-characters.json lists the code points the reference's
 * table formatter counts as two columns (Python 3.11.2, unicodedata 14.0.0, W/F/A). Every code
 * point from U+0000 to U+10FFFF must agree, and the table width must follow.
 */
import { describe, expect, it } from 'vitest';
import { readVector } from '../../../../test/support/vectors.js';
import { textLength } from '../formatters/table/multi-table.js';
import { isWide } from './tables.js';

const vector = readVector<{ source: string; wide_ranges: [number, number][] }>('cli/table-wide-characters.json');

describe('table-wide-characters.json', () => {
  it('agrees on every code point', () => {
    const expected = new Uint8Array(0x110000);
    for (const [lo, hi] of vector.wide_ranges) expected.fill(1, lo, hi + 1);
    const mismatches: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) if (isWide(cp) !== (expected[cp] === 1)) mismatches.push(cp);
    expect(mismatches).toEqual([]);
    expect(vector.wide_ranges).toHaveLength(851);
  });

  it('measures text as the table does', () => {
    expect(textLength('abc')).toBe(3);
    expect(textLength('é°Ж')).toBe(6);
    expect(textLength('日本語')).toBe(6);
    expect(textLength('😀')).toBe(2);
    expect(textLength('\u{50000}')).toBe(2);
    expect(textLength('\u{e0001}')).toBe(1);
  });
});
