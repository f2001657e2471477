import { describe, expect, it } from 'vitest';
import { jsonDumps } from './formatters/json-encode.js';
import { parseJson } from './json-parse.js';
import { PyError } from './py/errors.js';

const roundTrip = (t: string): string => jsonDumps(parseJson(t), { compact: true, ensureAscii: false });

describe('parseJson (Python json.loads, lossless)', () => {
  it('keeps int vs float, big ints, key order and odd keys', () => {
    expect(parseJson('[1, 1.0, -0, -0.0, 1e400, 12345678901234567890]')).toEqual([1n, 1, 0n, -0, Infinity, 12345678901234567890n]);
    expect(roundTrip('{"b": 1, "10": 2, "a": 3, "2": 4, "__proto__": {"x": 1}}')).toBe('{"b":1,"10":2,"a":3,"2":4,"__proto__":{"x":1}}');
    expect(roundTrip('{"a": 1, "b": 2, "a": 3}')).toBe('{"a":3,"b":2}');
    expect(roundTrip('[NaN, Infinity, -Infinity]')).toBe('[NaN,Infinity,-Infinity]');
    expect(parseJson('"\\ud83d\\ude00 \\ud800"')).toBe('😀 \ud800');
  });

  it('keeps one object per occurrence (no accidental sharing)', () => {
    const v = parseJson('[[1], [1]]') as unknown[];
    expect(v[0]).not.toBe(v[1]);
  });

  it.each([
    ['', 'Expecting value: line 1 column 1 (char 0)'],
    ['[1,]', 'Expecting value: line 1 column 4 (char 3)'],
    ['{"a":1,}', 'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)'],
    ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
    ['[1 2]', "Expecting ',' delimiter: line 1 column 4 (char 3)"],
    ['"a\u0001"', 'Invalid control character at: line 1 column 3 (char 2)'],
    ['"\\q"', 'Invalid \\escape: line 1 column 2 (char 1)'],
    ['"\\u12"', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
    ['01', 'Extra data: line 1 column 2 (char 1)'],
    ['{1:2}', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
    ['"abc', 'Unterminated string starting at: line 1 column 1 (char 0)'],
    ['tru', 'Expecting value: line 1 column 1 (char 0)'],
    ['\ufeff1', 'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)'],
    ['[1]\n x', 'Extra data: line 2 column 2 (char 5)'],
    ['"é" é', 'Extra data: line 1 column 5 (char 4)'],
  ])('%j fails like Python', (text, message) => {
    expect(() => parseJson(text)).toThrow(message);
  });

  it("refuses more than 4300 digits like Python 3.11's int()", () => {
    expect(() => parseJson('1'.repeat(4301))).toThrow(PyError);
    expect(parseJson('1'.repeat(4300))).toBe(BigInt('1'.repeat(4300)));
  });
});
