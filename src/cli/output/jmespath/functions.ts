/**
 * jmespath.py 1.0.1's built-in functions (functions.py) with their Python behaviour: argument
 * checks by Python type name (`bool` is not a number; the element check of `array-number` reports
 * the raw Python name, `received: "str"`), arity checked before types, `avg([])` null,
 * `to_number` through `int()` then `float()`, `to_string` as compact ASCII JSON, `contains` with
 * Python `in` (`0 in [False]` is true), `max_by`/`min_by` on numbers or strings, `sort_by` typed
 * by its first key, `merge` through `dict.update` (only its first argument is type checked).
 * Port of MIT-licensed code, see NOTICE.md.
 */
import { jsonDumps } from '../formatters/json-encode.js';
import { PyError } from '../py/errors.js';
import { pyFloatFromString, pyIntFromString } from '../py/number-parse.js';
import { pyCompare, pyEquals, pyLen } from '../py/ops.js';
import { isNumber, pyTypeName, type PyDict, type PyValue } from '../value.js';
import { arityError, typeError, unknownFunction } from './errors.js';
import type { Expref } from './interpreter.js';
import { pyAdd, pyCeilFloor, pyToFloat, pyUpdate } from './py-builtins.js';
import { pySorted } from '../py/sort.js';

/** Python type names -> jmespath type names (`TYPES_MAP`). */
const TYPES_MAP: Record<string, string> = {
  bool: 'boolean', list: 'array', dict: 'object', NoneType: 'null', str: 'string', float: 'number', int: 'number',
  _Expression: 'expref',
};
/** jmespath type names -> Python type names (`REVERSE_TYPES_MAP`). */
const REVERSE: Record<string, readonly string[]> = {
  boolean: ['bool'], array: ['list'], object: ['dict'], null: ['NoneType'], string: ['str'], number: ['float', 'int'],
  expref: ['_Expression'],
};
export const jmespathType = (pyName: string): string => TYPES_MAP[pyName] ?? 'unknown';

type Arg = { readonly types: readonly string[]; readonly variadic?: boolean };
type Fn = { readonly signature: readonly Arg[]; readonly call: (args: PyValue[]) => PyValue };

const any: Arg = { types: [] };
const sig = (...types: (readonly string[])[]): Arg[] => types.map((t) => ({ types: t }));
const expref = (v: PyValue): Expref => v as Expref;

function typeCheck(name: string, value: PyValue, types: readonly string[]): void {
  const allowed: string[] = [];
  const subtypes: (readonly string[])[] = [];
  for (const t of types) {
    const dash = t.indexOf('-');
    if (dash >= 0) subtypes.push(REVERSE[t.slice(dash + 1)]!);
    allowed.push(...REVERSE[dash >= 0 ? t.slice(0, dash) : t]!);
  }
  const actual = pyTypeName(value);
  if (!allowed.includes(actual)) throw typeError(name, value, jmespathType(actual), types);
  if (subtypes.length === 0 || !Array.isArray(value)) return;
  let elementTypes: readonly string[];
  if (subtypes.length === 1) elementTypes = subtypes[0]!;
  else {
    if (value.length === 0) return;
    const first = pyTypeName(value[0]!);
    const match = subtypes.find((s) => s.includes(first));
    if (!match) throw typeError(name, value[0]!, first, types);
    elementTypes = match;
  }
  for (const element of value) {
    const t = pyTypeName(element);
    if (!elementTypes.includes(t)) throw typeError(name, element, t, types);
  }
}

/** `_create_key_func`: evaluates the expref and checks the jmespath type of the key. */
function keyFunc(ref: Expref, allowed: readonly string[], name: string): (x: PyValue) => PyValue {
  return (x) => {
    const result = ref.visit(x);
    const t = jmespathType(pyTypeName(result));
    if (!allowed.includes(t)) throw typeError(name, result, t, allowed);
    return result;
  };
}

/** Python's `min`/`max` with a key: first best wins, ties keep the earlier element. */
function extremum(items: readonly PyValue[], key: (x: PyValue) => PyValue, op: '<' | '>'): PyValue {
  let best: PyValue = null;
  let bestKey: PyValue = null;
  items.forEach((item, i) => {
    const k = key(item);
    if (i === 0 || pyCompare(op, k, bestKey)) {
      best = item;
      bestKey = k;
    }
  });
  return best;
}

const FUNCTIONS: Record<string, Fn> = {
  abs: { signature: sig(['number']), call: ([x]) => (typeof x === 'bigint' ? (x < 0n ? -x : x) : Math.abs(x as number)) },
  avg: {
    signature: sig(['array-number']),
    call: ([a]) => {
      const list = a as PyValue[];
      if (list.length === 0) return null;
      const total = list.reduce<PyValue>((acc, x) => pyAdd(acc, x), 0n);
      return pyToFloat(total as bigint | number) / list.length;
    },
  },
  not_null: { signature: [{ types: [], variadic: true }], call: (args) => args.find((a) => a !== null) ?? null },
  to_array: { signature: [any], call: ([x]) => (Array.isArray(x) ? x : [x!]) },
  to_string: { signature: [any], call: ([x]) => (typeof x === 'string' ? x : jsonDumps(x!, { compact: true, ensureAscii: true })) },
  to_number: {
    signature: [any],
    call: ([x]) => {
      if (x === null || typeof x === 'boolean' || Array.isArray(x) || x instanceof Map) return null;
      if (isNumber(x)) return x;
      if (typeof x !== 'string') {
        throw new PyError('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(x!)}'`);
      }
      return pyIntFromString(x) ?? pyFloatFromString(x);
    },
  },
  contains: {
    signature: sig(['array', 'string'], []),
    call: ([subject, search]) => {
      if (Array.isArray(subject)) return subject.some((e) => e === search || pyEquals(e, search!));
      if (typeof search !== 'string') {
        throw new PyError('TypeError', `'in <string>' requires string as left operand, not ${pyTypeName(search!)}`);
      }
      return (subject as string).includes(search);
    },
  },
  length: {
    signature: sig(['string', 'array', 'object']),
    call: ([x]) => BigInt(typeof x === 'string' ? pyLen(x) : Array.isArray(x) ? x.length : (x as PyDict).size),
  },
  ends_with: { signature: sig(['string'], ['string']), call: ([s, suffix]) => (s as string).endsWith(suffix as string) },
  starts_with: { signature: sig(['string'], ['string']), call: ([s, prefix]) => (s as string).startsWith(prefix as string) },
  reverse: {
    signature: sig(['array', 'string']),
    call: ([x]) => (typeof x === 'string' ? [...x].reverse().join('') : [...(x as PyValue[])].reverse()),
  },
  ceil: { signature: sig(['number']), call: ([x]) => pyCeilFloor(x as bigint | number, Math.ceil) },
  floor: { signature: sig(['number']), call: ([x]) => pyCeilFloor(x as bigint | number, Math.floor) },
  join: { signature: sig(['string'], ['array-string']), call: ([sep, list]) => (list as string[]).join(sep as string) },
  map: {
    signature: sig(['expref'], ['array']),
    call: ([ref, list]) => (list as PyValue[]).map((element) => expref(ref!).visit(element)),
  },
  max: { signature: sig(['array-number', 'array-string']), call: ([list]) => extremum(list as PyValue[], (x) => x, '>') },
  min: { signature: sig(['array-number', 'array-string']), call: ([list]) => extremum(list as PyValue[], (x) => x, '<') },
  merge: {
    signature: [{ types: ['object'], variadic: true }],
    call: (args) => {
      const merged: PyDict = new Map();
      for (const arg of args) pyUpdate(merged, arg);
      return merged;
    },
  },
  sort: { signature: sig(['array-string', 'array-number']), call: ([list]) => pySorted(list as PyValue[], (x) => x) },
  sum: { signature: sig(['array-number']), call: ([list]) => (list as PyValue[]).reduce<PyValue>((acc, x) => pyAdd(acc, x), 0n) },
  keys: { signature: sig(['object']), call: ([d]) => [...(d as PyDict).keys()] },
  values: { signature: sig(['object']), call: ([d]) => [...(d as PyDict).values()] },
  type: {
    signature: [any],
    call: ([x]) => {
      const t = jmespathType(pyTypeName(x!));
      return t === 'unknown' || t === 'expref' ? null : t;
    },
  },
  sort_by: {
    signature: sig(['array'], ['expref']),
    call: ([a, ref]) => {
      const list = a as PyValue[];
      if (list.length === 0) return list;
      const e = expref(ref!);
      const required = jmespathType(pyTypeName(e.visit(list[0]!)));
      if (required !== 'number' && required !== 'string') throw typeError('sort_by', list[0]!, required, ['string', 'number']);
      return pySorted(list, keyFunc(e, [required], 'sort_by'));
    },
  },
  min_by: {
    signature: sig(['array'], ['expref']),
    call: ([a, ref]) => {
      const key = keyFunc(expref(ref!), ['number', 'string'], 'min_by');
      return (a as PyValue[]).length ? extremum(a as PyValue[], key, '<') : null;
    },
  },
  max_by: {
    signature: sig(['array'], ['expref']),
    call: ([a, ref]) => {
      const key = keyFunc(expref(ref!), ['number', 'string'], 'max_by');
      return (a as PyValue[]).length ? extremum(a as PyValue[], key, '>') : null;
    },
  },
};

/** `Functions.call_function`: unknown name, then arity, then the declared argument types. */
export function callFunction(name: string, args: PyValue[]): PyValue {
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name]! : undefined;
  if (!fn) throw unknownFunction(name);
  const { signature } = fn;
  const variadic = signature.length > 0 && signature[signature.length - 1]!.variadic === true;
  if (variadic ? args.length < signature.length : args.length !== signature.length) {
    throw arityError(signature.length, args.length, name, variadic);
  }
  signature.forEach((arg, i) => {
    if (arg.types.length) typeCheck(name, args[i]!, arg.types);
  });
  return fn.call(args);
}
