/**
 * Deterministic random generator of API Gateway mapping templates for the differential test
 * against the Velocity 1.7 reference model (`shared/tools/vtl-reference/`). It mixes references,
 * directives, Java methods, arithmetic, `$input`/`$util`/`$context` calls, comments, escapes and
 * awkward whitespace, so that lexing, parsing, Java semantics and null handling are all exercised.
 *
 * It deliberately avoids what cannot be compared: printing Java arrays or host objects (their
 * `toString` is an identity hash), `#include`/`#parse`/`#evaluate` (rejected on API Gateway),
 * and header names that differ only in case (see `input.ts`).
 */

export interface GeneratedCase {
  readonly id: string;
  readonly template: string;
  readonly input: { readonly body: string; readonly params: { path: Record<string, string>; querystring: Record<string, string>; header: Record<string, string> } };
  readonly stageVariables?: Record<string, string>;
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BODIES = [
  '{"a": 1, "b": "two", "c": [1, 2, 3], "d": {"e": "f", "g": [true, null, "x"]}, "n": 1.50, "m": 1e3}',
  '{"records": [{"id": 1, "name": "x"}, {"id": 2, "name": "y", "tags": ["p", "q"]}], "total": 2}',
  '{"s": "Hello, World", "t": "  padded  ", "u": "http://a/b?c=d&e=f", "v": "é€😀", "w": "it\'s \\"quoted\\""}',
  '[{"id": 1, "price": 9.99}, {"id": 2, "price": 0.5}, {"id": 3, "price": 100}]',
  '{"big": 12345678901234567890, "long": 2147483648, "neg": -7, "zero": 0, "f": 0.1, "e": 2.5E-3}',
  '{"nested": {"deep": {"deeper": {"k": "v"}}}, "list": [[1, 2], [3]], "empty": {}, "none": []}',
  'some raw data',
  '',
  '"just a string"',
  '{"x-y": "hy", "a b": "space", "k": null, "flag": false}',
];

type Params = GeneratedCase['input']['params'];
const PARAMS: Params[] = [
  { path: { id: '42', name: 'bob' }, querystring: { q: 'a b', page: '2' }, header: { 'Content-Type': 'application/json', 'X-Amz-Target': 'T' } },
  { path: {}, querystring: { x: 'it\'s', y: 'é/~*' }, header: { Accept: '*/*' } },
  { path: { p: 'P' }, querystring: {}, header: {} },
];

const IDENTS = ['a', 'b', 'x', 'list', 'map', 's', 'n', 'x-y', 'foo_bar', 'undefinedVar', 'i', 'v'];
const METHODS_STR = ['length()', 'toUpperCase()', 'toLowerCase()', 'trim()', 'isEmpty()', "contains('l')", "indexOf('o')", "startsWith('H')", "endsWith('d')",
  'substring(1)', "replace('l', 'L')", "replaceAll('[aeiou]', '_')", "replaceFirst('(l+)', '<$1>')", "split(',').size()", "equals('x')", "equalsIgnoreCase('HELLO, WORLD')",
  "matches('.*o.*')", 'charAt(0)', "concat('!')", "lastIndexOf('l')", "compareTo('m')", 'toString()'];
const METHODS_COLL = ['size()', 'isEmpty()', "get(0)", "get('a')", 'keySet()', 'values()', 'entrySet()', "containsKey('a')", "contains(1)", "put('z', 26)", "add('w')", 'remove(0)', 'toString()', 'clear()'];

export class TemplateGenerator {
  private readonly r: () => number;
  private macroCount = 0;
  constructor(seed: number, private readonly caseId: string) {
    this.r = prng(seed);
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  private chance(p: number): boolean {
    return this.r() < p;
  }
  private int(max: number): number {
    return Math.floor(this.r() * max);
  }

  ws(): string {
    return this.pick(['', '', '', ' ', '  ', '\n', ' \n', '\n  ', '\t', '\r\n', ' \t\n', '\n\n']);
  }

  text(): string {
    if (this.chance(0.05)) return this.pick(['#', '$', '\\', '#{else}', '$!', '${']);
    return this.pick(['hello', ' ', '\n', '{"k": ', '}', ', ', 'é', '😀', '(', ')', '[1]', 'a.b', '50%', 'x=1&y=2', ' - ', '"', "'", '\\n', '$5', '#1', '\\\\', '$.', '\r\n']);
  }

  literal(depth: number): string {
    switch (this.int(depth > 1 ? 7 : 10)) {
      case 0:
        return String(this.int(20) - 5);
      case 1:
        return this.pick(['1.5', '0.25', '2.0', '-3.5', '1e2', '10.75']);
      case 2:
        return this.pick(["'single $x'", "'it''s'", '"double"', '"interp $a-$b ${a}x"', '"with \\"q\\""', '""', "''", '"#if(true)y#end"', '"\\u00e9"']);
      case 3:
        return this.pick(['true', 'false']);
      case 4:
        return '[' + Array.from({ length: this.int(4) }, () => this.param(depth + 1)).join(', ') + ']';
      case 5:
        return '{' + Array.from({ length: this.int(3) }, () => `${this.pick(["'k'", '"a"', "'b'", '1'])}: ${this.param(depth + 1)}`).join(', ') + '}';
      case 6:
        return `[${this.pick(['0', '1', '3', '-2', '$n'])}..${this.pick(['0', '2', '4', '$n'])}]`;
      default:
        return this.ref(depth + 1);
    }
  }

  /** A method/list/map parameter: literals and references only (no operators in Velocity 1.7). */
  param(depth: number): string {
    return this.chance(0.15) ? ' ' + this.literal(depth) + ' ' : this.literal(depth);
  }

  ref(depth = 0): string {
    const roll = this.int(14);
    if (roll < 3) return ['$', '$!', '$'][roll] + this.refBody(depth, roll === 2);
    if (roll === 3) return `$input.path('${this.path()}')${this.chance(0.4) ? '.' + this.pick([...METHODS_STR, ...METHODS_COLL]) : ''}`;
    if (roll === 4) return `$input.json('${this.path()}')`;
    if (roll === 5) return `$input.params(${this.pick(["'id'", "'q'", "'x'", "'Accept'", "'nope'", '"p"'])})`;
    if (roll === 6) return this.pick(['$input.params()', '$input.params().path', '$input.params().header.get("Accept")', '$input.body', '$input.body.length()']);
    if (roll === 7) return `$util.${this.pick(['escapeJavaScript', 'urlEncode', 'urlDecode', 'base64Encode', 'base64Decode', 'parseJson'])}(${this.utilArg()})`;
    if (roll === 8) return this.pick(['$context.stage', '$context.identity.sourceIp', '$context.requestOverride.header', '$context.httpMethod', '$context.identity.user', '$context.requestTimeEpoch', '${context.apiId}', '$context.keySet()', '$context["stage"]']);
    if (roll === 9) return this.pick(['$stageVariables.v1', "$stageVariables['v2']", '$stageVariables.missing', '${stageVariables.v1}']);
    if (roll === 10) return this.pick(['$foreach.index', '$foreach.count', '$foreach.hasNext', '$velocityCount', '$foreach.first', '$foreach.last']);
    if (roll === 11) return '\\' + this.pick(['$a', '$undefinedVar', '$!a', '${a}']);
    return '$' + this.refBody(depth, false);
  }

  private refBody(depth: number, formal: boolean): string {
    let s = this.pick(IDENTS);
    const n = depth > 2 ? 0 : this.int(3);
    for (let i = 0; i < n; i++) {
      const k = this.int(4);
      if (k === 0) s += '.' + this.pick(['b', 'k', 'size', 'empty', 'a', 'key', 'value']);
      else if (k === 1) s += '.' + this.pick([...METHODS_STR, ...METHODS_COLL]);
      else if (k === 2) s += `[${this.pick(['0', '1', '-1', "'a'", '"k"', '$n'])}]`;
      else s += `.get(${this.pick(['0', "'a'", '$i'])})`;
    }
    return formal ? '{' + s + '}' : s;
  }

  private utilArg(): string {
    return this.pick(["'a b+c/é'", '"eyJhIjoxfQ=="', "'%41%2B'", "'{\"k\": [1, 2]}'", '$input.body', "$input.path('$.s')", '$undefinedVar', '1', "'it''s'", '"bad%"', "'!!'"]);
  }

  path(): string {
    return this.pick(['$', '$.a', '$.b', '$.c', '$.c[0]', '$.c[-1]', '$.d', '$.d.e', '$.d.g', '$.records', '$.records[1].name', '$.records[*].id', '$..name', '$.s', '$.n', '$.m', '$.missing', '$[0]', '$[0].price', '$.big', '$.f', '$.e', '$.nested.deep', "$['x-y']", '$.list[0]', '$.empty', '$.none', '$.k', '$.records[?(@.id > 1)]', '$.c.length()']);
  }

  expr(depth = 0): string {
    if (depth > 2 || this.chance(0.5)) return this.literal(depth + 1);
    const op = this.pick(['+', '-', '*', '/', '%', '==', '!=', '<', '>=', '&&', '||', 'eq', 'ne', 'gt', 'and', 'or']);
    const e = `${this.literal(depth + 1)} ${op} ${this.literal(depth + 1)}`;
    return this.chance(0.2) ? `(${e})` : this.chance(0.1) ? `!${this.literal(depth + 1)}` : e;
  }

  statement(depth: number): string {
    const k = this.int(depth > 2 ? 5 : 11);
    switch (k) {
      case 0:
      case 1:
        return this.text();
      case 2:
      case 3:
        return this.ref();
      case 4:
        return `${this.ws()}#set(${this.pick(['$', '$'])}${this.pick(IDENTS)}${this.chance(0.2) ? this.pick(['.k', "['k']", '[0]']) : ''} = ${this.expr()})${this.ws()}`;
      case 5:
        return `#if(${this.expr()})${this.block(depth)}${this.chance(0.3) ? `#elseif(${this.expr()})${this.block(depth)}` : ''}${this.chance(0.5) ? `#else${this.ws()}${this.block(depth)}` : ''}#end${this.ws()}`;
      case 6:
        return `#foreach(${this.ws()}$${this.pick(['i', 'v', 'x'])} in ${this.pick(['[1..3]', '$list', '$map', '[3, "a", true]', "$input.path('$.c')", "$input.path('$.records')", "$input.path('$')", '$undefinedVar', "{'a': 1, 'b': 2}", '$s'])})${this.block(depth)}${this.chance(0.2) ? '#break' : ''}#end${this.ws()}`;
      case 7:
        return this.macro(depth);
      case 8:
        return this.pick(['## comment\n', '#* block *#', '#** doc *#', '#[[ raw $x #if ]]#', '\\#if(true)', '\\\\#end', '## x', '#{if}(true)y#{end}', '#stop', '\\$a']);
      case 9:
        return `#define($${this.pick(['blk', 'a'])})${this.block(depth)}#end`;
      default:
        return this.ws() + this.text();
    }
  }

  private macro(depth: number): string {
    const name = `m${this.caseId.replace(/[^a-zA-Z0-9]/g, '')}x${String(this.macroCount++)}`;
    const params = Array.from({ length: this.int(3) }, (_, i) => `$p${String(i)}`);
    const body = this.block(depth) + params.join('|');
    const args = Array.from({ length: this.int(4) }, () => this.pick(['1', "'s'", '$a', '$undefinedVar', '[1, 2]', '$list.size()', '"i$a"']));
    const def = `#macro(${name}${params.map((p) => ' ' + p).join('')})${body}#end${this.ws()}`;
    const call = `#${name}(${args.join(' ')})`;
    return this.chance(0.5) ? def + call : call + def;
  }

  block(depth: number): string {
    return Array.from({ length: 1 + this.int(3) }, () => this.statement(depth + 1)).join('');
  }

  template(): string {
    const prelude = this.chance(0.8)
      ? "#set($a = 'A')#set($b = 'B')#set($n = 2)#set($i = 0)#set($list = [1, 'two', 3.5])#set($map = {'a': 1, 'k': 'v'})#set($s = 'Hello, World')"
      : '';
    return prelude + Array.from({ length: 1 + this.int(6) }, () => this.statement(0)).join('');
  }

  generate(): GeneratedCase {
    const params = this.pick(PARAMS);
    return {
      id: this.caseId,
      template: this.template(),
      input: { body: this.pick(BODIES), params },
      ...(this.chance(0.7) ? { stageVariables: { v1: 'one', v2: 'two/2' } } : {}),
    };
  }
}

export function generateCases(count: number, seed: number): GeneratedCase[] {
  return Array.from({ length: count }, (_, i) => new TemplateGenerator(seed * 100_003 + i, `c${String(i)}`).generate());
}
