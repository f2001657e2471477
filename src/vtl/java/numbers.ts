/**
 * Java number semantics as Velocity 1.7 applies them (`org.apache.velocity.runtime.parser.node.
 * MathUtils`), plus the `toString` forms of Java's boxed numbers.
 *
 * What API Gateway templates observe: integer arithmetic stays integral (`7 / 2` is `3`, `-7 % 3`
 * is `-1`), `Integer` overflows into `Long` and `Long` into `BigInteger`; any `Double` operand
 * makes the result a `Double` (`1.5 * 2` prints `3.0`); `BigDecimal` (json-smart's type for long
 * decimal literals) wins over everything and a `Double` is converted exactly
 * (`new BigDecimal(double)`). Division or modulus by zero yields null (logged, not thrown).
 * `Double.toString` prints plain decimals in [1e-3, 1e7) and `1.0E10` style outside.
 */
import { JBigDec, JFloat, JInt, fitsInt, integral, isNumber, type JNumber, type JValue } from './values.js';

// ---------------------------------------------------------------- toString of numbers

/** `Double.toString`. Digits are the shortest round-trip ones (JDK 19+; JDK ≤ 18 differs rarely). */
export function doubleToString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const sign = d < 0 ? '-' : '';
  const [mant, expPart] = Math.abs(d).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expPart);
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    if (exp >= 0) {
      const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
      const frac = digits.slice(exp + 1) || '0';
      return sign + intPart + '.' + frac;
    }
    return sign + '0.' + '0'.repeat(-exp - 1) + digits;
  }
  return sign + digits[0] + '.' + (digits.slice(1) || '0') + 'E' + String(exp);
}

/** `BigDecimal.toString` (scientific notation when the adjusted exponent is < -6 or scale < 0). */
export function bigDecToString(b: JBigDec): string {
  const neg = b.unscaled < 0n;
  const coeff = (neg ? -b.unscaled : b.unscaled).toString();
  const adjusted = -b.scale + (coeff.length - 1);
  let body: string;
  if (b.scale >= 0 && adjusted >= -6) {
    if (b.scale === 0) body = coeff;
    else if (coeff.length > b.scale) body = coeff.slice(0, coeff.length - b.scale) + '.' + coeff.slice(coeff.length - b.scale);
    else body = '0.' + '0'.repeat(b.scale - coeff.length) + coeff;
  } else {
    body = coeff.length > 1 ? coeff[0] + '.' + coeff.slice(1) : coeff;
    body += 'E' + (adjusted >= 0 ? '+' : '') + String(adjusted);
  }
  return (neg ? '-' : '') + body;
}

export function numberToString(n: JNumber): string {
  if (n instanceof JInt) return n.v.toString();
  if (n instanceof JFloat) return doubleToString(n.type === 'Float' ? Math.fround(n.v) : n.v);
  return bigDecToString(n);
}

// ---------------------------------------------------------------- conversions (Number.xxxValue)

export function doubleValue(n: JNumber): number {
  if (n instanceof JInt) return Number(n.v);
  if (n instanceof JFloat) return n.v;
  return Number(bigDecToString(n));
}

const TWO64 = 2n ** 64n;
/** `Number.longValue()`: doubles truncate and saturate; BigInteger keeps the low 64 bits. */
export function longValue(n: JNumber): bigint {
  if (n instanceof JInt) return BigInt.asIntN(64, n.v % TWO64);
  if (n instanceof JFloat) return doubleToLong(n.v);
  const q = n.scale >= 0 ? n.unscaled / 10n ** BigInt(n.scale) : n.unscaled * 10n ** BigInt(-n.scale);
  return BigInt.asIntN(64, q);
}

function doubleToLong(d: number): bigint {
  if (Number.isNaN(d)) return 0n;
  if (d >= 9.223372036854775807e18) return 2n ** 63n - 1n;
  if (d <= -9.223372036854775808e18) return -(2n ** 63n);
  return BigInt(Math.trunc(d));
}

/** `Number.intValue()`. */
export function intValue(n: JNumber): number {
  if (n instanceof JFloat) {
    if (Number.isNaN(n.v)) return 0;
    return Math.max(-2147483648, Math.min(2147483647, Math.trunc(n.v)));
  }
  return Number(BigInt.asIntN(32, longValue(n)));
}

/** `new BigDecimal(double)`: the exact binary value. */
export function doubleToBigDec(d: number): JBigDec {
  if (!Number.isFinite(d)) throw new JavaArithmetic('Infinite or NaN');
  if (d === 0) return new JBigDec(0n, 0);
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, d);
  const bits = buf.getBigUint64(0);
  const neg = bits >> 63n === 1n;
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let exp: number;
  if (expBits === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = expBits - 1075;
  }
  while (mant > 0n && (mant & 1n) === 0n) {
    mant >>= 1n;
    exp++;
  }
  const signed = neg ? -mant : mant;
  if (exp >= 0) return new JBigDec(signed << BigInt(exp), 0);
  return new JBigDec(signed * 5n ** BigInt(-exp), -exp);
}

export function toBigDec(n: JNumber): JBigDec {
  if (n instanceof JBigDec) return n;
  if (n instanceof JInt && n.type === 'BigInteger') return new JBigDec(n.v, 0);
  return doubleToBigDec(doubleValue(n));
}

const toBigInt = (n: JNumber): bigint => (n instanceof JInt && n.type === 'BigInteger' ? n.v : longValue(n));

/** A Java exception raised inside a method or operation (becomes a template error). */
export class JavaArithmetic extends Error {}

// ---------------------------------------------------------------- MathUtils

type Base = 'long' | 'float' | 'double' | 'bigint' | 'bigdec';
const isIntegral = (n: JNumber): boolean => n instanceof JInt;

function base(a: JNumber, b: JNumber): Base {
  const ai = isIntegral(a);
  const bi = isIntegral(b);
  const big = (n: JNumber): boolean => n instanceof JInt && n.type === 'BigInteger';
  if (a instanceof JBigDec || b instanceof JBigDec || ((!ai || !bi) && (big(a) || big(b)))) return 'bigdec';
  if (ai && bi) return big(a) || big(b) ? 'bigint' : 'long';
  if ((a instanceof JFloat && a.type === 'Double') || (b instanceof JFloat && b.type === 'Double')) return 'double';
  return 'float';
}

const SIZE = ['Integer', 'Long', 'Float', 'Double'];
/** `wrapPrimitive(long, op1, op2)`: the result keeps the larger operand type, widening on overflow. */
function wrap(v: bigint, a: JNumber, b: JNumber): JInt {
  const rank = (n: JNumber): number => SIZE.indexOf(n instanceof JBigDec ? 'BigDecimal' : n.type);
  const type = rank(a) > rank(b) ? (a as JInt).type : (b as JInt).type;
  if (type === 'Integer' && fitsInt(v)) return new JInt('Integer', v);
  if (type === 'Integer' || type === 'Long') return new JInt('Long', v);
  return new JInt('BigInteger', v);
}

const LMIN = -(2n ** 63n);
const LMAX = 2n ** 63n - 1n;
const overflows = (v: bigint): boolean => v < LMIN || v > LMAX;
const dbl = (a: JNumber, b: JNumber, f: (x: number, y: number) => number, t: Base): JFloat =>
  t === 'double' ? new JFloat('Double', f(doubleValue(a), doubleValue(b))) : new JFloat('Float', Math.fround(f(doubleValue(a), doubleValue(b))));

function alignScale(a: JBigDec, b: JBigDec): [bigint, bigint, number] {
  const s = Math.max(a.scale, b.scale);
  return [a.unscaled * 10n ** BigInt(s - a.scale), b.unscaled * 10n ** BigInt(s - b.scale), s];
}

export function add(a: JNumber, b: JNumber): JNumber {
  const t = base(a, b);
  if (t === 'bigint') return new JInt('BigInteger', toBigInt(a) + toBigInt(b));
  if (t === 'long') {
    const r = longValue(a) + longValue(b);
    return overflows(r) ? new JInt('BigInteger', toBigInt(a) + toBigInt(b)) : wrap(r, a, b);
  }
  if (t === 'bigdec') {
    const [x, y, s] = alignScale(toBigDec(a), toBigDec(b));
    return new JBigDec(x + y, s);
  }
  return dbl(a, b, (x, y) => x + y, t);
}

export function subtract(a: JNumber, b: JNumber): JNumber {
  const t = base(a, b);
  if (t === 'bigint') return new JInt('BigInteger', toBigInt(a) - toBigInt(b));
  if (t === 'long') {
    const r = longValue(a) - longValue(b);
    return overflows(r) ? new JInt('BigInteger', toBigInt(a) - toBigInt(b)) : wrap(r, a, b);
  }
  if (t === 'bigdec') {
    const [x, y, s] = alignScale(toBigDec(a), toBigDec(b));
    return new JBigDec(x - y, s);
  }
  return dbl(a, b, (x, y) => x - y, t);
}

export function multiply(a: JNumber, b: JNumber): JNumber {
  const t = base(a, b);
  if (t === 'bigint') return new JInt('BigInteger', toBigInt(a) * toBigInt(b));
  if (t === 'long') {
    const r = longValue(a) * longValue(b);
    return overflows(r) ? new JInt('BigInteger', toBigInt(a) * toBigInt(b)) : wrap(r, a, b);
  }
  if (t === 'bigdec') {
    const x = toBigDec(a);
    const y = toBigDec(b);
    return new JBigDec(x.unscaled * y.unscaled, x.scale + y.scale);
  }
  return dbl(a, b, (x, y) => x * y, t);
}

/** Caller checks `isZero` first (Velocity returns null for a zero divisor). */
export function divide(a: JNumber, b: JNumber): JNumber {
  const t = base(a, b);
  if (t === 'bigint') return new JInt('BigInteger', toBigInt(a) / toBigInt(b));
  if (t === 'long') {
    const l1 = longValue(a);
    const l2 = longValue(b);
    return wrap(l1 === LMIN && l2 === -1n ? LMIN : l1 / l2, a, b);
  }
  if (t === 'bigdec') {
    const x = toBigDec(a);
    const y = toBigDec(b);
    // x.divide(y, ROUND_HALF_DOWN): result scale is x.scale
    const num = x.unscaled * 10n ** BigInt(Math.max(0, y.scale));
    const den = y.unscaled * 10n ** BigInt(Math.max(0, -y.scale));
    return new JBigDec(roundHalfDown(num, den), x.scale);
  }
  return dbl(a, b, (p, q) => p / q, t);
}

function roundHalfDown(num: bigint, den: bigint): bigint {
  const neg = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  let q = n / d;
  if ((n % d) * 2n > d) q += 1n;
  return neg ? -q : q;
}

export function modulo(a: JNumber, b: JNumber): JNumber {
  const t = base(a, b);
  if (t === 'bigint') {
    const m = toBigInt(b);
    if (m < 0n) throw new JavaArithmetic('BigInteger: modulus not positive');
    const r = toBigInt(a) % m;
    return new JInt('BigInteger', r < 0n ? r + m : r);
  }
  if (t === 'long') return wrap(longValue(a) % longValue(b), a, b);
  if (t === 'bigdec') throw new JavaArithmetic('Cannot calculate the modulo of BigDecimals.');
  return dbl(a, b, (x, y) => x % y, t);
}

export function compare(a: JNumber, b: JNumber): number {
  const t = base(a, b);
  const sgn = (x: bigint): number => (x < 0n ? -1 : x > 0n ? 1 : 0);
  if (t === 'bigint') return sgn(toBigInt(a) - toBigInt(b));
  if (t === 'long') return sgn(longValue(a) - longValue(b));
  if (t === 'bigdec') {
    const [x, y] = alignScale(toBigDec(a), toBigDec(b));
    return sgn(x - y);
  }
  const x = t === 'float' ? Math.fround(doubleValue(a)) : doubleValue(a);
  const y = t === 'float' ? Math.fround(doubleValue(b)) : doubleValue(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(n: JNumber): boolean {
  if (n instanceof JInt) return n.v === 0n;
  if (n instanceof JFloat) return n.v === 0;
  return n.unscaled === 0n;
}

/** Integer literal in a template: Integer, else Long, else BigInteger (`ASTIntegerLiteral`). */
export function parseIntegerLiteral(image: string): JInt {
  return integral(BigInt(image));
}

/** Floating-point literal: `new Double(image)` (`ASTFloatingPointLiteral`). */
export function parseFloatLiteral(image: string): JFloat {
  return new JFloat('Double', Number(image));
}

export { isNumber };
export type { JValue };
