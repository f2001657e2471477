/**
 * Java `equals` and Velocity 1.7's `==` / `!=` (`ASTEQNode`, `ASTNENode`).
 *
 * Velocity compares two numbers numerically (`1 == 1.0` is true); two objects of the same class
 * (or where one class extends the other) with `equals`; anything else by comparing `toString()`
 * results — so `'1' == 1` is true, `true == 'true'` is true, and an empty JSON array `[]` is not
 * equal to `''`. With API Gateway's null handling a missing reference is the empty string, which
 * is why `$missing == ''` is true and `$missing != ''` is false (AWS-recorded).
 */
import { compare } from './numbers.js';
import { javaToString } from './to-string.js';
import { JBigDec, JChar, JEntry, JFloat, JInt, JList, JMap, JScope, className, isNumber, type JValue } from './values.js';

const LISTS = new Set(['ArrayList', 'JSONArray']);
const SETS = new Set(['KeySet', 'EntrySet']);

/** `Objects.equals(a, b)` for the Java classes in `values.ts`. */
export function javaEquals(a: JValue, b: JValue): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (typeof a === 'string' || typeof b === 'string' || typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  if (a instanceof JInt) return b instanceof JInt && a.type === b.type && a.v === b.v;
  if (a instanceof JFloat) return b instanceof JFloat && a.type === b.type && Object.is(a.v, b.v);
  if (a instanceof JBigDec) return b instanceof JBigDec && a.scale === b.scale && a.unscaled === b.unscaled;
  if (a instanceof JChar) return b instanceof JChar && a.c === b.c;
  if (a instanceof JEntry) return b instanceof JEntry && javaEquals(a.key, b.key) && javaEquals(a.value, b.value);
  if (a instanceof JList && b instanceof JList) {
    if (LISTS.has(a.cls) && LISTS.has(b.cls)) return a.items.length === b.items.length && a.items.every((x, i) => javaEquals(x, b.items[i]));
    if (SETS.has(a.cls) && SETS.has(b.cls)) return a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => javaEquals(x, y)));
    return false;
  }
  const am = a instanceof JScope ? a.storage : a;
  const bm = b instanceof JScope ? b.storage : b;
  if (am instanceof JMap && bm instanceof JMap) {
    return am.size === bm.size && am.entries().every(([k, v]) => bm.has(k) && javaEquals(v, bm.get(k)));
  }
  return false;
}

/** `left.getClass().isAssignableFrom(right.getClass())` in either direction. */
function related(a: JValue, b: JValue): boolean {
  const ca = className(a);
  const cb = className(b);
  return ca === cb || (ca === 'ArrayList' && cb === 'JSONArray') || (ca === 'JSONArray' && cb === 'ArrayList');
}

/** Velocity's `==`. */
export function velocityEquals(left: JValue, right: JValue): boolean {
  if (isNumber(left) && isNumber(right)) return compare(left, right) === 0;
  if (left !== null && right !== null && related(left, right)) return javaEquals(left, right);
  const l = left === null ? null : javaToString(left);
  const r = right === null ? null : javaToString(right);
  if (l === null && r === null) return true;
  if (l === null || r === null) return false;
  return l === r;
}

/** Velocity's `!=` (not simply the negation: two nulls are "equal", one null is "not equal"). */
export function velocityNotEquals(left: JValue, right: JValue): boolean {
  if (isNumber(left) && isNumber(right)) return compare(left, right) !== 0;
  if (left !== null && right !== null && related(left, right)) return !javaEquals(left, right);
  const l = left === null ? null : javaToString(left);
  const r = right === null ? null : javaToString(right);
  if (l === null && r === null) return false;
  if (l === null || r === null) return true;
  return l !== r;
}

/** `<`, `<=`, `>`, `>=`: numbers only; anything else (or null) is false. */
export function velocityCompare(left: JValue, right: JValue, op: 'lt' | 'le' | 'gt' | 'ge'): boolean {
  if (!isNumber(left) || !isNumber(right)) return false;
  const c = compare(left, right);
  return op === 'lt' ? c === -1 : op === 'le' ? c <= 0 : op === 'gt' ? c === 1 : c >= 0;
}
