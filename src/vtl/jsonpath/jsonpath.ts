/**
 * JSONPath in the Jayway dialect (Jayway JsonPath 2.x, which API Gateway's documentation links
 * for `$input.path` and `$input.json`).
 *
 * Grammar: `$` then segments — `.name`, `['name']`, `["a","b"]`, `[0]`, `[-1]`, `[0,2]`,
 * `[1:3]`, `[*]`, `.*`, `..name`, `..*`, `..[0]`, `[?(<filter>)]`. A *definite* path (names
 * and single indexes) yields one value and fails (`JsonPathError`, Jayway's
 * PathNotFoundException) when nothing is found; other paths yield a `JSONArray` of all matches.
 * Jayway 2.0 quirks reproduced (observed with the reference model): `['a','b']` yields a Map of
 * those properties, a negative single index fails, a property step on a non-object fails when
 * the path before it was definite, and a double-quoted string in a filter never matches.
 * Filters: `@.a`, `$.a`, literals (numbers, 'strings', true, false, null), `==`, `!=`, `<`,
 * `<=`, `>`, `>=`, `=~ /re/i`, `&&`, `||`, parentheses, and bare `@.a` for existence.
 */
import { javaEquals } from '../java/equality.js';
import { compare } from '../java/numbers.js';
import { JList, JMap, isNumber, type JValue } from '../java/values.js';
import { jsonNumber } from './json-reader.js';

export class JsonPathError extends Error {}

type Seg =
  | { k: 'name'; names: string[]; deep: boolean }
  | { k: 'wild'; deep: boolean }
  | { k: 'index'; idx: number[]; deep: boolean }
  | { k: 'slice'; from: number | null; to: number | null; deep: boolean }
  | { k: 'filter'; f: Filter; deep: boolean };

/** `never`: a double-quoted literal, which Jayway 2.0 filters never match (observed). */
type Operand = { path: { root: '@' | '$'; segs: Seg[] } } | { lit: JValue } | { re: RegExp } | { never: true };
type Cmp = '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~';
type Filter = { op: '&&'; l: Filter; r: Filter } | { op: '||'; l: Filter; r: Filter } | { op: 'cmp'; l: Operand; cmp: Cmp | null; r: Operand | null };

class PathParser {
  p = 0;
  constructor(readonly s: string) {}
  fail(msg: string): never {
    throw new JsonPathError(`${msg} at ${String(this.p)} in path ${this.s}`);
  }
  ws(): void {
    while (this.s[this.p] === ' ') this.p++;
  }
  segments(stop: (c: string) => boolean): Seg[] {
    const segs: Seg[] = [];
    while (this.p < this.s.length && !stop(this.s[this.p])) {
      const c = this.s[this.p];
      let deep = false;
      if (c === '.') {
        this.p++;
        if (this.s[this.p] === '.') {
          deep = true;
          this.p++;
        }
        if (this.s[this.p] === '[') {
          segs.push(this.bracket(deep));
          continue;
        }
        if (this.s[this.p] === '*') {
          this.p++;
          segs.push({ k: 'wild', deep });
          continue;
        }
        const m = /^[^.[\]()\s=!<>&|,]+/.exec(this.s.slice(this.p));
        if (!m) this.fail('Expected a property name');
        this.p += m[0].length;
        segs.push({ k: 'name', names: [m[0]], deep });
      } else if (c === '[') segs.push(this.bracket(false));
      else this.fail('Unexpected character');
    }
    return segs;
  }
  private quotedString(): string {
    const q = this.s[this.p++];
    let out = '';
    while (this.p < this.s.length && this.s[this.p] !== q) {
      if (this.s[this.p] === '\\') this.p++;
      out += this.s[this.p++];
    }
    if (this.s[this.p] !== q) this.fail('Unterminated string');
    this.p++;
    return out;
  }
  private bracket(deep: boolean): Seg {
    this.p++;
    this.ws();
    let seg: Seg;
    const c = this.s[this.p];
    if (c === '*') {
      this.p++;
      seg = { k: 'wild', deep };
    } else if (c === "'" || c === '"') {
      const names = [this.quotedString()];
      for (this.ws(); this.s[this.p] === ','; this.ws()) {
        this.p++;
        this.ws();
        names.push(this.quotedString());
      }
      seg = { k: 'name', names, deep };
    } else if (c === '?') {
      this.p++;
      if (this.s[this.p] !== '(') this.fail("Expected '('");
      this.p++;
      const f = this.filter();
      this.ws();
      if (this.s[this.p] !== ')') this.fail("Expected ')'");
      this.p++;
      seg = { k: 'filter', f, deep };
    } else {
      const m = /^\s*(-?\d*)\s*(?::\s*(-?\d*)\s*)?((?:,\s*-?\d+\s*)*)/.exec(this.s.slice(this.p));
      if (!m || m[0].trim() === '') this.fail('Bad array index');
      this.p += m[0].length;
      if (m[2] !== undefined) seg = { k: 'slice', from: m[1] === '' ? null : Number(m[1]), to: m[2] === '' ? null : Number(m[2]), deep };
      else seg = { k: 'index', idx: [Number(m[1]), ...m[3].split(',').filter((x) => x.trim() !== '').map(Number)], deep };
    }
    this.ws();
    if (this.s[this.p] !== ']') this.fail("Expected ']'");
    this.p++;
    return seg;
  }
  private filter(): Filter {
    let l = this.conj();
    for (this.ws(); this.s.startsWith('||', this.p); this.ws()) {
      this.p += 2;
      l = { op: '||', l, r: this.conj() };
    }
    return l;
  }
  private conj(): Filter {
    let l = this.atom();
    for (this.ws(); this.s.startsWith('&&', this.p); this.ws()) {
      this.p += 2;
      l = { op: '&&', l, r: this.atom() };
    }
    return l;
  }
  private atom(): Filter {
    this.ws();
    if (this.s[this.p] === '(') {
      this.p++;
      const f = this.filter();
      this.ws();
      if (this.s[this.p] !== ')') this.fail("Expected ')'");
      this.p++;
      return f;
    }
    const l = this.operand();
    this.ws();
    const m = /^(==|!=|<=|>=|=~|<|>)/.exec(this.s.slice(this.p));
    if (!m) return { op: 'cmp', l, cmp: null, r: null };
    this.p += m[0].length;
    this.ws();
    return { op: 'cmp', l, cmp: m[0] as Cmp, r: this.operand() };
  }
  private operand(): Operand {
    const c = this.s[this.p];
    if (c === '@' || c === '$') {
      this.p++;
      return { path: { root: c, segs: this.segments((x) => /[\s)=!<>&|]/.test(x)) } };
    }
    if (c === "'") return { lit: this.quotedString() };
    if (c === '"') {
      this.quotedString();
      return { never: true };
    }
    if (c === '/') {
      const m = /^\/((?:\\.|[^/])*)\/([a-z]*)/.exec(this.s.slice(this.p));
      if (!m) this.fail('Bad regex');
      this.p += m[0].length;
      return { re: new RegExp(m[1], m[2].replace(/[^im]/g, '')) };
    }
    const m = /^(true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.s.slice(this.p));
    if (!m) this.fail('Bad filter operand');
    this.p += m[0].length;
    return { lit: m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : jsonNumber(m[0]) };
  }
}

const MISSING = Symbol('missing');
type Found = JValue | typeof MISSING;

function children(v: JValue): JValue[] {
  return v instanceof JMap ? v.values() : v instanceof JList ? v.items : [];
}

/**
 * Where Jayway throws PathNotFoundException: a step on the wrong kind of node, or a missing
 * non-leaf property, when everything before the step was definite.
 */
interface StepMode {
  readonly upstreamDefinite: boolean;
  readonly leaf: boolean;
}

function step(seg: Seg, node: JValue, root: JValue, out: JValue[], mode: StepMode): void {
  const wrongType = (what: string): void => {
    if (mode.upstreamDefinite) throw new JsonPathError(`Expected to find ${what}`);
  };
  if (seg.k === 'name') {
    if (!(node instanceof JMap)) return wrongType('an object');
    if (seg.names.length > 1) {
      const picked = new JMap();
      for (const n of seg.names) if (node.has(n)) picked.put(n, node.get(n));
      out.push(picked);
      return;
    }
    if (node.has(seg.names[0])) out.push(node.get(seg.names[0]));
  } else if (seg.k === 'wild') out.push(...children(node));
  else if (seg.k === 'index') {
    if (!(node instanceof JList)) return wrongType('an array');
    for (const i of seg.idx) {
      if (i < 0) throw new JsonPathError('Negative array index');
      if (i < node.items.length) out.push(node.items[i]);
    }
  } else if (seg.k === 'slice') {
    if (!(node instanceof JList)) return;
    const n = node.items.length;
    const norm = (x: number | null, d: number): number => (x === null ? d : x < 0 ? Math.max(0, n + x) : Math.min(n, x));
    out.push(...node.items.slice(norm(seg.from, 0), norm(seg.to, n)));
  } else {
    const items = node instanceof JList ? node.items : node instanceof JMap ? [node] : [];
    for (const item of items) if (matches(seg.f, item, root)) out.push(item);
  }
}

/** Jayway's scan (`..`): apply the step where its predicate holds, then descend into maps and arrays. */
function deepScan(seg: Seg, node: JValue, root: JValue, out: JValue[]): void {
  const applies =
    seg.k === 'name' ? node instanceof JMap && seg.names.some((n) => node.has(n)) : seg.k === 'wild' ? node instanceof JMap || node instanceof JList : node instanceof JList;
  if (applies) step(seg, node, root, out, { upstreamDefinite: false, leaf: false });
  for (const c of children(node)) if (c instanceof JMap || c instanceof JList) deepScan(seg, c, root, out);
}

const isDefinite = (g: Seg): boolean => !g.deep && (g.k === 'name' || (g.k === 'index' && g.idx.length === 1));

function run(segs: Seg[], root: JValue, start: JValue): JValue[] {
  let nodes: JValue[] = [start];
  let upstreamDefinite = true;
  for (const [n, seg] of segs.entries()) {
    const next: JValue[] = [];
    for (const node of nodes) {
      if (seg.deep) deepScan(seg, node, root, next);
      else step(seg, node, root, next, { upstreamDefinite, leaf: n === segs.length - 1 });
    }
    nodes = next;
    upstreamDefinite &&= isDefinite(seg);
  }
  return nodes;
}

function operandValue(o: Operand, item: JValue, root: JValue): Found {
  if ('lit' in o) return o.lit;
  if ('re' in o || 'never' in o) return MISSING;
  const start = o.path.root === '@' ? item : root;
  try {
    const r = run(o.path.segs, root, start);
    return r.length === 1 ? r[0] : MISSING;
  } catch {
    return MISSING;
  }
}

function matches(f: Filter, item: JValue, root: JValue): boolean {
  if (f.op === '&&') return matches(f.l, item, root) && matches(f.r, item, root);
  if (f.op === '||') return matches(f.l, item, root) || matches(f.r, item, root);
  const l = operandValue(f.l, item, root);
  if (f.cmp === null || f.r === null) return l !== MISSING;
  if (f.cmp === '=~') return 're' in f.r && typeof l === 'string' && f.r.re.test(l);
  const r = operandValue(f.r, item, root);
  if (l === MISSING || r === MISSING) return f.cmp === '!=';
  if (isNumber(l) && isNumber(r)) {
    const c = compare(l, r);
    return { '==': c === 0, '!=': c !== 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[f.cmp] ?? false;
  }
  if (typeof l === 'string' && typeof r === 'string') {
    return { '==': l === r, '!=': l !== r, '<': l < r, '<=': l <= r, '>': l > r, '>=': l >= r }[f.cmp] ?? false;
  }
  if (f.cmp === '==') return javaEquals(l, r);
  if (f.cmp === '!=') return !javaEquals(l, r);
  return false;
}

export interface CompiledPath {
  readonly definite: boolean;
  read(doc: JValue): JValue;
}

/** Compile a Jayway path; throws `JsonPathError` on bad syntax. */
export function compilePath(path: string): CompiledPath {
  const s = path.trim();
  if (!s.startsWith('$')) throw new JsonPathError(`Path must start with '$': ${path}`);
  const parser = new PathParser(s);
  parser.p = 1;
  const segs = parser.segments(() => false);
  const definite = segs.every(isDefinite);
  return {
    definite,
    read(doc: JValue): JValue {
      const found = run(segs, doc, doc);
      if (definite) {
        if (found.length !== 1) throw new JsonPathError(`No results for path: ${path}`);
        return found[0];
      }
      return new JList('JSONArray', found);
    },
  };
}
