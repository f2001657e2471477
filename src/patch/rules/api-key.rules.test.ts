/**
 * Every path x every op of UpdateApiKey. Allowed ops: AWS's Patch Operations table — replace on
 * `/description`, `/enabled`, `/name`, `/customerId`; add and remove on `/stages` (the table's
 * `/labels` matches no member of ApiKey and is left out, docs/decisions.md). Texts: the two-space
 * family; the replace list is AWS's `[/description, /enabled, /name, /customerId]` [recorded:
 * update-api-key-immutable-field].
 */
import { describe, expect, it } from 'vitest';
import type { ApiKey } from '../../model/api-key.js';
import { applyPatch, type PatchOp } from '../engine.js';
import { everyPathAndOp, patchOutcome, type PathSpec } from '../table-test.js';
import { apiKeyRules } from './api-key.rules.js';

const base = (): ApiKey => ({
  id: 'k1',
  value: 'a'.repeat(40),
  name: 'key',
  enabled: true,
  createdDate: 1,
  lastUpdatedDate: 1,
  stageKeys: ['api1/dev'],
  createdOrder: 1,
});

const VALID: Partial<Record<PatchOp, string>> = { replace: '/description, /enabled, /name, /customerId', add: '/stages', remove: '/stages' };
const rejected = (spec: PathSpec, op: PatchOp): string => {
  const valid = VALID[op];
  return valid
    ? `Invalid patch path  '${spec.path}' specified for op '${op}'. Must be one of: [${valid}]`
    : `Invalid patch path  '${spec.path}' specified for op '${op}'. Please choose supported operations`;
};

describe('API key rules', () => {
  everyPathAndOp(apiKeyRules, base, [
    { path: '/description', allowed: ['replace'], value: 'd' },
    { path: '/enabled', allowed: ['replace'], value: 'false' },
    { path: '/name', allowed: ['replace'], value: 'new-name' },
    { path: '/customerId', allowed: ['replace'], value: 'c' },
    { path: '/stages', allowed: ['add', 'remove'], value: 'api1/dev' },
    { path: '/id', allowed: [], value: 'new-id' },
    { path: '/value', allowed: [], value: 'b'.repeat(40) },
  ], rejected);

  it('reads enabled leniently [recorded: update-api-key-invalid-enabled-type]', () => {
    expect(applyPatch(apiKeyRules, base(), [{ op: 'replace', path: '/enabled', value: 'not-a-boolean' }]).enabled).toBe(false);
  });

  it('applies CreateApiKey\'s length limits [recorded]', () => {
    expect(patchOutcome(apiKeyRules, base(), 'replace', '/description', 'a'.repeat(125001))).toEqual({ error: 'Invalid API Key description specified.', status: 400 });
    expect(patchOutcome(apiKeyRules, base(), 'replace', '/description', 'a'.repeat(125000))).toEqual({ ok: true });
    expect(patchOutcome(apiKeyRules, base(), 'replace', '/name', 'a'.repeat(1025))).toEqual({ error: 'Invalid API Key name, can be at most 1024 characters.', status: 400 });
  });

  it('adds and removes stage keys written restApiId/stageName', () => {
    const added = applyPatch(apiKeyRules, base(), [{ op: 'add', path: '/stages', value: 'api2/prod' }]);
    expect(added.stageKeys).toEqual(['api1/dev', 'api2/prod']);
    expect(applyPatch(apiKeyRules, added, [{ op: 'remove', path: '/stages', value: 'api1/dev' }]).stageKeys).toEqual(['api2/prod']);
    expect(patchOutcome(apiKeyRules, base(), 'add', '/stages', 'nostage')).toMatchObject({ status: 400 });
  });
});
