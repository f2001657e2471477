/**
 * Expression evaluation with Velocity 1.7's node semantics (`ASTReference`, `ASTMathNode`,
 * `ASTEQNode`, `ASTIntegerRange`, …) and API Gateway's null handling.
 *
 * API Gateway renders every undefined reference, and every property or method that yields null,
 * as the empty string — in output *and* in comparisons (`$missing == ''` is true). The reference
 * model reproduces this with an `InvalidReferenceEventHandler` returning "", so this evaluator
 * does the same at exactly the points where Velocity consults that handler (`awsNulls`; with it
 * off, behaviour is stock Velocity 1.7). Two truthiness rules follow from Velocity itself:
 * `#if($ref)` is false only for null and `false`, and a literal (`#if('x')`, `#if(1)`) is never
 * true.
 */
import type { ExprNode, ReferenceNode } from './ast.js';
import { StopCommand, type VContext } from './context.js';
import { VtlError } from './errors.js';
import { velocityCompare, velocityEquals, velocityNotEquals } from './java/equality.js';
import { getIndex, getProperty, setIndex, setProperty } from './java/introspect.js';
import { JavaException } from './java/method-def.js';
import { callMethod } from './java/methods.js';
import { JavaArithmetic, add, divide, intValue, isZero, modulo, multiply, parseFloatLiteral, parseIntegerLiteral, subtract } from './java/numbers.js';
import { JavaRegexError } from './java/regex.js';
import { javaToString } from './java/to-string.js';
import { JList, JMap, int, isNumber, type JValue } from './java/values.js';
import type { VtlLimits } from './limits.js';

export abstract class Evaluator {
  protected constructor(
    protected readonly source: string,
    protected readonly limits: VtlLimits,
    protected readonly awsNulls: boolean,
    /** Treat a reference that resolved to null as false in conditions, despite `awsNulls`. */
    protected readonly nullIsFalseInConditions = false,
  ) {}

  /** Whether the last completed `execute` fell back to the null handler. */
  private lastWasInvalid = false;

  /** Render a parsed sub-template (interpolated string) to text. */
  protected abstract renderToString(node: ExprNode & { type: 'StringLiteral' }, ctx: VContext): string;

  protected error(message: string, at: { first: { begin: number } }, kind: 'runtime' | 'limit' = 'runtime'): VtlError {
    return new VtlError(kind, message, this.source, at.first.begin);
  }

  /** What Velocity's InvalidReferenceEventHandler supplies for a null reference value. */
  private invalid(): JValue {
    this.lastWasInvalid = true;
    return this.awsNulls ? '' : null;
  }

  protected checkString(s: string, at: { first: { begin: number } }): string {
    if (s.length > this.limits.maxOutputSize) throw this.error(`String longer than the limit of ${String(this.limits.maxOutputSize)} characters`, at, 'limit');
    return s;
  }

  /** `Node.value()`. */
  value(node: ExprNode, ctx: VContext): JValue {
    switch (node.type) {
      case 'Reference':
        return node.info?.computable === false ? null : this.execute(node, ctx);
      case 'StringLiteral':
        return node.interpolated ? this.checkString(this.renderToString(node, ctx), node) : node.value;
      case 'IntegerLiteral':
        return parseIntegerLiteral(node.image);
      case 'FloatLiteral':
        return parseFloatLiteral(node.image);
      case 'True':
        return true;
      case 'False':
        return false;
      case 'Word':
        return null;
      case 'Map': {
        const map = new JMap();
        for (let i = 0; i < node.items.length; i += 2) map.put(this.value(node.items[i], ctx), this.value(node.items[i + 1], ctx));
        return map;
      }
      case 'List':
        return new JList('ArrayList', node.items.map((i) => this.value(i, ctx)));
      case 'Range':
        return this.range(node, ctx);
      case 'Expression':
        return this.value(node.expr, ctx);
      case 'Not':
        return !this.evaluate(node.operand, ctx);
      case 'Binary':
        return this.binary(node, ctx);
      default: {
        const never: never = node;
        return never;
      }
    }
  }

  /** `Node.evaluate()`: truthiness in `#if`, `&&`, `||`, `!`. */
  evaluate(node: ExprNode, ctx: VContext): boolean {
    switch (node.type) {
      case 'Reference': {
        const v = this.execute(node, ctx);
        if (v === null || (this.nullIsFalseInConditions && this.lastWasInvalid)) return false;
        if (typeof v === 'boolean') return v;
        return javaToString(v) !== null;
      }
      case 'Expression':
        return this.evaluate(node.expr, ctx);
      case 'True':
        return true;
      case 'Not':
        return !this.evaluate(node.operand, ctx);
      case 'Binary':
        if (node.op === 'and') return this.evaluate(node.left, ctx) && this.evaluate(node.right, ctx);
        if (node.op === 'or') return this.evaluate(node.left, ctx) || this.evaluate(node.right, ctx);
        if (['eq', 'ne', 'lt', 'gt', 'le', 'ge'].includes(node.op)) return this.binary(node, ctx) === true;
        return false;
      default:
        return false;
    }
  }

  private binary(node: ExprNode & { type: 'Binary' }, ctx: VContext): JValue {
    const { op } = node;
    if (op === 'and' || op === 'or') return this.evaluate(node, ctx);
    const left = this.value(node.left, ctx);
    const right = this.value(node.right, ctx);
    if (op === 'eq') return velocityEquals(left, right);
    if (op === 'ne') return velocityNotEquals(left, right);
    if (op === 'lt' || op === 'gt' || op === 'le' || op === 'ge') return velocityCompare(left, right, op);
    if (op === 'add' && (typeof left === 'string' || typeof right === 'string')) {
      const l = left === null ? literalText(node.left) : javaToString(left);
      const r = right === null ? literalText(node.right) : javaToString(right);
      return this.checkString((l ?? 'null') + (r ?? 'null'), node);
    }
    if (!isNumber(left) || !isNumber(right)) return null;
    try {
      switch (op) {
        case 'add':
          return add(left, right);
        case 'sub':
          return subtract(left, right);
        case 'mul':
          return multiply(left, right);
        case 'div':
          return isZero(right) ? null : divide(left, right);
        case 'mod':
          return isZero(right) ? null : modulo(left, right);
        default: {
          const never: never = op;
          return never;
        }
      }
    } catch (e) {
      if (e instanceof JavaArithmetic) throw this.error(e.message, node);
      throw e;
    }
  }

  /** `ASTIntegerRange.value`: an ArrayList of Integers, ascending or descending; null on bad ends. */
  private range(node: ExprNode & { type: 'Range' }, ctx: VContext): JValue {
    const from = this.value(node.from, ctx);
    const to = this.value(node.to, ctx);
    if (!isNumber(from) || !isNumber(to)) return null;
    const l = intValue(from);
    const r = intValue(to);
    const size = Math.abs(l - r) + 1;
    if (size > this.limits.maxRangeSize) throw this.error(`Range of ${String(size)} elements exceeds the limit of ${String(this.limits.maxRangeSize)}`, node, 'limit');
    const step = l >= r ? -1 : 1;
    const items: JValue[] = [];
    for (let i = 0, v = l; i < size; i++, v += step) items.push(int(v));
    return new JList('ArrayList', items);
  }

  /** `ASTReference.execute`: resolve `$root.a.b()[i]…`. */
  execute(node: ReferenceNode, ctx: VContext): JValue {
    const info = node.info;
    if (!info || info.referenceType === 4) return null;
    let result = ctx.get(info.rootString);
    if (result === null) return this.invalid();
    for (const child of node.children) {
      result = this.step(child, result, ctx);
      if (result === null) return this.invalid();
    }
    this.lastWasInvalid = false;
    return result;
  }

  private step(child: ReferenceNode['children'][number], recv: JValue, ctx: VContext): JValue {
    try {
      if (child.type === 'Identifier') return getProperty(recv, child.name);
      if (child.type === 'Index') return getIndex(recv, this.value(child.arg, ctx));
      const args = child.args.map((a) => this.value(a, ctx));
      const out = callMethod(recv, child.name, args);
      return typeof out === 'string' ? this.checkString(out, child) : out;
    } catch (e) {
      if (e instanceof JavaException || e instanceof JavaRegexError || e instanceof JavaArithmetic) {
        throw this.error(`Invocation of '${child.type === 'Method' ? child.name : child.type}' threw ${e.message}`, child);
      }
      if (e instanceof VtlError || e instanceof StopCommand) throw e;
      if (e instanceof Error && !(e instanceof RangeError)) throw this.error(e.message, child);
      throw e;
    }
  }

  /** `ASTReference.setValue` for `#set($a.b.c = v)` / `#set($a[i] = v)`; false when not settable. */
  setValue(node: ReferenceNode, ctx: VContext, value: JValue): boolean {
    const info = node.info;
    if (!info) return false;
    if (node.children.length === 0) {
      ctx.put(info.rootString, value);
      return true;
    }
    let result = ctx.get(info.rootString);
    if (result === null) return false;
    for (const child of node.children.slice(0, -1)) {
      result = this.step(child, result, ctx);
      if (result === null) return false;
    }
    const last = node.children[node.children.length - 1];
    try {
      if (last.type === 'Index') return setIndex(result, this.value(last.arg, ctx), value);
      return setProperty(result, last.name, value);
    } catch (e) {
      if (e instanceof JavaException) throw this.error(e.message, last);
      throw e;
    }
  }
}

/** `SimpleNode.literal()` of an expression, used when `+` concatenates a null operand. */
function literalText(node: ExprNode): string {
  let t: ExprNode['first'] | null = node.first;
  let out = t.image;
  while (t && t !== node.last) {
    t = t.next;
    if (t) out += t.image;
  }
  return out;
}
