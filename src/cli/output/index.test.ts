/**
 * The public API, with goldens recorded from /usr/bin/aws (2.9.19) against a stub endpoint
 * (`apigateway get-rest-apis` returning two items) and from the reference's formatter classes.
 */
import { describe, expect, it } from 'vitest';
import { compileQuery, formatOutput, formatPages, parseJson, pyDict } from './index.js';

const page = parseJson('{"items": [{"id": "a1", "name": "x"}, {"id": "b2", "name": "y", "tags": {"k": "v"}}]}');
const TOKEN = 'eyJwb3NpdGlvbiI6IG51bGwsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDF9';
const firstItemOnly = parseJson('{"items": [{"id": "a1", "name": "x"}]}');

describe('compileQuery', () => {
  it('reports compile errors as the CLI does (252)', () => {
    expect(compileQuery('foo[')).toEqual({
      error: '\nBad value for --query foo[: Invalid jmespath expression: Incomplete expression:\n"foo["\n     ^\n',
      exitCode: 252,
    });
    expect(compileQuery('')).toEqual({ error: '\nBad value for --query : Invalid JMESPath expression: cannot be empty.\n', exitCode: 252 });
    expect('query' in compileQuery('items[].id')).toBe(true);
  });
});

describe('formatOutput', () => {
  it('rejects an unknown output type after the call (255)', () => {
    expect(formatOutput({ format: 'xml', value: page, operationName: 'GetRestApis' })).toEqual({
      stdout: '',
      error: '\nUnknown output type: xml\n',
      exitCode: 255,
    });
  });

  it('keeps what json.dump wrote before failing', () => {
    const q = (query: string) => formatOutput({ format: 'json', value: pyDict(), query, operationName: 'X' });
    expect(q('[`1`, &foo]')).toEqual({ stdout: '[\n    1,\n    ', error: '\nCircular reference detected\n', exitCode: 255 });
    expect(q('{a: `1`, b: &foo}')).toEqual({ stdout: '{\n    "a": 1,\n    "b": ', error: '\nCircular reference detected\n', exitCode: 255 });
  });

  it('prints the table of a paginated result like the reference (no colour)', () => {
    const r = formatOutput({ format: 'table', value: page, operationName: 'GetRestApis' });
    expect(r).toEqual({
      stdout:
        '------------------\n|   GetRestApis  |\n+----------------+\n||     items    ||\n|+-----+--------+|\n|| id  | name   ||\n' +
        '|+-----+--------+|\n||  a1 |  x     ||\n|+-----+--------+|\n||     items    ||\n|+-----+--------+|\n|| id  | name   ||\n' +
        '|+-----+--------+|\n||  b2 |  y     ||\n|+-----+--------+|\n|||    tags    |||\n||+-----+------+||\n|||  k  |  v   |||\n' +
        '||+-----+------+||\n',
    });
  });

  it('colours a table as `--color on` does (colorama resets after every write)', () => {
    const value = pyDict([['items', (firstItemOnly as Map<string, never>).get('items')!], ['NextToken', TOKEN]]);
    const r = formatOutput({ format: 'table', value, operationName: 'GetRestApis', color: true });
    const R = '\u001b[0m';
    const bar = `\u001b[2m\u001b[33m|${R}`;
    const cell = (s: string) => `\u001b[1m\u001b[34m${s}${R}`;
    expect(r).toEqual({
      stdout:
        `-------------------------------------------------------------------------------\n${R}` +
        `${R}|                                 GetRestApis                                 |${R}${R}\n${R}` +
        `${R}+-----------+-----------------------------------------------------------------+${R}${R}\n${R}` +
        `${R}|  ${cell('NextToken')}|  ${cell(TOKEN)}   |${R}${R}\n${R}` +
        `${R}+-----------+-----------------------------------------------------------------+${R}${R}\n${R}` +
        `${bar}${R}|                                   items                                   |${R}${bar}${R}\n${R}` +
        `${bar}${R}+-------------------------------+-------------------------------------------+${R}${bar}${R}\n${R}` +
        `${bar}${R}|              id               |                   name                    |${R}${bar}${R}\n${R}` +
        `${bar}${R}+-------------------------------+-------------------------------------------+${R}${bar}${R}\n${R}` +
        `${bar}${R}|  ${cell('a1')}                           |  ${cell('x')}                                        |${R}${bar}${R}\n${R}` +
        `${bar}${R}+-------------------------------+-------------------------------------------+${R}${bar}${R}\n${R}`,
    });
  });

  it('text and yaml print an expref result by str(); yaml cannot represent it', () => {
    const text = formatOutput({ format: 'text', value: pyDict(), query: '[`1`, &foo]', operationName: 'X' });
    expect(text).toEqual({ stdout: '1\t<jmespath.visitor._Expression object at 0x7f5c3a2b1d90>\n' });
    const yaml = formatOutput({ format: 'yaml', value: pyDict(), query: '[`1`, &foo]', operationName: 'X' });
    expect(yaml).toMatchObject({ stdout: '', exitCode: 255, error: expect.stringMatching(/^\ncannot represent an object: <jmespath/) });
  });

  it('fails in yaml on a lone surrogate like the C emitter', () => {
    const r = formatOutput({ format: 'yaml', value: parseJson('{"k": ["ok", "ab\\ud83d"]}'), operationName: 'X' });
    expect(r).toEqual({
      stdout: '',
      error: "\n'utf-8' codec can't encode character '\\ud83d' in position 2: surrogates not allowed\n",
      exitCode: 255,
    });
  });
});

describe('formatPages (paginated text and yaml-stream)', () => {
  it('text: pages, then NEXTTOKEN', () => {
    expect(formatPages({ format: 'text', pages: [firstItemOnly], nextToken: TOKEN, operationName: 'GetRestApis' })).toEqual({
      stdout: `ITEMS\ta1\tx\nNEXTTOKEN\t${TOKEN}\n`,
    });
  });
  it('text with --query: the token dict is queried too (None)', () => {
    const r = formatPages({ format: 'text', pages: [firstItemOnly], nextToken: TOKEN, query: 'items[].id', operationName: 'GetRestApis' });
    expect(r).toEqual({ stdout: 'a1\nNone\n' });
  });
  it('yaml-stream: one list per page, no {} check', () => {
    expect(formatPages({ format: 'yaml-stream', pages: [firstItemOnly], operationName: 'GetRestApis' })).toEqual({
      stdout: '- items:\n  - id: a1\n    name: x\n',
    });
    expect(formatPages({ format: 'yaml-stream', pages: [page], query: 'nope', operationName: 'GetRestApis' })).toEqual({ stdout: '- null\n' });
    expect(formatPages({ format: 'yaml-stream', pages: [page], query: 'items[].id', operationName: 'GetRestApis' })).toEqual({
      stdout: '- - a1\n  - b2\n',
    });
  });
});
