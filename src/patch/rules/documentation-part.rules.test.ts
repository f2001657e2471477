/**
 * Every path x every op of UpdateDocumentationPart. Allowed ops: AWS's Patch Operations table
 * (`/properties`, replace); texts: the two-space family [recorded: test_invalid_update_documentation_part].
 */
import { describe, expect, it } from 'vitest';
import type { DocumentationPart } from '../../model/documentation.js';
import { applyPatch, type PatchOp } from '../engine.js';
import { everyPathAndOp, patchOutcome, type PathSpec } from '../table-test.js';
import { documentationPartRules } from './documentation-part.rules.js';

const base = (): DocumentationPart => ({ id: 'p1', location: { type: 'API' }, properties: '{ "description": "Sample API description" }' });

const rejected = (spec: PathSpec, op: PatchOp): string =>
  op === 'replace'
    ? `Invalid patch path  '${spec.path}' specified for op 'replace'. Must be one of: [/properties]`
    : `Invalid patch path  '${spec.path}' specified for op '${op}'. Please choose supported operations`;

describe('documentation part rules', () => {
  everyPathAndOp(documentationPartRules, base, [
    { path: '/properties', allowed: ['replace'], value: '{ "description": "Updated Sample API description" }' },
    { path: '/invalidPath', allowed: [], value: '{}' },
    { path: '/location/type', allowed: [], value: 'METHOD' },
  ], rejected);

  it('stores the new properties as sent', () => {
    const value = '{ "description": "Updated Sample API description" }';
    expect(applyPatch(documentationPartRules, base(), [{ op: 'replace', path: '/properties', value }]).properties).toBe(value);
  });

  it('refuses properties that are not a JSON object [guess]', () => {
    expect(patchOutcome(documentationPartRules, base(), 'replace', '/properties', 'not json')).toEqual({
      error: 'Documentation part properties must be a valid JSON object',
      status: 400,
    });
  });
});
