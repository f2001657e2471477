/**
 * shared/vectors/cli/query-jmespath.json through the real command path: `--query EXPR --output
 * json` parsed with the global options, compiled before any call (a compile error exits 252 and
 * sends nothing), applied to the response, printed. The HTTP call is replaced by one that returns
 * the case's document as the parsed response (the recorded runs did the same: the documents are
 * not API Gateway shapes).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseJson } from '../../src/cli/output/json-parse.js';
import { readVector } from '../support/vectors.js';
import { cliEnv } from './support.js';

type Case = { id: string; expr: string; doc: string; phase: string; cli_stdout?: string; cli_stderr?: string; cli_rc: number };
const vector = readVector<{ docs: Record<string, string>; cases: Case[] }>('cli/query-jmespath.json');

describe('--query through the command path', () => {
  it.each(vector.cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    let stdout = '';
    let stderr = '';
    let calls = 0;
    const { rc } = await runCli(
      ['--endpoint-url', 'http://127.0.0.1:9', 'apigateway', 'get-rest-api', '--rest-api-id', 'a1b2c3', '--query', c.expr, '--output', 'json'],
      { env: cliEnv(), stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTty: false, columns: 80 },
      async () => {
        calls++;
        return parseJson(vector.docs[c.doc]!);
      },
    );
    expect({ stdout, stderr, rc }).toEqual({ stdout: c.cli_stdout ?? '', stderr: c.cli_stderr ?? '', rc: c.cli_rc });
    expect(calls).toBe(c.phase === 'compile' ? 0 : 1);
  });
});
