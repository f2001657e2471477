/**
 * Every path x every op of UpdateDocumentationVersion. Allowed ops: AWS's Patch Operations table
 * (`/description`, replace); texts: the two-space family of the other simple kinds [guess].
 */
import { describe, expect, it } from 'vitest';
import type { DocumentationVersion } from '../../model/documentation.js';
import { applyPatch, type PatchOp } from '../engine.js';
import { everyPathAndOp, type PathSpec } from '../table-test.js';
import { documentationVersionRules } from './documentation-version.rules.js';

const base = (): DocumentationVersion => ({ version: 'v123', createdDate: 1, description: 'd' });

const rejected = (spec: PathSpec, op: PatchOp): string =>
  op === 'replace'
    ? `Invalid patch path  '${spec.path}' specified for op 'replace'. Must be one of: [/description]`
    : `Invalid patch path  '${spec.path}' specified for op '${op}'. Please choose supported operations`;

describe('documentation version rules', () => {
  everyPathAndOp(documentationVersionRules, base, [
    { path: '/description', allowed: ['replace'], value: 'doc version new' },
    { path: '/version', allowed: [], value: 'v2' },
  ], rejected);

  it('sets and clears the description [recorded: update-version-response]', () => {
    expect(applyPatch(documentationVersionRules, base(), [{ op: 'replace', path: '/description', value: 'doc version new' }]).description).toBe('doc version new');
    expect(applyPatch(documentationVersionRules, base(), [{ op: 'replace', path: '/description', value: '' }]).description).toBeUndefined();
  });
});
