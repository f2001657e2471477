/**
 * Velocity's variable contexts and flow control, as Velocity 1.7 implements them.
 *
 * - The template context is one flat map: `#set` inside a loop or macro is global (macros run
 *   with `velocimacro.context.localscope = false`).
 * - A macro call wraps it in a proxy: arguments that are references, strings, lists, maps or
 *   ranges are passed *by name* and re-evaluated at each use; literals are evaluated once.
 * - A `#foreach` over a null element hides the loop variable instead of setting it.
 * - `#break`, `#stop` and macro returns unwind with a `StopCommand`, which the nearest (or the
 *   named) loop, macro, `#define` block or the template catches.
 */
import type { ExprNode, ReferenceNode } from './ast.js';
import type { JValue } from './java/values.js';

export interface VContext {
  get(key: string): JValue;
  put(key: string, value: JValue): void;
  remove(key: string): void;
  /** The macro argument node bound to `.literal.$name` (for printing an unresolvable argument). */
  literalArg(key: string): ExprNode | null;
}

export class RootContext implements VContext {
  private readonly vars = new Map<string, JValue>();

  constructor(initial: Iterable<[string, JValue]> = []) {
    for (const [k, v] of initial) this.vars.set(k, v);
  }
  get(key: string): JValue {
    return this.vars.get(key) ?? null;
  }
  put(key: string, value: JValue): void {
    this.vars.set(key, value);
  }
  remove(key: string): void {
    this.vars.delete(key);
  }
  literalArg(): ExprNode | null {
    return null;
  }
}

/** How a macro-argument node is evaluated again in the caller's context. */
export type ArgEvaluator = (node: ExprNode, ctx: VContext) => JValue;

/** `ProxyVMContext`: a macro call's view of the caller's context. */
export class MacroContext implements VContext {
  private readonly local = new Map<string, JValue>();
  private readonly byName = new Map<string, ExprNode>();

  constructor(
    readonly inner: VContext,
    private readonly evalArg: ArgEvaluator,
    private readonly evalRef: (node: ReferenceNode, ctx: VContext) => JValue,
  ) {}

  /** Bind a parameter: constants by value, the rest by name. */
  bind(name: string, node: ExprNode): void {
    const byName = ['StringLiteral', 'Map', 'List', 'Range', 'Reference'].includes(node.type);
    if (byName) this.byName.set(name, node);
    else this.local.set(name, this.evalArg(node, this.inner));
  }

  /** Bind a value directly (the body of a `#@macro` call, as `$bodyContent`). */
  bindValue(name: string, value: JValue): void {
    this.local.set(name, value);
  }

  get(key: string): JValue {
    const own = this.local.get(key);
    if (own !== undefined && own !== null) return own;
    const node = this.byName.get(key);
    if (!node) return this.inner.get(key);
    if (node.type === 'Reference') {
      if (node.children.length > 0) return this.evalRef(node, this.inner);
      return this.inner.get(node.info?.rootString ?? '');
    }
    return this.evalArg(node, this.inner);
  }
  put(key: string, value: JValue): void {
    this.local.set(key, value);
    this.inner.put(key, value);
  }
  remove(key: string): void {
    this.local.delete(key);
    this.byName.delete(key);
    this.inner.remove(key);
  }
  literalArg(key: string): ExprNode | null {
    if (key.startsWith('.literal.$')) {
      const node = this.byName.get(key.slice('.literal.$'.length));
      if (node) return node;
    }
    return this.inner.literalArg(key);
  }
}

/** `Foreach.NullHolderContext`: while iterating a null element the loop variable reads as null. */
export class NullHolderContext implements VContext {
  private active = true;
  constructor(
    private readonly key: string,
    private readonly inner: VContext,
  ) {}
  get(key: string): JValue {
    return this.active && key === this.key ? null : this.inner.get(key);
  }
  put(key: string, value: JValue): void {
    if (key === this.key && value === null) this.active = true;
    this.inner.put(key, value);
  }
  remove(key: string): void {
    if (key === this.key) this.active = false;
    this.inner.remove(key);
  }
  literalArg(key: string): ExprNode | null {
    return this.inner.literalArg(key);
  }
}

/** Velocity's `StopCommand`. */
export class StopCommand {
  private constructor(
    private readonly nearest: boolean,
    private stopMe: object | null,
    readonly message: string,
  ) {}
  /** `#break`: stops the nearest loop, macro, block or template. */
  static nearest(): StopCommand {
    return new StopCommand(true, null, 'break');
  }
  /** `#break($foreach)`: stops the loop that owns that scope. */
  static of(owner: object): StopCommand {
    return new StopCommand(false, owner, 'break');
  }
  /** `#stop`: stops the whole template. */
  static all(message = 'StopCommand to exit merging'): StopCommand {
    return new StopCommand(false, null, message);
  }
  isFor(that: object, isTemplate = false): boolean {
    if (this.nearest) {
      this.stopMe = that;
      return true;
    }
    if (this.stopMe !== null) return this.stopMe === that;
    return isTemplate;
  }
}
