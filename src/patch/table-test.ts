/**
 * A tiny driver for the table-driven tests of the rule tables: every listed path × all six ops,
 * each expected to succeed or to fail with an exact AWS text. The expectations are written in the
 * tests from AWS's documentation table and recordings, not derived from the table under test.
 */
import { expect, it } from 'vitest';
import { applyPatch, PATCH_OPS, type PatchOp, type RuleTable } from './engine.js';

export type PathSpec = {
  path: string;
  /** The ops AWS accepts on this path (AWS's doc table / recordings). */
  allowed: readonly PatchOp[];
  value?: string;
  from?: string;
};

export type Outcome = { ok: true } | { error: string; status?: number };

export function patchOutcome<D>(table: RuleTable<D>, base: D, op: PatchOp, path: string, value?: string, from?: string): Outcome {
  try {
    applyPatch(table, base, [{ op, path, ...(value !== undefined && { value }), ...(from !== undefined && { from }) }]);
    return { ok: true };
  } catch (err) {
    const e = err as Error & { status?: number };
    if (typeof e.status !== 'number') throw err;
    return { error: e.message, status: e.status };
  }
}

/**
 * Generates one test per path × op: allowed ops must succeed on `base`, the others must fail with
 * `rejected(spec, op)`.
 */
export function everyPathAndOp<D>(
  table: RuleTable<D>,
  base: () => D,
  specs: readonly PathSpec[],
  rejected: (spec: PathSpec, op: PatchOp) => string,
): void {
  for (const spec of specs) {
    for (const op of PATCH_OPS) {
      const allowed = spec.allowed.includes(op);
      it(`${op} ${spec.path} ${allowed ? 'is applied' : 'is refused'}`, () => {
        const outcome = patchOutcome(table, base(), op, spec.path, spec.value, spec.from);
        if (allowed) expect(outcome).toEqual({ ok: true });
        else expect(outcome).toMatchObject({ error: rejected(spec, op), status: 400 });
      });
    }
  }
}
