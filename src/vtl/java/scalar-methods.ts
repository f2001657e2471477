/**
 * Methods of Java's boxed scalars (`Integer`, `Long`, `Double`, `BigDecimal`, `Boolean`,
 * `Character`) and of `java.lang.Object`, as data.
 *
 * Templates mostly call `toString()`, `intValue()`, `doubleValue()` or compare with `equals`;
 * `$n.toString()` prints exactly what `$n` prints (`1.0E8` for a large Double). `hashCode()`
 * follows the Java definitions so it is deterministic.
 */
import { javaEquals } from './equality.js';
import { JavaException, m } from './method-def.js';
import { compare, doubleValue, intValue, longValue } from './numbers.js';
import { javaToString } from './to-string.js';
import { JBigDec, JChar, JEntry, JFloat, JInt, JList, JMap, double, int, long, type JNumber, type MethodTable, type JValue } from './values.js';

/** Java `hashCode()` for the value classes (strings, numbers, booleans, collections). */
export function javaHashCode(v: JValue): number {
  if (v === null) return 0;
  if (typeof v === 'string') {
    let h = 0;
    for (let i = 0; i < v.length; i++) h = (Math.imul(31, h) + v.charCodeAt(i)) | 0;
    return h;
  }
  if (typeof v === 'boolean') return v ? 1231 : 1237;
  if (v instanceof JInt) {
    if (v.type === 'Integer') return Number(v.v) | 0;
    const l = BigInt.asUintN(64, v.v);
    return Number(BigInt.asIntN(32, l ^ (l >> 32n)));
  }
  if (v instanceof JFloat) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, Number.isNaN(v.v) ? NaN : v.v);
    const l = view.getBigUint64(0);
    return Number(BigInt.asIntN(32, l ^ (l >> 32n)));
  }
  if (v instanceof JChar) return v.c.charCodeAt(0);
  if (v instanceof JEntry) return javaHashCode(v.key) ^ javaHashCode(v.value);
  if (v instanceof JList && (v.cls === 'KeySet' || v.cls === 'EntrySet')) return v.items.reduce<number>((h, x) => (h + javaHashCode(x)) | 0, 0);
  if (v instanceof JList) return v.items.reduce<number>((h, x) => (Math.imul(31, h) + javaHashCode(x)) | 0, 1);
  if (v instanceof JMap) return v.entries().reduce<number>((h, [k, x]) => (h + (javaHashCode(k) ^ javaHashCode(x))) | 0, 0);
  return 0;
}

/** `toString()`, `equals(Object)`, `hashCode()` — present on every receiver. */
export const objectBase: MethodTable = {
  toString: [m<JValue>([], (self) => javaToString(self))],
  equals: [m<JValue>(['Object'], (self, [o]) => javaEquals(self, o))],
  hashCode: [m<JValue>([], (self) => int(javaHashCode(self)))],
};

const num = (v: JValue): JNumber => v as JNumber;

/**
 * `Comparable.compareTo(Object)` (the bridge method Velocity can call): an argument of another
 * class throws ClassCastException, null throws NullPointerException.
 */
export function castTo(self: JValue, o: JValue, ok: (self: JValue, o: JValue) => boolean): JValue {
  if (o === null) throw new JavaException('java.lang.NullPointerException', 'compareTo(null)');
  if (!ok(self, o)) throw new JavaException('java.lang.ClassCastException', 'cannot compare different classes');
  return o;
}
/** `compareTo` only accepts the receiver's own class (Integer.compareTo(Integer)). */
const sameClass = (a: JValue, b: JValue): boolean =>
  (a instanceof JInt && b instanceof JInt && a.type === b.type) ||
  (a instanceof JFloat && b instanceof JFloat && a.type === b.type) ||
  (a instanceof JBigDec && b instanceof JBigDec);

export const numberMethods: MethodTable = {
  ...objectBase,
  intValue: [m<JNumber>([], (self) => int(intValue(self)))],
  longValue: [m<JNumber>([], (self) => long(longValue(self)))],
  doubleValue: [m<JNumber>([], (self) => double(doubleValue(self)))],
  floatValue: [m<JNumber>([], (self) => new JFloat('Float', Math.fround(doubleValue(self))))],
  shortValue: [m<JNumber>([], (self) => int(BigInt.asIntN(16, BigInt(intValue(self)))))],
  byteValue: [m<JNumber>([], (self) => int(BigInt.asIntN(8, BigInt(intValue(self)))))],
  compareTo: [m<JNumber>(['Object'], (self, [o]) => int(compare(self, num(castTo(self, o, sameClass)))))],
  isNaN: [m<JNumber>([], (self) => (self instanceof JFloat ? Number.isNaN(self.v) : null))],
  isInfinite: [m<JNumber>([], (self) => (self instanceof JFloat ? Math.abs(self.v) === Infinity : null))],
};

export const booleanMethods: MethodTable = {
  ...objectBase,
  booleanValue: [m<boolean>([], (self) => self)],
  compareTo: [m<boolean>(['Object'], (self, [o]) => int(Number(self) - Number(castTo(self, o, (a, b) => typeof b === typeof a))))],
};

export const charMethods: MethodTable = {
  ...objectBase,
  charValue: [m<JChar>([], (self) => self)],
  compareTo: [m<JChar>(['Object'], (self, [o]) => int(self.c.charCodeAt(0) - (castTo(self, o, (_a, b) => b instanceof JChar) as JChar).c.charCodeAt(0)))],
};
