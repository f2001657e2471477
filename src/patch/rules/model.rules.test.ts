/**
 * Every path x every op of UpdateModel. Allowed ops: AWS's Patch Operations table (replace on
 * `/description` and `/schema`); texts: the two-space family with the recorded list
 * `[/description, /schema]` and `Please choose supported operations` [recorded: test_update_model].
 */
import { describe, expect, it } from 'vitest';
import type { Model } from '../../model/model.js';
import { applyPatch, type PatchOp } from '../engine.js';
import { everyPathAndOp, patchOutcome, type PathSpec } from '../table-test.js';
import { modelRules } from './model.rules.js';

const base = (): Model => ({ id: 'm1', name: 'MySchema', description: 'd', schema: '{"title": "MySchema", "type": "object"}', contentType: 'application/json' });

const rejected = (spec: PathSpec, op: PatchOp): string =>
  op === 'replace'
    ? `Invalid patch path  '${spec.path}' specified for op 'replace'. Must be one of: [/description, /schema]`
    : `Invalid patch path  '${spec.path}' specified for op '${op}'. Please choose supported operations`;

describe('model rules', () => {
  everyPathAndOp(modelRules, base, [
    { path: '/description', allowed: ['replace'], value: 'new' },
    { path: '/schema', allowed: ['replace'], value: '{"type": "array", "items": {}}' },
    { path: '/name', allowed: [], value: 'invalid' },
    { path: '/wrong-path', allowed: [], value: 'not supported op' },
    { path: '/contentType', allowed: [], value: 'application/xml' },
  ], rejected);

  it('removes the description when replaced by an empty value [recorded: update-model]', () => {
    expect(applyPatch(modelRules, base(), [{ op: 'replace', path: '/description', value: '' }]).description).toBeUndefined();
  });

  it('refuses an empty schema with CreateModel\'s text [recorded: update-model-empty-schema]', () => {
    expect(patchOutcome(modelRules, base(), 'replace', '/schema', '')).toEqual({
      error: 'Model schema must have at least 1 property or array items defined',
      status: 400,
    });
  });
});
