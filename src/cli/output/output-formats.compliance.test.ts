/**
 * Compliance: every document × format of shared/vectors/cli/output-formats.json (AWS CLI v2 2.9.19,
 * `opensearchserverless get-access-policy --query accessPolicyDetail.policy --output FORMAT`,
 * stdout not a terminal), and the query edge cases (aliases, empty results). Two normalisations,
 * both artefacts of the recording, not of the CLI:
 *   - the recorder prefixed failing runs' stderr with `rc=N\n`, which we strip;
 *   - it read stdout with universal newlines, so a raw CR the CLI prints (text and table output of
 *     `"crlf\r\nline"`; checked against /usr/bin/aws: the bytes are `crlf\r\nline`) arrives as LF.
 *     We apply the same translation to our stdout before comparing.
 */
import { describe, expect, it } from 'vitest';
import { readVector } from '../../../test/support/vectors.js';
import { formatOutput, OUTPUT_FORMATS, type OutputFormat } from './index.js';
import { parseJson } from './json-parse.js';
import { pyDict } from './value.js';

type Run = { stdout: string; stderr: string; exit_code?: number; rc?: number };
type Vectors = {
  cases: { id: string; document: string; outputs: Record<OutputFormat, Run> }[];
  query_edge_cases: ({ response_body: string; query: string } & Record<OutputFormat, Run>)[];
};
const vectors = readVector<Vectors>('cli/output-formats.json');

function run(format: OutputFormat, response: ReturnType<typeof parseJson>, query: string): Run {
  const r = formatOutput({ format, value: response, query, operationName: 'GetAccessPolicy' });
  const stdout = r.stdout.replace(/\r\n?/g, '\n');
  return 'error' in r ? { stdout, stderr: r.error, rc: r.exitCode } : { stdout, stderr: '', rc: 0 };
}

const expected = (r: Run): Run => ({ stdout: r.stdout, stderr: r.stderr.replace(/^rc=\d+\n/, ''), rc: r.exit_code ?? r.rc ?? 0 });

describe('output-formats.json documents', () => {
  const rows = vectors.cases.flatMap((c) => OUTPUT_FORMATS.map((f) => [c.id, f, c] as const));
  it('has 30 documents in 5 formats', () => expect(rows).toHaveLength(150));
  it.each(rows)('%s %s', (_id, format, c) => {
    const response = pyDict([['accessPolicyDetail', pyDict([['policy', parseJson(c.document)]])]]);
    expect(run(format, response, 'accessPolicyDetail.policy')).toEqual(expected(c.outputs[format]));
  });
});

describe('output-formats.json query edge cases', () => {
  const rows = vectors.query_edge_cases.flatMap((c) => OUTPUT_FORMATS.map((f) => [c.query, f, c] as const));
  it.each(rows)('%s %s', (query, format, c) => {
    expect(run(format, parseJson(c.response_body), query)).toEqual(expected(c[format]));
  });
});
