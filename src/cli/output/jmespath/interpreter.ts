/**
 * jmespath.py 1.0.1's TreeInterpreter (visitor.py): evaluates a parsed `--query` against the
 * response, with Python's semantics. Fields are looked up only in dicts (never in lists, strings
 * or inherited properties: `obj.constructor` is null), projections drop nulls, a slice with step 0
 * raises `slice step cannot be zero`, `==` is Python's `==` except that 0/1 never equal
 * false/true, ordering works on numbers and strings only (null otherwise) and raises Python's
 * TypeError between a string and a number, and literals are returned as the very object the
 * parser built (so a literal projected twice is one object: an anchor in YAML).
 * Port of MIT-licensed code, see NOTICE.md.
 */
import { PyError } from '../py/errors.js';
import { pyCompare, pyEquals, pySlice, type OrderOp } from '../py/ops.js';
import { isNumber, PyExpref, pyTruthy, type PyDict, type PyValue } from '../value.js';
import type { Comparator, Node } from './ast.js';
import { callFunction } from './functions.js';

/** What `&expr` evaluates to (`_Expression`): the node and the interpreter to run it with. */
export class Expref extends PyExpref {
  constructor(
    readonly node: Node,
    readonly interpreter: Interpreter,
  ) {
    super();
  }
  /** `_Expression.visit` is one more Python frame on the way back into the interpreter. */
  visit(value: PyValue): PyValue {
    return this.interpreter.nested(1, () => this.interpreter.visit(this.node, value));
  }
}

/**
 * Python's recursion limit during evaluation. Measured on the reference: 981 frames are left when
 * the search starts (`not_null(` ×489 evaluates, and `!` ×485 fails because `isinstance(x, Number)`
 * in `_is_actual_number` walks the numbers ABCs about eleven frames deeper). Each visit costs two
 * frames (`visit` and `visit_<type>`), a function call two more, an `&expr` call one.
 */
export const EVAL_FRAMES = 981;
const NUMBER_CHECK_FRAMES = 12;

/** `_is_special_number_case`: 0 and 1 (int or float) never equal a bool, in either order. */
function specialNumberCase(x: PyValue, y: PyValue): boolean {
  if (isNumber(x) && (pyEquals(x, 0n) || pyEquals(x, 1n))) return typeof y === 'boolean';
  if (isNumber(y) && (pyEquals(y, 0n) || pyEquals(y, 1n))) return typeof x === 'boolean';
  return false;
}

const equals = (x: PyValue, y: PyValue): boolean => !specialNumberCase(x, y) && pyEquals(x, y);
const ORDER: Record<Exclude<Comparator, 'eq' | 'ne'>, OrderOp> = { lt: '<', gt: '>', lte: '<=', gte: '>=' };
const comparable = (x: PyValue): boolean => isNumber(x) || typeof x === 'string';

/** `_is_false`: '', [], {}, None and False (but not 0). */
export function isFalse(v: PyValue): boolean {
  return v === '' || v === null || v === false || (Array.isArray(v) && v.length === 0) || (v instanceof Map && v.size === 0);
}

export class Interpreter {
  private frames = 0;

  /** Run `body` `cost` Python frames deeper; past the limit, Python's RecursionError. */
  nested<T>(cost: number, body: () => T): T {
    this.frames += cost;
    try {
      if (this.frames > EVAL_FRAMES) throw new PyError('RecursionError', 'maximum recursion depth exceeded');
      return body();
    } finally {
      this.frames -= cost;
    }
  }

  visit(node: Node, value: PyValue): PyValue {
    return this.nested(2, () => this.visitNode(node, value));
  }

  private visitNode(node: Node, value: PyValue): PyValue {
    switch (node.type) {
      case 'subexpression':
      case 'index_expression': {
        let result = value;
        for (const child of node.children) result = this.visit(child, result);
        return result;
      }
      case 'pipe':
        return this.visit(node.children[1], this.visit(node.children[0], value));
      case 'field':
        return value instanceof Map ? (value.has(node.value) ? value.get(node.value)! : null) : null;
      case 'comparator': {
        const left = this.visit(node.children[0], value);
        const right = this.visit(node.children[1], value);
        if (node.value === 'eq') return equals(left, right);
        if (node.value === 'ne') return !equals(left, right);
        if (!(comparable(left) && comparable(right))) return null;
        return pyCompare(ORDER[node.value], left, right);
      }
      case 'current':
      case 'identity':
        return value;
      case 'expref':
        return new Expref(node.children[0], this);
      case 'function_expression': {
        const args = node.children.map((child) => this.visit(child, value));
        return this.nested(2, () => callFunction(node.value, args));
      }
      case 'filter_projection': {
        const base = this.visit(node.children[0], value);
        if (!Array.isArray(base)) return null;
        const collected: PyValue[] = [];
        for (const element of base) {
          if (!isFalse(this.visit(node.children[2], element))) {
            const current = this.visit(node.children[1], element);
            if (current !== null) collected.push(current);
          }
        }
        return collected;
      }
      case 'flatten': {
        const base = this.visit(node.children[0], value);
        if (!Array.isArray(base)) return null;
        const merged: PyValue[] = [];
        for (const element of base) {
          if (Array.isArray(element)) merged.push(...element);
          else merged.push(element);
        }
        return merged;
      }
      case 'index': {
        if (!Array.isArray(value)) return null;
        const i = node.value < 0n ? node.value + BigInt(value.length) : node.value;
        return i < 0n || i >= BigInt(value.length) ? null : value[Number(i)]!;
      }
      case 'slice': {
        if (!Array.isArray(value)) return null;
        const [start, stop, step] = node.children;
        if (step === 0n) throw new PyError('ValueError', 'slice step cannot be zero');
        return pySlice(value, start, stop, step ?? 1n);
      }
      case 'key_val_pair':
        return this.visit(node.children[0], value);
      case 'literal':
        return node.value;
      case 'multi_select_dict': {
        if (value === null) return null;
        const collected: PyDict = new Map();
        for (const child of node.children) collected.set(child.value, this.visit(child, value));
        return collected;
      }
      case 'multi_select_list':
        if (value === null) return null;
        return node.children.map((child) => this.visit(child, value));
      case 'or_expression': {
        const matched = this.visit(node.children[0], value);
        return isFalse(matched) ? this.visit(node.children[1], value) : matched;
      }
      case 'and_expression': {
        const matched = this.visit(node.children[0], value);
        return isFalse(matched) ? matched : this.visit(node.children[1], value);
      }
      case 'not_expression': {
        const original = this.visit(node.children[0], value);
        this.nested(NUMBER_CHECK_FRAMES, () => undefined);
        if (isNumber(original) && pyEquals(original, 0n)) return false;
        return !pyTruthy(original);
      }
      case 'projection': {
        const base = this.visit(node.children[0], value);
        if (!Array.isArray(base)) return null;
        return this.project(node.children[1], base);
      }
      case 'value_projection': {
        const base = this.visit(node.children[0], value);
        if (!(base instanceof Map)) return null;
        return this.project(node.children[1], [...base.values()]);
      }
    }
  }

  private project(right: Node, base: readonly PyValue[]): PyValue[] {
    const collected: PyValue[] = [];
    for (const element of base) {
      const current = this.visit(right, element);
      if (current !== null) collected.push(current);
    }
    return collected;
  }
}
