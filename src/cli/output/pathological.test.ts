/**
 * Pathological input under a time limit: huge and deeply nested expressions, deeply nested, very
 * long and very wide documents, in every output format. Where the reference has a limit (Python's
 * recursion limit, 4300-digit integers) we fail where it fails, measured on /usr/bin/aws 2.9.19
 * against a stub endpoint; everywhere else we must finish quickly and print the right thing.
 */
import { describe, expect, it } from 'vitest';
import { compileQuery, formatOutput, OUTPUT_FORMATS, parseJson } from './index.js';
import { pyDict, type PyValue } from './value.js';

function timed<T>(limitMs: number, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  const elapsed = performance.now() - start;
  expect(elapsed, `took ${elapsed.toFixed(0)} ms`).toBeLessThan(limitMs);
  return result;
}

const print = (format: string, value: PyValue, query?: string) => formatOutput({ format, value, query, operationName: 'GetRestApis' });
const nestedLists = (n: number): string => '['.repeat(n) + '"x"' + ']'.repeat(n);
const nestedDicts = (n: number): string => '{"a":'.repeat(n) + '"x"' + '}'.repeat(n);
const RECURSION = '\nmaximum recursion depth exceeded\n';

describe('huge expressions', () => {
  it('compiles long flat expressions quickly', () => {
    for (const expr of ['a' + '.a'.repeat(100_000), 'a' + ' || a'.repeat(30_000), `'${'x'.repeat(1_000_000)}'`, 'a' + '[0]'.repeat(50_000)]) {
      expect('query' in timed(2000, () => compileQuery(expr))).toBe(true);
    }
  });
  it('fails fast on deep or broken ones', () => {
    for (const expr of ['('.repeat(200_000) + 'a', '!'.repeat(200_000) + 'a', '`' + 'x'.repeat(1_000_000), '[' + '1,'.repeat(100_000)]) {
      expect(timed(2000, () => compileQuery(expr))).toMatchObject({ exitCode: 252 });
    }
  });
  it('evaluates a long pipeline over a big document', () => {
    const doc = parseJson(JSON.stringify({ items: Array.from({ length: 20_000 }, (_, i) => ({ id: `id${i}`, n: i, tags: ['a', 'b'] })) }));
    const r = timed(3000, () => print('json', doc, 'sort_by(items, &id)[?n > `100`] | [*].{id: id, t: join(`,`, tags)} | length(@)'));
    expect(r).toEqual({ stdout: '19899\n' });
  });
});

describe('deep documents (limits measured on the reference)', () => {
  it('parses 965 nested containers, not 966 (botocore json.loads)', () => {
    expect(() => timed(1000, () => parseJson(nestedLists(965)))).not.toThrow();
    expect(() => parseJson(nestedLists(966))).toThrow('maximum recursion depth exceeded while decoding a JSON array from a unicode string');
    expect(() => parseJson(nestedDicts(966))).toThrow('maximum recursion depth exceeded while decoding a JSON object from a unicode string');
  });

  it.each([
    ['text', nestedLists, 490],
    ['text', nestedDicts, 490],
    ['table', nestedDicts, 488],
    ['yaml', nestedLists, 324],
    ['yaml', nestedDicts, 324],
    ['yaml-stream', nestedLists, 323],
  ])('%s prints %s up to its limit (%i)', (format, make, limit) => {
    const ok = timed(2000, () => print(format, parseJson(make(limit))));
    expect('error' in ok).toBe(false);
    const failed = print(format, parseJson(make(limit + 1)));
    expect('error' in failed && failed.error).toBe(RECURSION);
  });

  it('json and table print the deepest parseable lists', () => {
    for (const format of ['json', 'table']) expect('error' in timed(2000, () => print(format, parseJson(nestedLists(960))))).toBe(false);
  });
});

describe('long and wide documents', () => {
  const long = 'word '.repeat(200_000) + 'end';
  const doc = pyDict([['text', long], ['multi', 'line\n'.repeat(50_000)], ['wide', '日本語'.repeat(50_000)], ['big', 10n ** 4299n]]);

  it.each(OUTPUT_FORMATS)('prints megabyte strings in %s', (format) => {
    const r = timed(6000, () => print(format, doc));
    expect('error' in r).toBe(false);
    expect(r.stdout).toContain('end');
  });

  it('folds long YAML lines at 80 columns', () => {
    const lines = print('yaml', pyDict([['text', long]])).stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(86);
  });

  it.each(OUTPUT_FORMATS)('prints 20 000 records in %s', (format) => {
    const items = Array.from({ length: 20_000 }, (_, i) => pyDict([['id', `id-${i}`], ['n', BigInt(i)], ['f', i / 3], ['tags', pyDict([['k', 'v']])]]));
    const r = timed(8000, () => print(format, pyDict([['items', items]])));
    expect('error' in r).toBe(false);
  });

  it('prints a dict of 20 000 keys as text and table', () => {
    const wide = pyDict(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i % 2 ? BigInt(i) : [BigInt(i)]] as const));
    for (const format of ['text', 'table']) expect('error' in timed(8000, () => print(format, wide))).toBe(false);
  });

  it('keeps 4300-digit integers exact and refuses more, like Python 3.11', () => {
    const big = 10n ** 4299n;
    expect(print('json', [big]).stdout).toBe(`[\n    ${big}\n]\n`);
    expect(print('text', [big * 10n])).toMatchObject({ exitCode: 255, error: expect.stringContaining('Exceeds the limit (4300 digits)') });
    expect(print('json', pyDict(), `to_number('${'9'.repeat(5000)}')`)).toEqual({ stdout: 'Infinity\n' });
  });
});
