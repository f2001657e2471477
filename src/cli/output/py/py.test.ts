import { describe, expect, it } from 'vitest';
import { pyDict } from '../value.js';
import { pyFloatFromString, pyIntFromString } from './number-parse.js';
import { cmpStrings, pyCompare, pyEquals, pySlice } from './ops.js';
import { floatRepr, intStr, pyRepr, pyStr, strRepr } from './repr.js';
import { pySorted } from './sort.js';

describe('float repr (CPython 3.11, recorded)', () => {
  it.each([
    [0.0, '0.0'], [-0.0, '-0.0'], [1.0, '1.0'], [0.1, '0.1'], [0.30000000000000004, '0.30000000000000004'], [1e16, '1e+16'],
    [1e15, '1000000000000000.0'], [123456789012345680.0, '1.2345678901234568e+17'], [1e-4, '0.0001'], [1e-5, '1e-05'],
    [1.5e-7, '1.5e-07'], [2.5e-5, '2.5e-05'], [1e22, '1e+22'], [1.7976931348623157e308, '1.7976931348623157e+308'],
    [5e-324, '5e-324'], [-2.75, '-2.75'], [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'], [100.0, '100.0'],
    [123.456, '123.456'], [9007199254740993, '9007199254740992.0'], [1e21, '1e+21'], [0.001, '0.001'],
  ])('%s -> %s', (x, repr) => expect(floatRepr(x)).toBe(repr));
});

describe('str repr (recorded)', () => {
  it.each([
    ['a', "'a'"], ["it's", `"it's"`], ['say "hi"', `'say "hi"'`], [`both ' "`, `'both \\' "'`], ['tab\there\n', "'tab\\there\\n'"],
    ['\x7f\x00', "'\\x7f\\x00'"], ['é😀', "'é😀'"], ['\u200b\u2028\xa0\xad', "'\\u200b\\u2028\\xa0\\xad'"], ['\ud800', "'\\ud800'"],
    ['\u{e0001}', "'\\U000e0001'"], ['\\', "'\\\\'"],
  ])('%j', (s, repr) => expect(strRepr(s)).toBe(repr));

  it('prints containers and scalars like Python', () => {
    const v = [null, true, false, 1n, 1.0, 'x', pyDict([['a', [1n, 'b']]]), []];
    expect(pyRepr(v)).toBe("[None, True, False, 1, 1.0, 'x', {'a': [1, 'b']}, []]");
    expect(pyStr('raw')).toBe('raw');
    expect(() => intStr(10n ** 4300n)).toThrow(/Exceeds the limit \(4300 digits\)/);
  });
});

describe('comparisons', () => {
  it('follows Python ==', () => {
    expect(pyEquals(1n, 1.0)).toBe(true);
    expect(pyEquals(0n, false)).toBe(true);
    expect(pyEquals([0n], [false])).toBe(true);
    expect(pyEquals(2n ** 53n + 1n, 2 ** 53)).toBe(false);
    expect(pyEquals(NaN, NaN)).toBe(false);
    expect(pyEquals(pyDict([['a', 1n], ['b', 2n]]), pyDict([['b', 2n], ['a', 1.0]]))).toBe(true);
    expect(pyEquals('1', 1n)).toBe(false);
  });
  it('orders strings by code point and refuses mixed types', () => {
    expect(cmpStrings('\uffff', '😀')).toBeLessThan(0);
    expect(pyCompare('<', 2n ** 64n, 1.8446744073709552e19)).toBe(false);
    expect(() => pyCompare('<', 'a', 1n)).toThrow("'<' not supported between instances of 'str' and 'int'");
  });
  it('slices like list[a:b:c]', () => {
    const l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(pySlice(l, null, null, -3n)).toEqual([9, 6, 3, 0]);
    expect(pySlice(l, 8n, 1n, -2n)).toEqual([8, 6, 4, 2]);
    expect(pySlice(l, -20n, 2n, 1n)).toEqual([0, 1]);
    expect(pySlice(l, -1n, -20n, -4n)).toEqual([9, 5, 1]);
  });
  it('sorts with CPython list.sort even with NaN keys', () => {
    // recorded on CPython 3.11
    expect(pySorted([3.0, NaN, 1.0, 2.0], (x) => x)).toEqual([3.0, NaN, 1.0, 2.0]);
    expect(pySorted([NaN, 2.0, 1.0], (x) => x)).toEqual([NaN, 1.0, 2.0]);
    expect(pySorted([2.0, NaN, 1.0, 0.0], (x) => x)).toEqual([2.0, NaN, 0.0, 1.0]);
    expect(pySorted([1.0, 3.0, NaN, 2.0, 0.0], (x) => x)).toEqual([1.0, 3.0, NaN, 0.0, 2.0]);
    expect(pySorted([5.0, 4.0, NaN, 3.0, 1.0, 2.0], (x) => x)).toEqual([1.0, 2.0, 3.0, 4.0, 5.0, NaN]);
  });
});

describe('int() and float() of strings', () => {
  it.each([
    ['12', 12n], [' 12 ', 12n], ['1_000', 1000n], ['-0', 0n], ['١٢', 12n], ['+7', 7n], ['007', 7n],
    ['0x1A', null], ['1__0', null], ['_1', null], ['1.5', null], ['', null], ['\u2003 3\u3000', 3n],
  ])('int(%j)', (s, v) => expect(pyIntFromString(s)).toBe(v));
  it.each([
    ['1e3', 1000], ['.5', 0.5], ['5.', 5], ['Infinity', Infinity], ['-inf', -Infinity], ['1_0.2_5', 10.25], ['0x1A', null], ['1e', null],
  ])('float(%j)', (s, v) => expect(pyFloatFromString(s)).toBe(v));
  it('float(nan)', () => expect(pyFloatFromString('NaN')).toBeNaN());
});
