/**
 * Compliance: every case of shared/vectors/cli/query-jmespath.json (recorded on the AWS CLI v2
 * 2.9.19 with jmespath 1.0.1): the value, the phase and exact text of errors, and what
 * `--query EXPR --output json` prints (stdout, stderr, exit code). No normalisation.
 */
import { describe, expect, it } from 'vitest';
import { readVector } from '../../../../test/support/vectors.js';
import { jsonDumps } from '../formatters/json-encode.js';
import { compileQuery, formatOutput } from '../index.js';
import { parseJson } from '../json-parse.js';
import { PyError } from '../py/errors.js';
import { compile } from './index.js';

type Case = {
  id: string;
  cat: string;
  expr: string;
  doc: string;
  phase: 'ok' | 'compile' | 'runtime' | 'serialize';
  value?: string;
  error_type?: string;
  message?: string;
  cli_stdout?: string;
  cli_stderr?: string;
  cli_rc: number;
};
type Vectors = { docs: Record<string, string>; cases: Case[] };

const vectors = readVector<Vectors>('cli/query-jmespath.json');

function cli(c: Case): { stdout: string; stderr: string; rc: number } {
  const compiled = compileQuery(c.expr);
  if (!('query' in compiled)) return { stdout: '', stderr: compiled.error, rc: compiled.exitCode };
  const r = formatOutput({ format: 'json', value: parseJson(vectors.docs[c.doc]!), query: compiled.query, operationName: 'X' });
  return 'error' in r ? { stdout: r.stdout, stderr: r.error, rc: r.exitCode } : { stdout: r.stdout, stderr: '', rc: 0 };
}

describe('query-jmespath.json', () => {
  it('has the 334 cases', () => expect(vectors.cases).toHaveLength(334));

  it.each(vectors.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const doc = parseJson(vectors.docs[c.doc]!);
    if (c.phase === 'ok') {
      const value = compile(c.expr).search(doc);
      expect(jsonDumps(value, { compact: true, ensureAscii: false })).toBe(c.value);
    } else if (c.phase === 'compile' || c.phase === 'runtime') {
      let error: unknown;
      try {
        compile(c.expr).search(doc);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PyError);
      expect((error as PyError).pyType).toBe(c.error_type);
      expect((error as PyError).message).toBe(c.message);
    }
    expect(cli(c)).toEqual({ stdout: c.cli_stdout ?? '', stderr: c.cli_stderr ?? '', rc: c.cli_rc });
  });
});
