/**
 * Velocity 1.7's directives as API Gateway templates use them: `#foreach`, macros (`#macro` and
 * calls), `#define`, `#break`, `#stop`, `#literal`.
 *
 * `#foreach` iterates lists, arrays and a Map's values; it sets `$velocityCount` (1-based),
 * `$velocityHasNext` and the `$foreach` scope (`index`, `count`, `hasNext`, `first`, `last`,
 * `parent`), and restores the loop variable afterwards. A call of an undefined macro prints its
 * own source text. `#include`, `#parse` and `#evaluate` are rejected: API Gateway has no template
 * resources and community reports show these directives failing (spec §9.5).
 */
import type { DirectiveNode, ExprNode } from './ast.js';
import { MacroContext, NullHolderContext, StopCommand, type VContext } from './context.js';
import { iterate } from './java/introspect.js';
import { JBlockRef, JScope, int } from './java/values.js';
import type { Renderer } from './interpreter.js';
import { literalOf } from './node-init.js';

export function renderDirective(r: Renderer, node: DirectiveNode, ctx: VContext): void {
  switch (node.name) {
    case 'foreach':
      return foreach(r, node, ctx);
    case 'macro':
      return;
    case 'define':
      return define(r, node, ctx);
    case 'break':
      return breakDirective(r, node, ctx);
    case 'stop':
      if (node.args.length > 1) throw r.fail('The #stop directive only accepts a single message parameter', node);
      throw StopCommand.all();
    case 'literal':
      if (!node.body) throw r.fail('#literal requires a block', node);
      r.write(node.body.children.length > 0 ? literalOf(node.body) : '', node);
      return;
    case 'include':
    case 'parse':
    case 'evaluate':
      throw r.fail(`#${node.name} is not supported in API Gateway mapping templates`, node);
    default:
      return macroCall(r, node, ctx);
  }
}

function foreach(r: Renderer, node: DirectiveNode, ctx: VContext): void {
  if (!node.body || node.args.length < 3) throw r.fail('#foreach needs ($var in <list>)', node);
  const loopVar = node.args[0];
  const key = loopVar.type === 'Reference' && loopVar.info ? loopVar.info.rootString : loopVar.first.image.slice(1);
  const list = r.value(node.args[2], ctx);
  if (list === null) return;
  const it = iterate(list);
  if (!it) return;
  const saved = { el: ctx.get(key), count: ctx.get('velocityCount'), hasNext: ctx.get('velocityHasNext') };
  const previous = ctx.get('foreach');
  const scope = previous instanceof JScope ? new JScope(node, previous, null) : new JScope(node, null, previous);
  ctx.put('foreach', scope);
  let nullCtx: VContext | null = null;
  let counter = 1;
  try {
    while (it.hasNext()) {
      if (++r.iterations > r.limitsInUse.maxLoopIterations) {
        throw r.fail(`#foreach iterations exceed the limit of ${String(r.limitsInUse.maxLoopIterations)}`, node, 'limit');
      }
      ctx.put('velocityCount', int(counter));
      const value = it.next();
      ctx.put('velocityHasNext', it.hasNext());
      ctx.put(key, value);
      scope.index++;
      scope.hasNext = it.hasNext();
      try {
        if (value === null) {
          nullCtx ??= new NullHolderContext(key, ctx);
          r.render(node.body, nullCtx);
        } else r.render(node.body, ctx);
      } catch (e) {
        if (e instanceof StopCommand && e.isFor(node)) break;
        throw e;
      }
      counter++;
    }
  } finally {
    restore(ctx, key, saved.el);
    restore(ctx, 'velocityCount', saved.count);
    restore(ctx, 'velocityHasNext', saved.hasNext);
    const current = ctx.get('foreach');
    if (current instanceof JScope) {
      if (current.parent) ctx.put('foreach', current.parent);
      else if (replacedOf(current) !== null) ctx.put('foreach', replacedOf(current));
      else ctx.remove('foreach');
    }
  }
}

function replacedOf(s: JScope): ReturnType<VContext['get']> {
  return s.replaced === null && s.parent ? replacedOf(s.parent) : s.replaced;
}

function restore(ctx: VContext, key: string, value: ReturnType<VContext['get']>): void {
  if (value !== null) ctx.put(key, value);
  else ctx.remove(key);
}

function breakDirective(r: Renderer, node: DirectiveNode, ctx: VContext): void {
  if (node.args.length > 1) throw r.fail('The #break directive only accepts a single scope object', node);
  if (node.args.length === 0) throw StopCommand.nearest();
  const scope = r.value(node.args[0], ctx);
  if (scope instanceof JScope) throw StopCommand.of(scope.owner);
  throw r.fail(`${literalOf(node.args[0])} is not a valid Scope instance`, node);
}

/** `#define($name)…#end`: `$name` renders the block each time it is printed. */
function define(r: Renderer, node: DirectiveNode, ctx: VContext): void {
  if (!node.body || node.args.length !== 1) throw r.fail('parameter missing: block name', node);
  const body = node.body;
  const key = node.args[0].first.image.slice(1);
  const renderInto = (target: VContext): boolean => {
    ref.depth++;
    try {
      if (ref.depth > 2) return false;
      try {
        r.render(body, target);
      } catch (e) {
        if (!(e instanceof StopCommand && e.isFor(node))) throw e;
      }
      return true;
    } finally {
      ref.depth--;
    }
  };
  const ref: JBlockRef = new JBlockRef(
    () => {
      let ok = true;
      const text = r.capture(() => {
        ok = renderInto(ctx);
      });
      return ok ? text : null;
    },
    (target) => renderInto(target as VContext),
  );
  ctx.put(key, ref);
}

/** `RuntimeMacro` + `VelocimacroProxy`: call a macro, or print the call's source if undefined. */
function macroCall(r: Renderer, node: DirectiveNode, ctx: VContext): void {
  const name = node.name.startsWith('@') ? node.name.slice(1) : node.name;
  const def = r.macros.get(name);
  if (!def) {
    let text = '';
    for (let t: DirectiveNode['first'] | null = node.first; t; t = t.next) {
      text += t.image;
      if (t === node.last) break;
    }
    r.write(text, node);
    return;
  }
  const word = node.args.find((a) => a.type === 'Word');
  if (word) throw r.fail(`Invalid arg '${word.first.image}' in macro #${name}`, node);
  if (r.macroDepth >= r.limitsInUse.maxMacroDepth) {
    throw r.fail(`Max calling depth of ${String(r.limitsInUse.maxMacroDepth)} was exceeded in macro '${name}'`, node, 'limit');
  }
  if (++r.macroCalls > r.limitsInUse.maxMacroCalls) throw r.fail(`Macro calls exceed the limit of ${String(r.limitsInUse.maxMacroCalls)}`, node, 'limit');
  const proxy = new MacroContext(
    ctx,
    (n: ExprNode, c: VContext) => r.value(n, c),
    (n, c) => r.execute(n, c),
  );
  def.params.forEach((p, i) => {
    if (i < node.args.length) proxy.bind(p, node.args[i]);
  });
  if (node.name.startsWith('@') && node.body) {
    const body = node.body;
    proxy.bindValue(
      'bodyContent',
      new JBlockRef(
        () => r.capture(() => r.render(body, ctx)),
        (c) => {
          r.render(body, c as VContext);
          return true;
        },
      ),
    );
  }
  r.macroDepth++;
  try {
    r.render(def.body, proxy);
  } catch (e) {
    if (!(e instanceof StopCommand && e.isFor(node))) throw e;
  } finally {
    r.macroDepth--;
  }
}
