/**
 * Python's `repr()` and `str()` of the values the AWS CLI prints. They show up in text and table
 * output (`str(value)` of every cell: `None`, `True`, `1.0`, `['a', 'b']`) and inside jmespath's
 * error messages (`invalid type for value: None`, `{'a': 1}`).
 *
 * Float repr is CPython's `float_repr_style == 'short'`: the shortest digits that round-trip (the
 * same digits as ECMAScript's Number::toString), laid out in exponent form when the decimal
 * exponent is below -4 or at least 16, with at least two exponent digits (`1e+16`, `1.5e-07`),
 * and `.0` added to integral values in positional form (`1000000000000000.0`).
 */
import { isPrintable } from '../unicode/tables.js';
import type { PyValue } from '../value.js';
import { INT_MAX_STR_DIGITS, PyError } from './errors.js';

/** Shortest round-trip decimal digits of a finite, non-zero |x| and the exponent of the first digit. */
export function shortestDigits(x: number): { digits: string; exp: number } {
  const s = String(Math.abs(x));
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  let exp = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  exp += (dot < 0 ? mantissa.length : dot) - 1;
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead).replace(/0+$/, '');
  return { digits, exp: exp - lead };
}

/** `repr(float)` in CPython 3.11. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, exp } = shortestDigits(x);
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  const point = exp + 1;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** `str(int)`; like Python 3.11, refuses more than 4300 decimal digits. */
export function intStr(n: bigint): string {
  const s = n.toString();
  if (s.length - (n < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) {
    throw new PyError(
      'ValueError',
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** `repr(str)`: quotes chosen like CPython (double quotes only when the text has `'` and no `"`). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f || isPrintable(cp)) out += ch;
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** `repr(value)`. */
export function pyRepr(v: PyValue): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return intStr(v);
    case 'number':
      return floatRepr(v);
    case 'string':
      return strRepr(v);
    default:
      if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
      if (v instanceof Map) return `{${[...v].map(([k, x]) => `${strRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
      return v.toString();
  }
}

/** `str(value)`: a string as is, everything else as its repr. */
export function pyStr(v: PyValue): string {
  return typeof v === 'string' ? v : pyRepr(v);
}
