/**
 * Rendering a parsed template: Velocity 1.7's `render` for each statement node, with API
 * Gateway's null handling (see `evaluate.ts`) and the limits of `limits.ts`.
 *
 * Output rules worth knowing: a reference prints its value's Java `toString` (escaped `\$a`
 * prints `$a`); a null value prints the reference's own source text in stock Velocity and
 * nothing on API Gateway; `#set` with a null right-hand side leaves the variable unchanged;
 * `#if` tries its branches in order. Directives (`#foreach`, macros, `#define`, `#break`,
 * `#stop`) are in `directives.ts`.
 */
import type { BlockNode, DirectiveNode, ExprNode, ProcessNode, ReferenceNode, SetNode, StatementNode } from './ast.js';
import { RootContext, StopCommand, type VContext } from './context.js';
import { renderDirective } from './directives.js';
import { VtlError } from './errors.js';
import { Evaluator } from './evaluate.js';
import { javaToString } from './java/to-string.js';
import { JBlockRef, type JValue } from './java/values.js';
import { DEFAULT_LIMITS, type VtlLimits } from './limits.js';
import type { MacroDef, ParsedTemplate } from './node-init.js';

export interface RenderOptions {
  readonly limits?: VtlLimits;
  /** API Gateway's handling of undefined/null references (default true). */
  readonly awsNulls?: boolean;
  /** `#if($ref)` is false when `$ref` is undefined or null, even with `awsNulls` (default false). */
  readonly nullIsFalseInConditions?: boolean;
}

/** Accumulates output, enforcing the output-size limit. */
class Writer {
  private readonly parts: string[] = [];
  private size = 0;
  constructor(private readonly max: number) {}
  write(s: string): boolean {
    if (s.length === 0) return true;
    this.size += s.length;
    if (this.size > this.max) return false;
    this.parts.push(s);
    return true;
  }
  toString(): string {
    return this.parts.join('');
  }
}

export class Renderer extends Evaluator {
  private out: Writer;
  /** Loop iterations and macro calls so far (limits). */
  iterations = 0;
  macroCalls = 0;
  macroDepth = 0;
  readonly macros: ReadonlyMap<string, MacroDef>;
  private readonly root: ProcessNode;

  constructor(parsed: ParsedTemplate, options: RenderOptions = {}) {
    super(parsed.root.source, options.limits ?? DEFAULT_LIMITS, options.awsNulls ?? true, options.nullIsFalseInConditions ?? false);
    this.root = parsed.root;
    this.macros = parsed.macros;
    this.out = new Writer(this.limits.maxOutputSize);
  }

  get limitsInUse(): VtlLimits {
    return this.limits;
  }

  /** Render the whole template in `ctx`. A `#stop` or stray `#break` ends it early. */
  renderTemplate(ctx: VContext): string {
    try {
      this.renderAll(this.root.children, ctx);
    } catch (e) {
      if (!(e instanceof StopCommand && e.isFor(this.root, true))) throw this.wrap(e);
    }
    return this.out.toString();
  }

  private wrap(e: unknown): unknown {
    if (e instanceof StopCommand) return new VtlError('runtime', 'Unhandled #break', this.source, 0);
    if (e instanceof RangeError) return new VtlError('limit', 'Template recursion too deep', this.source, 0);
    return e;
  }

  write(s: string, at: { first: { begin: number } }): void {
    if (!this.out.write(s)) throw this.error(`Output exceeds the limit of ${String(this.limits.maxOutputSize)} characters`, at, 'limit');
  }

  renderAll(nodes: readonly StatementNode[], ctx: VContext): void {
    for (const n of nodes) this.render(n, ctx);
  }

  /** Render into a fresh buffer and return the text. */
  capture(fn: () => void): string {
    const saved = this.out;
    this.out = new Writer(this.limits.maxOutputSize);
    try {
      fn();
      return this.out.toString();
    } finally {
      this.out = saved;
    }
  }

  render(node: StatementNode | BlockNode, ctx: VContext): void {
    switch (node.type) {
      case 'Block':
        this.renderAll(node.children, ctx);
        return;
      case 'Text':
      case 'Comment':
      case 'Textblock':
      case 'Escape':
      case 'EscapedDirective':
        this.write(node.text, node);
        return;
      case 'Reference':
        this.renderReference(node, ctx);
        return;
      case 'If': {
        for (const b of node.branches) {
          if (this.evaluate(b.cond, ctx)) {
            this.render(b.body, ctx);
            return;
          }
        }
        if (node.elseBody) this.render(node.elseBody, ctx);
        return;
      }
      case 'Set':
        this.renderSet(node, ctx);
        return;
      case 'Directive':
        renderDirective(this, node, ctx);
        return;
      default: {
        const never: never = node;
        return never;
      }
    }
  }

  /** `ASTSetDirective.render`. */
  private renderSet(node: SetNode, ctx: VContext): void {
    const value = this.value(node.right, ctx);
    if (value === null) return;
    if (node.left.children.length === 0) ctx.put(node.leftKey, value);
    else this.setValue(node.left, ctx, value);
  }

  /** The text Velocity prints for a reference whose value cannot be printed. */
  private nullString(node: ReferenceNode, ctx: VContext): string {
    const info = node.info;
    if (!info) return '';
    const arg = ctx.literalArg('.literal.' + info.nullString);
    return arg ? literalOfExpr(arg) : info.nullString;
  }

  /** `ASTReference.render`. */
  renderReference(node: ReferenceNode, ctx: VContext): void {
    const info = node.info;
    if (!info) return;
    if (info.referenceType === 4) {
      this.write(info.rootString, node);
      return;
    }
    const value = this.execute(node, ctx);
    if (info.escaped) {
      this.write(info.escPrefix + (value === null ? '\\' : '') + this.nullString(node, ctx), node);
      return;
    }
    if (value !== null) {
      if (value instanceof JBlockRef && value.renderInto(ctx)) return;
      const s = javaToString(value);
      if (s !== null) {
        this.write(info.escPrefix + info.morePrefix + s, node);
        return;
      }
    }
    this.write(info.escPrefix + info.escPrefix + info.morePrefix + this.nullString(node, ctx), node);
  }

  protected renderToString(node: ExprNode & { type: 'StringLiteral' }, ctx: VContext): string {
    const interp = node.interpolated;
    if (!interp) return node.value;
    const text = this.capture(() => this.renderAll(interp.root.children, ctx));
    return !interp.containsLineComment && text.length > 0 ? text.slice(0, -1) : text;
  }

  /** Create the context for a render: the given variables as the template's context. */
  static context(vars: Iterable<[string, JValue]>): VContext {
    return new RootContext(vars);
  }

  /** A directive's position, for errors raised in `directives.ts`. */
  fail(message: string, node: DirectiveNode, kind: 'runtime' | 'limit' = 'runtime'): VtlError {
    return this.error(message, node, kind);
  }
}

/** Source text of an expression node (macro argument printed for a null parameter). */
function literalOfExpr(node: ExprNode): string {
  let t: ExprNode['first'] | null = node.first;
  let out = t.image;
  while (t && t !== node.last) {
    t = t.next;
    if (t) out += t.image;
  }
  return out;
}
