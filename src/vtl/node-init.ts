/**
 * The "init" pass Velocity 1.7 runs over a freshly parsed template (`SimpleNode.init` and
 * overrides): text nodes take their token text (plus the `$`/`#` of swallowed special tokens),
 * references work out their root name and kind from the first token (`$a`, `${a}`, `$!a`, `\$a`),
 * string literals are unescaped and, when they contain `$` or `#`, parsed as templates of their
 * own, and every `#macro` in the tree is registered — so a macro can be called before (above) its
 * definition, and the first definition of a name wins (`velocimacro.permissions.allow.inline.to.
 * replace.global = false`).
 */
import type { AnyNode, BlockNode, DirectiveNode, ProcessNode, ReferenceInfo, ReferenceNode, StringLiteralNode } from './ast.js';
import { VtlError } from './errors.js';
import { Parser } from './parser.js';
import { K, type Token } from './token.js';

export interface MacroDef {
  readonly name: string;
  /** Parameter names without `$`. */
  readonly params: readonly string[];
  readonly body: BlockNode;
}

/** `NodeUtils.getSpecialText`: the `$`, `#` (and `\…$`) characters of the special tokens before `t`. */
function specialText(t: Token): string {
  let s = t.special;
  if (!s) return '';
  while (s.special) s = s.special;
  let out = '';
  for (let cur: Token | null = s; cur; cur = cur.next) {
    const st = cur.image;
    for (let i = 0; i < st.length; i++) {
      const c = st[i];
      if (c === '#' || c === '$') out += c;
      if (c === '\\') {
        let j = i;
        let term = false;
        while (j < st.length) {
          const cc = st[j++];
          if (cc === '\\') continue;
          term = cc === '$';
          break;
        }
        if (term) {
          out += st.slice(i, j);
          i = j;
        }
      }
    }
  }
  return out;
}

/** `NodeUtils.tokenLiteral`. */
export function tokenLiteral(t: Token): string {
  if (t.kind === K.MULTI_LINE_COMMENT) return '';
  if (!t.special || t.special.image.startsWith('##')) return t.image;
  return specialText(t) + t.image;
}

/** `SimpleNode.literal()`: the source text of a node's tokens. */
export function literalOf(node: { first: Token; last: Token }): string {
  let t: Token | null = node.first;
  let out = tokenLiteral(t);
  while (t && t !== node.last) {
    t = t.next;
    if (t) out += tokenLiteral(t);
  }
  return out;
}

/** `ASTReference.getRoot()` (non-strict mode). Mutates the first token's image, as Velocity does. */
function referenceInfo(node: ReferenceNode): ReferenceInfo {
  const t = node.first;
  const info: ReferenceInfo = { referenceType: 0, rootString: '', escaped: false, escPrefix: '', morePrefix: '', nullString: '', computable: true, literal: '' };
  if (t.image.includes('\\!')) {
    let i = t.image.indexOf('$');
    info.computable = false;
    if (i < 0) {
      info.nullString = info.rootString = t.image;
      return info;
    }
    while (i < t.image.length && t.image[i] !== '\\') i++;
    const start = i;
    let count = 0;
    while (i < t.image.length && t.image[i++] === '\\') count++;
    info.nullString = t.image.slice(0, start) + t.image.slice(start, start + count - 1) + t.image.slice(start + count);
    info.rootString = info.nullString;
    return info;
  }
  if (t.image.startsWith('\\')) {
    let i = 0;
    while (i < t.image.length && t.image[i] === '\\') i++;
    info.escaped = i % 2 !== 0;
    info.escPrefix = t.image.slice(0, Math.floor(i / 2));
    t.image = t.image.slice(i);
  }
  const loc = t.image.lastIndexOf('$');
  if (loc > 0) {
    info.morePrefix = t.image.slice(0, loc);
    t.image = t.image.slice(loc);
  }
  info.nullString = literalOf(node);
  const next = t.next?.image ?? '';
  if (t.image.startsWith('$!')) {
    info.referenceType = 3;
    if (!info.escaped) info.nullString = '';
    info.rootString = t.image.startsWith('$!{') ? next : t.image.slice(2);
  } else if (t.image === '${') {
    info.referenceType = 2;
    info.rootString = next;
  } else if (t.image.startsWith('$')) {
    info.referenceType = 1;
    info.rootString = t.image.slice(1);
  } else {
    info.referenceType = 4;
    info.rootString = t.image;
  }
  return info;
}

/** `ASTStringLiteral.unescape`: only `\\uXXXX` is an escape; a malformed one is an error. */
function unescapeUnicode(s: string, node: StringLiteralNode): string {
  let out = '';
  let last = 0;
  for (let u = s.indexOf('\\u'); u >= 0; u = s.indexOf('\\u', last)) {
    const hex = s.slice(u + 2, u + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new TemplateInitError('Malformed \\u escape in string literal', node.first);
    out += s.slice(last, u) + String.fromCharCode(parseInt(hex, 16));
    last = u + 6;
  }
  return out + s.slice(last);
}

/** An error found by the init pass; the caller adds the source text for line and column. */
export class TemplateInitError extends Error {
  constructor(
    message: string,
    readonly token: Token,
  ) {
    super(message);
  }
}

/** `ASTStringLiteral.init`: unescape, and parse `"…$x…"` as a template. */
function initString(node: StringLiteralNode, macros: Map<string, MacroDef>): void {
  const img = node.first.image;
  const quote = img[0];
  let value = img.slice(1, -1);
  if (quote === '"') value = unescapeUnicode(value, node);
  value = value.split(quote + quote).join(quote);
  node.value = value;
  if (quote === '"' && (img.includes('$') || img.includes('#'))) {
    const containsLineComment = value.includes('##');
    let root: ProcessNode;
    try {
      root = new Parser(containsLineComment ? value : value + ' ').parseProcess();
      initTree(root, macros);
    } catch (e) {
      if (e instanceof VtlError || e instanceof TemplateInitError) {
        throw new TemplateInitError('Failed to parse string literal: ' + (e instanceof VtlError ? e.reason : e.message), node.first);
      }
      throw e;
    }
    node.interpolated = { root, containsLineComment };
  }
}

function initDirective(node: DirectiveNode, macros: Map<string, MacroDef>): void {
  if (node.name !== 'macro' || !node.body) return;
  const [nameArg, ...params] = node.args;
  const name = nameArg.first.image;
  if (macros.has(name)) return;
  const names = params.map((p) => (p.first.image.startsWith('$') ? p.first.image.slice(1) : p.first.image));
  macros.set(name, { name, params: names, body: node.body });
}

/** Run the init pass over a parsed tree; returns the macros it defines. */
export function initTree(node: AnyNode, macros: Map<string, MacroDef>): Map<string, MacroDef> {
  switch (node.type) {
    case 'Process':
    case 'Block':
      for (const c of node.children) initTree(c, macros);
      break;
    case 'Text':
      node.text = tokenLiteral(node.first);
      break;
    case 'Comment': {
      const img = node.first.image;
      const a = img.indexOf('##');
      const b = img.indexOf('#*');
      node.text = a < 0 && b < 0 ? '' : img.slice(0, a < 0 ? b : a);
      break;
    }
    case 'Textblock':
      node.text = node.first.image.slice(3, -3);
      break;
    case 'Reference':
      for (const c of node.children) initTree(c, macros);
      node.info = referenceInfo(node);
      node.info.literal = literalOf(node);
      break;
    case 'Method':
      for (const a of node.args) initTree(a, macros);
      break;
    case 'Index':
      initTree(node.arg, macros);
      break;
    case 'Set':
      initTree(node.left, macros);
      initTree(node.right, macros);
      node.leftKey = node.left.first.image.slice(1);
      break;
    case 'If':
      for (const b of node.branches) {
        initTree(b.cond, macros);
        initTree(b.body, macros);
      }
      if (node.elseBody) initTree(node.elseBody, macros);
      break;
    case 'Directive':
      for (const a of node.args) initTree(a, macros);
      if (node.body) initTree(node.body, macros);
      initDirective(node, macros);
      break;
    case 'StringLiteral':
      initString(node, macros);
      break;
    case 'Map':
    case 'List':
      for (const i of node.items) initTree(i, macros);
      break;
    case 'Range':
      initTree(node.from, macros);
      initTree(node.to, macros);
      break;
    case 'Expression':
      initTree(node.expr, macros);
      break;
    case 'Binary':
      initTree(node.left, macros);
      initTree(node.right, macros);
      break;
    case 'Not':
      initTree(node.operand, macros);
      break;
    default:
      break;
  }
  return macros;
}

export interface ParsedTemplate {
  readonly root: ProcessNode;
  readonly macros: ReadonlyMap<string, MacroDef>;
}
