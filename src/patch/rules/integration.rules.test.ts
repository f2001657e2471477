import { describe, expect, it } from 'vitest';
import type { Integration, IntegrationResponse } from '../../model/integration.js';
import { applyPatch } from '../engine.js';
import { everyPathAndOp, patchOutcome, type PathSpec } from '../table-test.js';
import { integrationResponseRules } from './integration-response.rules.js';
import { integrationRules } from './integration.rules.js';

const baseIntegration = (): Integration => ({
  type: 'HTTP',
  httpMethod: 'POST',
  uri: 'http://backend.example.com/',
  connectionType: 'INTERNET',
  requestParameters: { 'integration.request.header.x': "'v'" },
  requestTemplates: { 'application/json': '{}' },
  passthroughBehavior: 'WHEN_NO_MATCH',
  timeoutInMillis: 29000,
  cacheNamespace: 'abc',
  cacheKeyParameters: ['method.request.path.id'],
});

/** The method-subtree family: unknown path -> `Invalid patch path <path>`; known path, other op -> the path's ops. */
const methodFamily = (spec: PathSpec): string =>
  spec.allowed.length === 0 ? `Invalid patch path ${spec.path}` : `Invalid patch operation specified. Must be one of: [${spec.allowed.join(', ')}]`;

// AWS's Patch Operations table for UpdateIntegration (docs/research/patch-integration.md §1, §3).
const INTEGRATION_PATHS: PathSpec[] = [
  { path: '/cacheKeyParameters/method.request.path.id', allowed: ['add', 'remove', 'replace'] },
  { path: '/cacheNamespace', allowed: ['replace'], value: 'ns' },
  { path: '/connectionId', allowed: ['replace'], value: 'link' },
  { path: '/connectionType', allowed: ['replace'], value: 'INTERNET' },
  { path: '/contentHandling', allowed: ['replace'], value: 'CONVERT_TO_TEXT' },
  { path: '/credentials', allowed: ['replace'], value: 'arn:aws:iam::1:role/r' },
  { path: '/httpMethod', allowed: ['replace'], value: 'GET' },
  { path: '/integrationTarget', allowed: ['replace'], value: 'arn:x' },
  { path: '/passthroughBehavior', allowed: ['replace'], value: 'NEVER' },
  { path: '/requestParameters/integration.request.header.x', allowed: ['add', 'remove', 'replace'], value: "'w'" },
  { path: '/requestTemplates/application~1json', allowed: ['add', 'remove', 'replace'], value: '{"a":1}' },
  { path: '/responseTransferMode', allowed: ['replace'], value: 'STREAM' },
  { path: '/timeoutInMillis', allowed: ['replace'], value: '1000' },
  { path: '/tlsConfig/insecureSkipVerification', allowed: ['replace'], value: 'true' },
  { path: '/uri', allowed: ['replace'], value: 'http://other.example.com' },
  // Not patchable: the type, whole maps, the integration responses, anything else.
  { path: '/type', allowed: [] },
  { path: '/requestTemplates', allowed: [] },
  { path: '/requestParameters', allowed: [] },
  { path: '/tlsConfig', allowed: [] },
  { path: '/integrationResponses/200', allowed: [] },
  { path: '/foo', allowed: [] },
  { path: '/requestTemplates/application/json', allowed: [] },
];

describe('integration rules: every path x every op', () => {
  everyPathAndOp(integrationRules, baseIntegration, INTEGRATION_PATHS, methodFamily);
});

describe('integration rules: semantics', () => {
  const apply = (...ops: { op: string; path: string; value?: string }[]) => applyPatch(integrationRules, baseIntegration(), ops);

  it('runs the four examples of the manual page', () => {
    const added = applyPatch(integrationRules, { ...baseIntegration(), requestTemplates: undefined }, [
      { op: 'add', path: '/requestTemplates/application~1json' },
    ]);
    expect(added.requestTemplates).toEqual({ 'application/json': null });
    const replaced = applyPatch(integrationRules, added, [{ op: 'replace', path: '/requestTemplates/application~1json', value: '{"example": "json"}' }]);
    expect(replaced.requestTemplates).toEqual({ 'application/json': '{"example": "json"}' });
    const noSlash = applyPatch(integrationRules, replaced, [{ op: 'replace', path: 'requestTemplates/application~1json' }]);
    expect(noSlash.requestTemplates).toEqual({ 'application/json': null });
    const removed = applyPatch(integrationRules, noSlash, [{ op: 'remove', path: '/requestTemplates/application~1json' }]);
    expect(removed.requestTemplates).toBeUndefined();
  });

  it('reports missing map keys with AWS NotFound texts', () => {
    expect(patchOutcome(integrationRules, baseIntegration(), 'remove', '/requestTemplates/text~1plain')).toEqual({
      error: 'Content-Type specified was not found',
      status: 404,
    });
    expect(patchOutcome(integrationRules, baseIntegration(), 'replace', '/requestParameters/integration.request.header.y', "'v'")).toEqual({
      error: 'Invalid parameter name specified',
      status: 404,
    });
  });

  it('clears optional members with an empty value and keeps MOCK free of uri and httpMethod', () => {
    expect(apply({ op: 'replace', path: '/contentHandling', value: '' }).contentHandling).toBeUndefined();
    expect(apply({ op: 'replace', path: '/credentials', value: '' }).credentials).toBeUndefined();
    const mock = applyPatch(integrationRules, { type: 'MOCK', timeoutInMillis: 29000 } as Integration, [
      { op: 'replace', path: '/uri', value: 'http://x' },
      { op: 'replace', path: '/httpMethod', value: 'GET' },
    ]);
    expect(mock).toEqual({ type: 'MOCK', timeoutInMillis: 29000 });
  });

  it('keeps cache key parameters a set', () => {
    const once = apply({ op: 'add', path: '/cacheKeyParameters/method.request.path.id' }, { op: 'add', path: '/cacheKeyParameters/method.request.header.h' });
    expect(once.cacheKeyParameters).toEqual(['method.request.path.id', 'method.request.header.h']);
    expect(apply({ op: 'remove', path: '/cacheKeyParameters/method.request.path.id' }).cacheKeyParameters).toEqual([]);
  });

  it('is all or nothing: a failing op leaves the input untouched', () => {
    const base = baseIntegration();
    const before = JSON.stringify(base);
    expect(() => applyPatch(integrationRules, base, [{ op: 'replace', path: '/uri', value: 'http://x' }, { op: 'add', path: '/foo' }])).toThrow();
    expect(JSON.stringify(base)).toBe(before);
  });

  it('refuses a missing path with `Invalid patch path null`', () => {
    expect(() => applyPatch(integrationRules, baseIntegration(), [{ op: 'replace' }])).toThrow('Invalid patch path null');
  });
});

const baseResponse = (): IntegrationResponse => ({
  statusCode: '200',
  selectionPattern: '',
  responseParameters: { 'method.response.header.X': "'v'" },
  responseTemplates: { 'application/json': '{}' },
});

// AWS's table for UpdateIntegrationResponse (docs/research/patch-integration.md §4).
const RESPONSE_PATHS: PathSpec[] = [
  { path: '/contentHandling', allowed: ['replace'], value: 'CONVERT_TO_BINARY' },
  { path: '/responseParameters/method.response.header.X', allowed: ['add', 'remove', 'replace'], value: "'w'" },
  { path: '/responseTemplates/application~1json', allowed: ['add', 'remove', 'replace'], value: '{}' },
  { path: '/selectionPattern', allowed: ['replace'], value: '2\\d{2}' },
  { path: '/statusCode', allowed: [] },
  { path: '/responseTemplates', allowed: [] },
  { path: '/responseParameters', allowed: [] },
];

describe('integration response rules: every path x every op', () => {
  everyPathAndOp(integrationResponseRules, baseResponse, RESPONSE_PATHS, methodFamily);
});
