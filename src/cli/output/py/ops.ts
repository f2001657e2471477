/**
 * Python's comparison semantics, which jmespath 1.0.1 inherits: `==` across int, float and bool
 * (`1 == 1.0`, `0 == False`, `[0] == [False]`), exact comparison between big integers and floats,
 * containers compared element by element, strings ordered by code point (not UTF-16 unit), and
 * `TypeError: '<' not supported between instances of 'str' and 'int'` for mixed orderings.
 */
import { pyTypeName, type PyValue } from '../value.js';
import { unorderable } from './errors.js';

type Num = bigint | number | boolean;
const isNumLike = (v: PyValue): v is Num => typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
const asNum = (v: Num): bigint | number => (typeof v === 'boolean' ? (v ? 1n : 0n) : v);

/** Compare an int with a float exactly: -1, 0, 1, or NaN when the float is NaN. */
function cmpIntFloat(i: bigint, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const fi = BigInt(fl);
  if (i < fi) return -1;
  if (i > fi) return 1;
  return f > fl ? -1 : 0;
}

/** Numeric three-way comparison (NaN when unordered). */
export function cmpNumbers(a: bigint | number, b: bigint | number): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  if (typeof a === 'bigint') return cmpIntFloat(a, b as number);
  return -cmpIntFloat(b as bigint, a);
}

/** Code point order (Python) rather than UTF-16 unit order (JavaScript `<`). */
export function cmpStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 && y < 0xd800) return x - y;
    const at = i > 0 && (a.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
    return a.codePointAt(at)! - b.codePointAt(at)!;
  }
  return a.length - b.length;
}

/** Python `a == b` for values of the model (`x is y or x == y` inside containers). */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  if (a === null || b === null) return false;
  if (isNumLike(a)) return isNumLike(b) && cmpNumbers(asNum(a), asNum(b)) === 0;
  if (typeof a === 'string' || typeof b === 'string') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => x === b[i] || pyEquals(x, b[i]!));
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, x] of a) {
      if (!b.has(k)) return false;
      const y = b.get(k)!;
      if (x !== y && !pyEquals(x, y)) return false;
    }
    return true;
  }
  return false;
}

export type OrderOp = '<' | '<=' | '>' | '>=';

/** Python's `a OP b` for the orderable values jmespath compares (numbers, bools, strings). */
export function pyCompare(op: OrderOp, a: PyValue, b: PyValue): boolean {
  let c: number;
  if (isNumLike(a) && isNumLike(b)) c = cmpNumbers(asNum(a), asNum(b));
  else if (typeof a === 'string' && typeof b === 'string') c = cmpStrings(a, b);
  else throw unorderable(op, pyTypeName(a), pyTypeName(b));
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

/** `len(str)`: code points. */
export function pyLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Python `list[start:stop:step]` (`slice.indices` clamping); step 0 is the caller's error. */
export function pySlice<T>(list: readonly T[], start: bigint | null, stop: bigint | null, step: bigint): T[] {
  const len = BigInt(list.length);
  const clamp = (v: bigint | null, dflt: bigint, lower: bigint, upper: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) return v + len < lower ? lower : v + len;
    return v > upper ? upper : v;
  };
  const out: T[] = [];
  if (step > 0n) {
    const s = clamp(start, 0n, 0n, len);
    const e = clamp(stop, len, 0n, len);
    for (let i = s; i < e; i += step) out.push(list[Number(i)]!);
  } else {
    const s = clamp(start, len - 1n, -1n, len - 1n);
    const e = clamp(stop, -1n, -1n, len - 1n);
    for (let i = s; i > e; i += step) out.push(list[Number(i)]!);
  }
  return out;
}
