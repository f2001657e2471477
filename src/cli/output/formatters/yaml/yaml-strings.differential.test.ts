/**
 * Differential, YAML scalars only: seeded random strings (long runs of words and spaces, quotes,
 * indicators, line breaks, tabs, non-printable and astral characters) as keys, values and list
 * items at several indentation depths, printed by our libyaml port and by ruamel.yaml's C emitter
 * through the AWS CLI's YAML formatter. Exercises quoting choice, escapes and folding at 80 columns.
 */
import { describe, expect, it } from 'vitest';
import { formatOutput } from '../../index.js';
import { parseJson } from '../../json-parse.js';
import { referenceAvailable, runReference } from '../../testing/python-reference.js';
import { jsonStr, Rng } from '../../testing/random.js';
import { pyDict } from '../../value.js';

const WORDS = ['a', 'an', 'word', 'longer', 'x', 'key:', 'value', '#tag', '-', '?', "it's", '"q"', 'é', '日本', '😀', 'ß', 'a\\b', '{x}', '[y]', ',', '...', '---'];
const ODD = ['\n', '\t', '\r', '\x7f', '\x85', '\u2028', '\ufeff', '\u00a0', '\x00', '\x1b', '  ', '   '];

function randomText(rng: Rng): string {
  const target = rng.pick([0, 1, 5, 20, 60, 75, 79, 80, 81, 85, 120, 200]);
  let s = rng.chance(0.1) ? ' ' : '';
  while ([...s].length < target) {
    s += rng.chance(0.06) ? rng.pick(ODD) : rng.pick(WORDS);
    s += rng.chance(0.9) ? ' ' : rng.chance(0.5) ? '' : '  ';
  }
  return rng.chance(0.5) ? s.trimEnd() : s;
}

function nest(rng: Rng, inner: string, depth: number): string {
  let doc = inner;
  for (let i = 0; i < depth; i++) doc = rng.chance(0.5) ? `[${doc}]` : `{${jsonStr([...randomText(rng)].slice(0, 8).join(""))}: ${doc}}`;
  return doc;
}

const COUNT = Number(process.env.PORTICO_DIFF_COUNT ?? 3000);

describe.skipIf(!referenceAvailable())('YAML strings vs the reference (random)', () => {
  it(`agree on ${COUNT} random strings`, () => {
    const rng = new Rng(Number(process.env.PORTICO_DIFF_SEED ?? 99));
    const tasks = Array.from({ length: COUNT }, () => {
      const s = jsonStr(randomText(rng));
      const inner = rng.chance(0.5) ? `{${s}: ${s}, "k": [${s}, ${s}]}` : `[${s}, {"k": ${s}}]`;
      return { doc: nest(rng, inner, rng.int(0, 5)), format: rng.pick(['yaml', 'yaml-stream'] as const), query: null, color: false };
    });
    const expected = runReference<{ stdout: string; error: string | null }>('format', tasks);
    const mismatches = tasks.flatMap((t, i) => {
      const value = pyDict([['accessPolicyDetail', pyDict([['policy', parseJson(t.doc)]])]]);
      const r = formatOutput({ format: t.format, value, query: 'accessPolicyDetail.policy', operationName: 'X' });
      const actual = { stdout: r.stdout, error: 'error' in r ? r.error.slice(1, -1) : null };
      return JSON.stringify(actual) === JSON.stringify(expected[i]) ? [] : [{ doc: t.doc, expected: expected[i], actual }];
    });
    console.log(`yaml strings differential: ${COUNT - mismatches.length}/${COUNT} agree`);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });
});
