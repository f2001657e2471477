/**
 * Java semantics as data: `toString` rules, number arithmetic and printing, `==`, and the
 * String/List/Map method tables (expected values from the JDK / reference model).
 */
import { describe, expect, it } from 'vitest';
import { velocityEquals, velocityNotEquals } from './equality.js';
import { callMethod } from './methods.js';
import { add, divide, doubleToString, modulo, multiply, subtract } from './numbers.js';
import { javaMatches, javaReplaceAll, javaSplit } from './regex.js';
import { javaToString, toJsonText } from './to-string.js';
import { JBigDec, JChar, JFloat, JList, JMap, double, int, long, type JValue } from './values.js';

const list = (cls: 'ArrayList' | 'JSONArray', ...items: JValue[]): JList => new JList(cls, items);
function map(...kv: JValue[]): JMap {
  const m = new JMap();
  for (let i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
  return m;
}

describe('toString rules', () => {
  it.each<[JValue, string]>([
    [map('foo', 'bar'), '{foo=bar}'],
    [map('a', list('JSONArray', map('n', 'b'))), '{a=[{"n":"b"}]}'],
    [map('a', map('b', int(1))), '{a={b=1}}'],
    [list('ArrayList', int(1), 'a', null), '[1, a, null]'],
    [list('JSONArray', int(1), 'a/b', null, true), '[1,"a\\/b",null,true]'],
    [double(1000), '1000.0'],
    [double(1.5), '1.5'],
    [double(1e7), '1.0E7'],
    [double(0.001), '0.001'],
    [double(0.0001), '1.0E-4'],
    [double(-0), '-0.0'],
    [double(NaN), 'NaN'],
    [new JBigDec(123456789012345678901n, 20), '1.23456789012345678901'],
    [new JBigDec(1n, 10), '1E-10'],
    [new JChar('x'), 'x'],
    [true, 'true'],
  ])('toString case %#', (v, expected) => {
    expect(javaToString(v)).toBe(expected);
  });

  it('escapes JSON text like json-smart', () => {
    expect(toJsonText('a/b\u2013"\n\u007f')).toBe('"a\\/b\\u2013\\"\\n\\u007F"');
    expect(toJsonText(double(Infinity))).toBe('null');
  });

  it.each([
    [1e21, '1.0E21'],
    [123456.789, '123456.789'],
    [9999999, '9999999.0'],
    [1.23e-5, '1.23E-5'],
  ])('Double.toString(%d)', (d, s) => {
    expect(doubleToString(d)).toBe(s);
  });
});

describe('numbers (Velocity MathUtils)', () => {
  it.each<[string, JValue, string]>([
    ['int/int', divide(int(7), int(2)), '3'],
    ['int%int', modulo(int(-7), int(3)), '-1'],
    ['int overflow', add(int(2147483647), int(1)), '2147483648'],
    ['long overflow', add(long(9223372036854775807n), int(1)), '9223372036854775808'],
    ['double', multiply(double(1.5), int(2)), '3.0'],
    ['double/int', divide(int(1), double(3)), '0.3333333333333333'],
    ['bigdec+double', add(new JBigDec(15n, 1), double(0.5)), '2.0'],
    ['sub', subtract(int(1), double(0.25)), '0.75'],
  ])('%s', (_name, v, expected) => {
    expect(javaToString(v)).toBe(expected);
  });
});

describe('== and != (ASTEQNode)', () => {
  it.each<[JValue, JValue, boolean]>([
    [int(1), double(1), true],
    ['1', int(1), true],
    [true, 'true', true],
    ['', null, false],
    [null, null, true],
    [list('JSONArray'), '', false],
    [list('JSONArray', int(1)), list('ArrayList', int(1)), true],
    [list('ArrayList', int(1)), list('ArrayList', long(1)), false],
    [map('a', int(1)), map('a', int(1)), true],
    [new JChar('a'), 'a', true],
  ])('%#', (a, b, eq) => {
    expect(velocityEquals(a, b)).toBe(eq);
  });
  it('!= with one null is true, with two nulls false', () => {
    expect(velocityNotEquals(null, 'x')).toBe(true);
    expect(velocityNotEquals(null, null)).toBe(false);
  });
});

describe('method tables', () => {
  it.each<[JValue, string, JValue[], string]>([
    ['abc', 'length', [], '3'],
    ['abc', 'substring', [int(1)], 'bc'],
    ['abc', 'substring', ['1'], 'null'],
    ['abc', 'indexOf', [int(99)], '2'],
    ['  a b  ', 'trim', [], 'a b'],
    ['a,b,,', 'split', [','], '[Ljava.lang.Object;@'],
    ['it\'s', 'replaceAll', ["\\\\'", "'"], "it's"],
    ['abc', 'replace', ['', '-'], '-a-b-c-'],
    [list('ArrayList', 'a'), 'add', ['b'], 'true'],
    [list('ArrayList', 'a', 'b'), 'remove', [int(0)], 'a'],
    [list('ArrayList', 'a', 'b'), 'get', [int(1)], 'b'],
    [map('k', 'v'), 'put', ['k', 'w'], 'v'],
    [map('k', 'v'), 'put', ['j', 'w'], 'null'],
    [map('k', 'v'), 'keySet', [], '[k]'],
    [map('k', 'v'), 'containsKey', ['k'], 'true'],
    [int(5), 'doubleValue', [], '5.0'],
    [new JFloat('Double', 2.5), 'intValue', [], '2'],
  ])('method case %#', (recv, name, args, expected) => {
    const out = javaToString(callMethod(recv, name, args));
    if (expected.endsWith('@')) expect(out?.startsWith(expected)).toBe(true);
    else expect(out).toBe(expected);
  });

  it('throws Java exceptions as errors', () => {
    expect(() => callMethod('abc', 'substring', [int(5)])).toThrow(/StringIndexOutOfBounds/);
    expect(() => callMethod(list('ArrayList'), 'get', [int(0)]), 'get').toThrow(/IndexOutOfBounds/);
    expect(() => callMethod(int(1), 'compareTo', ['x'])).toThrow(/ClassCast/);
  });

  it('offers no reflection', () => {
    for (const name of ['getClass', 'constructor', 'prototype', '__proto__', 'wait', 'notify', 'valueOf', 'hasOwnProperty']) {
      expect(callMethod('abc', name, [])).toBeNull();
      expect(callMethod(map(), name, [])).toBeNull();
    }
  });
});

describe('java.util.regex subset', () => {
  it('matches whole strings, translates replacements and splits like Java', () => {
    expect(javaMatches('abc', 'b')).toBe(false);
    expect(javaMatches('abc', '.*b.*')).toBe(true);
    expect(javaMatches('ABC', '(?i)abc')).toBe(true);
    expect(javaReplaceAll('a.b', '\\Q.\\E', '\\$')).toBe('a$b');
    expect(javaReplaceAll('abc', 'a(b)', '$1x')).toBe('bxc');
    expect(javaSplit('a,b,,', ',')).toEqual(['a', 'b']);
    expect(javaSplit('abc', '')).toEqual(['a', 'b', 'c']);
    expect(() => javaReplaceAll('a', 'a', '$')).toThrow();
  });
});
