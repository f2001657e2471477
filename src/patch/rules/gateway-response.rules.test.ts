/**
 * Every path x every op of UpdateGatewayResponse. Allowed ops: AWS's Patch Operations table
 * (`/statusCode` replace; parameters and templates add, replace, remove, per key). Every refusal is
 * `Invalid patch path {path}`, even for a known path [recorded: update-gateway-add-status-code,
 * update-gateway-remove-status-code, update-gateway-wrong-path].
 */
import { describe, expect, it } from 'vitest';
import type { GatewayResponse } from '../../model/gateway-response.js';
import { applyPatch } from '../engine.js';
import { everyPathAndOp, patchOutcome, type PathSpec } from '../table-test.js';
import { gatewayResponseRules } from './gateway-response.rules.js';

const base = (): GatewayResponse => ({
  responseType: 'DEFAULT_4XX',
  statusCode: '404',
  responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'a.b.c'" },
  responseTemplates: { 'application/json': '{"message":$context.error.messageString}' },
  defaultResponse: false,
});

const origin = '/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin';

describe('gateway response rules', () => {
  everyPathAndOp(gatewayResponseRules, base, [
    { path: '/statusCode', allowed: ['replace'], value: '444' },
    { path: origin, allowed: ['add', 'replace', 'remove'], value: "'example.com'" },
    { path: '/responseTemplates/application~1json', allowed: ['add', 'replace', 'remove'], value: '{}' },
    { path: '/responseParameters', allowed: [], value: 'x' },
    { path: '/responseTemplates', allowed: [], value: 'x' },
    { path: '/wrongPath', allowed: [], value: "'example.com'" },
    { path: '/defaultResponse', allowed: [], value: 'true' },
  ], (spec: PathSpec) => `Invalid patch path ${spec.path}`);

  it('answers a missing path with `Invalid patch path null` [recorded: update-gateway-no-path]', () => {
    expect(() => applyPatch(gatewayResponseRules, base(), [{ op: 'add', value: "'example.com'" }])).toThrow('Invalid patch path null');
  });

  it('refuses to replace a parameter the response lacks [recorded: update-gateway-replace-invalid-parameter]', () => {
    const bare = { ...base(), responseParameters: {} };
    expect(patchOutcome(gatewayResponseRules, bare, 'replace', origin, "'example.com'")).toEqual({ error: 'Invalid parameter name specified', status: 404 });
  });

  it('refuses null values [recorded: update-gateway-replace-invalid-parameter-{0,1}-none]', () => {
    expect(patchOutcome(gatewayResponseRules, base(), 'replace', '/responseTemplates/application~1json')).toEqual({
      error: 'Invalid null or empty value in responseTemplates',
      status: 400,
    });
    expect(patchOutcome(gatewayResponseRules, base(), 'replace', origin)).toEqual({ error: 'Invalid null or empty value in responseParameters', status: 400 });
  });

  it('applies several operations in order [recorded: update-gateway-response]', () => {
    const updated = applyPatch(gatewayResponseRules, base(), [
      { op: 'replace', path: '/statusCode', value: '444' },
      { op: 'replace', path: origin, value: "'example.com'" },
      { op: 'add', path: '/responseTemplates/application~1xml', value: '<m/>' },
    ]);
    expect(updated.statusCode).toBe('444');
    expect(updated.responseParameters['gatewayresponse.header.Access-Control-Allow-Origin']).toBe("'example.com'");
    expect(updated.responseTemplates['application/xml']).toBe('<m/>');
  });
});
