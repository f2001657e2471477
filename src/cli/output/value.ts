/**
 * The lossless value model every formatter and `--query` works on. The AWS CLI (Python) keeps what
 * `JSON.parse` loses, and prints it: `1.0` stays a float (`1.0` in every format), integers are
 * exact at any size (`12345678901234567890`), objects keep their key order (the service model's
 * member order for structures, the wire order for maps and documents; `__proto__` and `"10"` are
 * ordinary keys), and a value reached twice through `--query` is the same object (YAML prints an
 * anchor and an alias for it).
 *
 * Representation, one JavaScript type per Python type:
 *   None -> null, bool -> boolean, int -> bigint, float -> number, str -> string,
 *   list -> PyList (an array; identity is the array's), dict -> PyDict (a Map, insertion ordered),
 *   jmespath's `_Expression` (what `&expr` evaluates to) -> PyExpref.
 */

export type PyList = PyValue[];
export type PyDict = Map<string, PyValue>;
export type PyValue = null | boolean | bigint | number | string | PyList | PyDict | PyExpref;

/**
 * An opaque non-JSON object: jmespath's `_Expression` (what `&foo` evaluates to). Python prints it
 * as `<jmespath.visitor._Expression object at 0x7f...>`; the address is the only part we cannot
 * reproduce.
 */
export abstract class PyExpref {
  readonly pyTypeName = '_Expression';
  toString(): string {
    return '<jmespath.visitor._Expression object at 0x7f5c3a2b1d90>';
  }
}

export const isList = (v: PyValue): v is PyList => Array.isArray(v);
export const isDict = (v: PyValue): v is PyDict => v instanceof Map;
export const isInt = (v: PyValue): v is bigint => typeof v === 'bigint';
export const isFloat = (v: PyValue): v is number => typeof v === 'number';
/** int or float, never bool (jmespath's `_is_actual_number`). */
export const isNumber = (v: PyValue): v is bigint | number => typeof v === 'bigint' || typeof v === 'number';
export const isStr = (v: PyValue): v is string => typeof v === 'string';
export const isExpref = (v: PyValue): v is PyExpref => v instanceof PyExpref;
/** Not a list and not a dict (awscli's notion of a scalar: None, bool, numbers, str, other objects). */
export const isScalar = (v: PyValue): boolean => !Array.isArray(v) && !(v instanceof Map);

/** `type(v).__name__` in the reference. */
export function pyTypeName(v: PyValue): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'str';
    default:
      if (Array.isArray(v)) return 'list';
      if (v instanceof Map) return 'dict';
      return v.pyTypeName;
  }
}

/** Python truthiness (`bool(v)`): None, False, 0, 0.0, '', [] and {} are false. */
export function pyTruthy(v: PyValue): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    default:
      if (Array.isArray(v)) return v.length > 0;
      if (v instanceof Map) return v.size > 0;
      return true;
  }
}

/** Build a dict from entries (insertion order kept; a repeated key keeps its first place, last value). */
export function pyDict(entries: Iterable<readonly [string, PyValue]> = []): PyDict {
  const m: PyDict = new Map();
  for (const [k, v] of entries) m.set(k, v);
  return m;
}

/** A Python int from a JavaScript number (must be an integer) or bigint. */
export function pyInt(n: number | bigint): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}

/**
 * Convert plain JavaScript data (for instance a response already decoded by an SDK) into the model.
 * Integral numbers become ints (a double member that happens to be whole loses its `.0`), so
 * prefer `parseJson` on the wire text, which needs no guessing.
 */
export function fromJs(value: unknown): PyValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
    case 'bigint':
      return value;
    case 'number':
      return Number.isInteger(value) && !Object.is(value, -0) ? BigInt(value) : value;
    default:
      if (Array.isArray(value)) return value.map(fromJs);
      if (value instanceof Map) return pyDict([...value].map(([k, v]) => [String(k), fromJs(v)] as const));
      if (value instanceof Date) return value.toISOString();
      if (value instanceof PyExpref) return value;
      return pyDict(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromJs(v)] as const));
  }
}

/** The reverse, for tests and debugging: ints become numbers when safe, else bigints. */
export function toJs(value: PyValue): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (Array.isArray(value)) return value.map(toJs);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, toJs(v)]));
  return value;
}
