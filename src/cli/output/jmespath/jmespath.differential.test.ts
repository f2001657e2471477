/**
 * Differential: thousands of seeded random (document, expression) pairs, valid and broken,
 * evaluated by our port and by the reference's jmespath 1.0.1 (/usr/bin/python3, one process per
 * batch). Results must be identical as compact JSON text (Python float repr and all); errors
 * must agree on phase (compile vs evaluation), exception type and message.
 */
import { describe, expect, it } from 'vitest';
import { jsonDumps } from '../formatters/json-encode.js';
import { parseJson } from '../json-parse.js';
import { PyError } from '../py/errors.js';
import { mutate, randomExpr } from '../testing/random-expr.js';
import { randomDoc, Rng } from '../testing/random.js';
import { referenceAvailable, runReference } from '../testing/python-reference.js';
import { compile } from './index.js';

type Outcome = { ok: string } | { phase: string; type: string; message: string };

function ours(doc: string, expr: string): Outcome {
  let q;
  try {
    q = compile(expr);
  } catch (e) {
    if (e instanceof PyError) return { phase: 'compile', type: e.pyType, message: e.message };
    throw e;
  }
  try {
    return { ok: jsonDumps(q.search(parseJson(doc)), { compact: true, ensureAscii: false, defaultStr: true }) };
  } catch (e) {
    if (e instanceof PyError) return { phase: 'runtime', type: e.pyType, message: e.message };
    throw e;
  }
}

const COUNT = Number(process.env.PORTICO_DIFF_COUNT ?? 6000);
const SEED = Number(process.env.PORTICO_DIFF_SEED ?? 20240601);
/** Python prints the address of an `_Expression`; nothing else may differ. */
const normalise = (o: Outcome): string => JSON.stringify(o).replace(/object at 0x[0-9a-f]+>/g, 'object at 0x...>');

describe.skipIf(!referenceAvailable())('jmespath vs the reference (random)', () => {
  it(`agrees on ${COUNT} random expressions`, () => {
    const rng = new Rng(SEED);
    const docs = Array.from({ length: 300 }, () => randomDoc(rng, 0, { specials: process.env.PORTICO_DIFF_SPECIALS === '1' }));
    const tasks = Array.from({ length: COUNT }, (_, i) => {
      const expr = randomExpr(rng);
      return { doc: docs[i % docs.length]!, expr: rng.chance(0.15) ? mutate(rng, expr) : expr };
    });
    const expected = runReference<Outcome>('jmespath', tasks);
    const mismatches = tasks
      .map((t, i) => ({ ...t, expected: expected[i]!, actual: ours(t.doc, t.expr) }))
      .filter((m) => normalise(m.expected) !== normalise(m.actual));
    const kinds = { ok: 0, compile: 0, runtime: 0 };
    for (const e of expected) kinds['ok' in e ? 'ok' : (e.phase as 'compile' | 'runtime')]++;
    console.log(`jmespath differential: ${COUNT - mismatches.length}/${COUNT} agree (reference: ${JSON.stringify(kinds)})`);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
