/**
 * The second pass over a shorthand parse (`awscli/shorthand.py` `BackCompatVisitor`): walk the
 * value along the argument's shape and convert by type. A scalar given where a list is modelled
 * becomes a one-element list (`foo=bar` for a list of strings); integers go through Python's
 * `int()`, floats through `float()`; booleans become true/false only for `true`/`false` (any
 * case) and are left as strings otherwise, for parameter validation to report. Structures visit
 * only their modelled members: unknown keys stay for validation to reject.
 */
import type { Shape } from '../model.js';
import { PyException } from '../errors.js';
import { pyFloatFromString, pyIntFromString } from '../output/py/number-parse.js';
import { strRepr } from '../output/py/repr.js';
import { pyTypeShort, type Param } from '../values.js';

/** Python's `int(value)` for a shorthand value. */
export function pyInt(value: Param): bigint {
  if (typeof value === 'string') {
    const v = pyIntFromString(value);
    if (v === null) throw new PyException('ValueError', `invalid literal for int() with base 10: ${strRepr(value)}`);
    return v;
  }
  if (typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number' && Number.isFinite(value)) return BigInt(Math.trunc(value));
  throw new PyException('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${pyTypeShort(value)}'`);
}

/** Python's `float(value)`. */
export function pyFloat(value: Param): number {
  if (typeof value === 'string') {
    const v = pyFloatFromString(value);
    if (v === null) throw new PyException('ValueError', `could not convert string to float: ${strRepr(value)}`);
    return v;
  }
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new PyException('TypeError', `float() argument must be a string or a real number, not '${pyTypeShort(value)}'`);
}

type Parent = { get(): Param | undefined; set(v: Param): void };

/** Coerces `value` in place (the top level itself is never replaced, as in the reference). */
export function coerceByShape(value: Param, shape: Shape): Param {
  visit({ get: () => value, set: () => {} }, shape, value);
  return value;
}

function visit(slot: Parent, shape: Shape, value: Param | undefined): void {
  switch (shape.typeName) {
    case 'structure':
      if (!(value instanceof Map)) return;
      for (const [name, member] of shape.members) {
        visit({ get: () => value.get(name), set: (v) => value.set(name, v) }, member, value.get(name));
      }
      return;
    case 'list':
      if (!Array.isArray(value)) {
        if (value !== undefined && value !== null) slot.set([value]);
        return;
      }
      value.forEach((el, i) => visit({ get: () => value[i], set: (v) => (value[i] = v) }, shape.member, el));
      return;
    case 'map':
      if (!(value instanceof Map)) return;
      for (const [k, v] of value) visit({ get: () => value.get(k), set: (x) => value.set(k, x) }, shape.value, v);
      return;
    default:
      visitScalar(slot, shape, value);
  }
}

function visitScalar(slot: Parent, shape: Shape, value: Param | undefined): void {
  if (value === undefined || value === null) return;
  switch (shape.typeName) {
    case 'integer':
    case 'long':
      slot.set(pyInt(value));
      return;
    case 'double':
    case 'float':
      slot.set(pyFloat(value));
      return;
    case 'boolean': {
      if (typeof value !== 'string') {
        throw new PyException('AttributeError', `'${pyTypeShort(value)}' object has no attribute 'lower'`);
      }
      const lower = value.toLowerCase();
      if (lower === 'true') slot.set(true);
      else if (lower === 'false') slot.set(false);
      return;
    }
    default:
      return;
  }
}
