/**
 * Parser details the vectors do not reach: Python's recursion limit at the depths measured on
 * /usr/bin/aws 2.9.19 (largest nesting that still compiles, and one more that fails with
 * `Bad value for --query ...: maximum recursion depth exceeded`), and the lenient corners of
 * jmespath.py's grammar.
 */
import { describe, expect, it } from 'vitest';
import { formatOutput } from '../index.js';
import { parseJson } from '../json-parse.js';
import { compile } from './index.js';

const nest = (open: string, inner: string, close: string, n: number): string => open.repeat(n) + inner + close.repeat(n);

describe('recursion limit (measured on the reference)', () => {
  it.each([
    ['parentheses', (n: number) => nest('(', 'a', ')', n), 489],
    ['parentheses around a projection', (n: number) => nest('(', 'a[*]', ')', n), 488],
    ['multi-select lists', (n: number) => nest('[', 'a', ']', n), 326],
    ['multi-select hashes', (n: number) => nest('{a:', 'a', '}', n), 326],
    ['function calls', (n: number) => nest('f(', 'a', ')', n), 489],
    ['not', (n: number) => '!'.repeat(n) + 'a', 489],
    ['projection chains', (n: number) => 'a' + '[*].b'.repeat(n), 244],
  ])('%s', (_name, make, limit) => {
    expect(() => compile(make(limit))).not.toThrow();
    expect(() => compile(make(limit + 1))).toThrow('maximum recursion depth exceeded');
  });

  it('evaluation has its own limit (`!` ×485 compiles but fails when searched)', () => {
    const run = (n: number) => formatOutput({ format: 'json', value: parseJson('{}'), query: '!'.repeat(n) + 'a', operationName: 'X' });
    expect(run(484)).toEqual({ stdout: 'false\n' });
    expect(run(485)).toEqual({ stdout: '', error: '\nmaximum recursion depth exceeded\n', exitCode: 255 });
  });
});

describe('lenient grammar kept from jmespath.py', () => {
  const search = (expr: string, doc = '{"a": 1, "b": "x", "c": [1, 2]}') => compile(expr).search(parseJson(doc));
  it('function arguments and hash entries need no commas', () => {
    expect(search('not_null(a b)')).toBe(1n);
    expect(search('{x: a y: b}')).toEqual(new Map<string, unknown>([['x', 1n], ['y', 'x']]));
  });
  it('quoted identifiers cannot name functions (reported at column 0)', () => {
    expect(() => compile('"abs"(a)')).toThrow('Quoted identifier not allowed for function names.: Parse error at column 0, token "(" (LPAREN)');
  });
  it('literals are shared objects, as in Python', () => {
    const r = search('[`[1]`, `[1]`] | [@[0], @[0]]') as unknown[];
    expect(r[0]).toBe(r[1]);
  });
});
