/**
 * Every path x every op of UpdateRequestValidator. Allowed ops: AWS's Patch Operations table
 * (replace only); texts: the two-space family with AWS's list order `[/name,
 * /validateRequestParameters, /validateRequestBody]` [recorded: test_invalid_update_request_validator_operations].
 */
import { describe, expect, it } from 'vitest';
import type { RequestValidator } from '../../model/request-validator.js';
import { applyPatch, type PatchOp } from '../engine.js';
import { everyPathAndOp, patchOutcome, type PathSpec } from '../table-test.js';
import { requestValidatorRules } from './request-validator.rules.js';

const base = (): RequestValidator => ({ id: 'v1', name: 'v', validateRequestBody: true, validateRequestParameters: false });

const rejected = (spec: PathSpec, op: PatchOp): string =>
  op === 'replace'
    ? `Invalid patch path  '${spec.path}' specified for op 'replace'. Must be one of: [/name, /validateRequestParameters, /validateRequestBody]`
    : `Invalid patch path  '${spec.path}' specified for op '${op}'. Please choose supported operations`;

describe('request validator rules', () => {
  everyPathAndOp(requestValidatorRules, base, [
    { path: '/name', allowed: ['replace'], value: 'renamed' },
    { path: '/validateRequestParameters', allowed: ['replace'], value: 'true' },
    { path: '/validateRequestBody', allowed: ['replace'], value: 'false' },
    { path: '/invalidPath', allowed: [], value: 'true' },
    { path: '/id', allowed: [], value: 'x' },
  ], rejected);

  it('reads a missing value as false [recorded: update-request-validator-without-value]', () => {
    expect(applyPatch(requestValidatorRules, base(), [{ op: 'replace', path: '/validateRequestBody' }]).validateRequestBody).toBe(false);
    expect(applyPatch(requestValidatorRules, base(), [{ op: 'replace', path: '/validateRequestParameters', value: 'TRUE' }]).validateRequestParameters).toBe(true);
  });

  it('refuses a blank name [recorded: update-request-validator-empty-name-value]', () => {
    expect(patchOutcome(requestValidatorRules, base(), 'replace', '/name')).toEqual({ error: 'Request Validator name cannot be blank', status: 400 });
    expect(patchOutcome(requestValidatorRules, base(), 'replace', '/name', ' ')).toEqual({ error: 'Request Validator name cannot be blank', status: 400 });
  });
});
