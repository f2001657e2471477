/**
 * Differential: seeded random documents printed by our formatters and by the AWS CLI's own
 * formatter classes (awscli.formatter.get_formatter on /usr/bin/python3: awscli/text.py,
 * awscli/table.py, ruamel.yaml with the libyaml C emitter), in every output format, through the
 * same `--query` (including queries that reach a value twice, for YAML anchors), plus coloured
 * tables and other terminal widths. stdout must be identical byte for byte, and so must the error text when Python fails.
 */
import { describe, expect, it } from 'vitest';
import { formatOutput, OUTPUT_FORMATS, type OutputFormat } from '../index.js';
import { parseJson } from '../json-parse.js';
import { referenceAvailable, runReference } from '../testing/python-reference.js';
import { randomDoc, randomRecords, Rng } from '../testing/random.js';
import { pyDict } from '../value.js';

type Task = { doc: string; format: OutputFormat; query: string | null; color: boolean; width: number };
type Outcome = { stdout: string; error: string | null };

const QUERIES = [
  null,
  '[accessPolicyDetail.policy, accessPolicyDetail.policy]',
  '{x: accessPolicyDetail.policy, y: [accessPolicyDetail.policy]}',
  'accessPolicyDetail.policy.*',
  'map(&`{"k": [1, 2]}`, accessPolicyDetail.policy.items)',
  'values(accessPolicyDetail.policy)',
];

function ours(t: Task): Outcome {
  const value = pyDict([['accessPolicyDetail', pyDict([['policy', parseJson(t.doc)]])]]);
  const query = t.query ?? 'accessPolicyDetail.policy';
  const r = formatOutput({ format: t.format, value, query, operationName: 'GetAccessPolicy', color: t.color, terminalWidth: t.width });
  return { stdout: r.stdout, error: 'error' in r ? r.error.slice(1, -1) : null };
}

const COUNT = Number(process.env.PORTICO_DIFF_COUNT ?? 1500);
const SEED = Number(process.env.PORTICO_DIFF_SEED ?? 7);
/**
 * Two things vary between runs of the reference itself: the address in `<... _Expression object at
 * 0x...>`, and which pair a table's header sort compares first when the header *set* mixes types
 * (Python iterates a set in hash order, and str hashes are salted per process).
 */
const normalise = (o: Outcome): string =>
  JSON.stringify(o)
    .replace(/object at 0x[0-9a-f]+>/g, 'object at 0x...>')
    .replace(/'<' not supported between instances of '(\w+)' and '(\w+)'/, (_m, a: string, b: string) => `'<' unorderable ${[a, b].sort().join('/')}`);

describe.skipIf(!referenceAvailable())('formatters vs the reference (random)', () => {
  it(`agree on ${COUNT} random documents × 5 formats`, () => {
    const rng = new Rng(SEED);
    const tasks: Task[] = [];
    for (let i = 0; i < COUNT; i++) {
      const doc = rng.chance(0.3) ? randomRecords(rng) : randomDoc(rng, 0, { specials: true });
      const query = rng.chance(0.25) ? rng.pick(QUERIES) : null;
      for (const format of OUTPUT_FORMATS) {
        const table = format === 'table';
        tasks.push({ doc, format, query, color: table && rng.chance(0.1), width: table && rng.chance(0.3) ? rng.pick([10, 30, 60, 120, 200]) : 80 });
      }
    }
    const expected = runReference<Outcome>('format', tasks);
    const byFormat = Object.fromEntries(OUTPUT_FORMATS.map((f) => [f, { agree: 0, total: 0, errors: 0 }]));
    const mismatches: (Task & { expected: Outcome; actual: Outcome })[] = [];
    tasks.forEach((t, i) => {
      const actual = ours(t);
      const stats = byFormat[t.format]!;
      stats.total++;
      if (expected[i]!.error !== null) stats.errors++;
      if (normalise(actual) === normalise(expected[i]!)) stats.agree++;
      else mismatches.push({ ...t, expected: expected[i]!, actual });
    });
    console.log(`formats differential: ${tasks.length - mismatches.length}/${tasks.length} agree ${JSON.stringify(byFormat)}`);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });
});
