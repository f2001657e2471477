/**
 * Every path x every op of UpdateUsagePlan. Allowed ops: AWS's Patch Operations table, in its
 * order; texts: the two-space family (no path error of UpdateUsagePlan is recorded). The value
 * texts of `/apiStages` are recorded [test_usage_plan_crud].
 */
import { describe, expect, it } from 'vitest';
import type { UsagePlan } from '../../model/usage-plan.js';
import { applyPatch, type PatchOp } from '../engine.js';
import { everyPathAndOp, patchOutcome, type PathSpec } from '../table-test.js';
import { usagePlanRules } from './usage-plan.rules.js';

const base = (): UsagePlan => ({
  id: 'p1',
  name: 'plan',
  apiStages: [{ apiId: 'api1', stage: 'dev', throttle: { '/pets/GET': { burstLimit: 1, rateLimit: 2 } } }],
  throttle: { burstLimit: 1, rateLimit: 2 },
  quota: { limit: 10, offset: 0, period: 'DAY' },
  productCode: 'pc',
});

const STAGE = '/apiStages/{apiId:stageName}/throttle';
const METHOD = `${STAGE}/{resourcePath+}/{httpMethod}`;
const VALID: Partial<Record<PatchOp, string>> = {
  add: `/apiStages, ${METHOD}/rateLimit, ${METHOD}/burstLimit, ${STAGE}, /productCode, /quota/limit, /quota/offset, /quota/period, /throttle/burstLimit, /throttle/rateLimit`,
  replace: `${METHOD}/rateLimit, ${METHOD}/burstLimit, ${STAGE}, /description, /name, /productCode, /quota/limit, /quota/offset, /quota/period, /throttle/burstLimit, /throttle/rateLimit`,
  remove: `/apiStages, ${METHOD}, ${STAGE}, /productCode, /quota, /throttle`,
};
const rejected = (spec: PathSpec, op: PatchOp): string => {
  const valid = VALID[op];
  return valid
    ? `Invalid patch path  '${spec.path}' specified for op '${op}'. Must be one of: [${valid}]`
    : `Invalid patch path  '${spec.path}' specified for op '${op}'. Please choose supported operations`;
};

describe('usage plan rules', () => {
  everyPathAndOp(usagePlanRules, base, [
    { path: '/apiStages', allowed: ['add', 'remove'], value: 'api1:dev' },
    { path: '/apiStages/api1:dev/throttle/~1pets/GET', allowed: ['remove'], value: 'x' },
    { path: '/apiStages/api1:dev/throttle/~1pets/GET/rateLimit', allowed: ['add', 'replace'], value: '5.5' },
    { path: '/apiStages/api1:dev/throttle/~1pets/GET/burstLimit', allowed: ['add', 'replace'], value: '5' },
    { path: '/apiStages/api1:dev/throttle', allowed: ['add', 'replace', 'remove'], value: '{"/pets/GET": {"burstLimit": 3, "rateLimit": 4}}' },
    { path: '/description', allowed: ['replace'], value: 'd' },
    { path: '/name', allowed: ['replace'], value: 'renamed' },
    { path: '/productCode', allowed: ['add', 'replace', 'remove'], value: 'pc2' },
    { path: '/quota', allowed: ['remove'], value: 'x' },
    { path: '/quota/limit', allowed: ['add', 'replace'], value: '5000' },
    { path: '/quota/offset', allowed: ['add', 'replace'], value: '1' },
    { path: '/quota/period', allowed: ['add', 'replace'], value: 'MONTH' },
    { path: '/throttle', allowed: ['remove'], value: 'x' },
    { path: '/throttle/burstLimit', allowed: ['add', 'replace'], value: '100' },
    { path: '/throttle/rateLimit', allowed: ['add', 'replace'], value: '200' },
    { path: '/id', allowed: [], value: 'x' },
    { path: '/apiStages/api1:dev', allowed: [], value: 'x' },
  ], rejected);

  it('answers bad /apiStages values with the recorded texts', () => {
    expect(patchOutcome(usagePlanRules, base(), 'remove', '/apiStages')).toEqual({ error: 'Invalid API Stage specified', status: 400 });
    expect(patchOutcome(usagePlanRules, base(), 'remove', '/apiStages', 'fakevalue')).toEqual({ error: 'Invalid API Stage specified', status: 400 });
    expect(patchOutcome(usagePlanRules, base(), 'remove', '/apiStages', 'api1b:dev')).toEqual({
      error: 'Invalid API Stage {api: api1b, stage: dev} specified for usageplan p1',
      status: 404,
    });
    expect(patchOutcome(usagePlanRules, base(), 'remove', '/apiStages', 'api1:fakestagename')).toEqual({
      error: 'Invalid API Stage {api: api1, stage: fakestagename} specified for usageplan p1',
      status: 404,
    });
  });

  it('creates throttle and quota as AWS shows them [recorded: update-usage-plan]', () => {
    const bare: UsagePlan = { id: 'p1', name: 'plan', apiStages: [] };
    const updated = applyPatch(usagePlanRules, bare, [
      { op: 'replace', path: '/throttle/burstLimit', value: '100' },
      { op: 'replace', path: '/throttle/rateLimit', value: '200' },
      { op: 'replace', path: '/quota/period', value: 'MONTH' },
      { op: 'replace', path: '/quota/limit', value: '5000' },
    ]);
    expect(updated.throttle).toEqual({ burstLimit: 100, rateLimit: 200 });
    expect(updated.quota).toEqual({ offset: 0, period: 'MONTH', limit: 5000 });
  });

  it('keys per-method throttles by resource path and method', () => {
    const updated = applyPatch(usagePlanRules, base(), [{ op: 'add', path: '/apiStages/api1:dev/throttle//pets~1{id}/POST/rateLimit', value: '7' }]);
    expect(updated.apiStages[0]!.throttle).toEqual({ '/pets/GET': { burstLimit: 1, rateLimit: 2 }, '/pets/{id}/POST': { rateLimit: 7 } });
  });
});
