import { describe, expect, it } from 'vitest';
import { GatewayError } from '../gateway-errors.js';
import { requestTemplate, responseTemplate } from './template-selection.js';

const json = { 'application/json': 'J' };
const xml = { 'application/xml': 'X' };

const outcome = (templates: Record<string, string> | undefined, contentType: string | undefined, behavior: string): string => {
  try {
    const choice = requestTemplate(templates, contentType, behavior);
    return choice.kind === 'template' ? choice.template : 'pass';
  } catch (err) {
    return err instanceof GatewayError ? String((err as GatewayError).options.status ?? 415) : 'error';
  }
};

describe('request template selection: the passthrough matrix of the AWS docs', () => {
  it.each([
    [undefined, 'application/json', 'pass', 'pass', '415'],
    [json, undefined, 'J', 'J', 'J'],
    [json, 'application/json', 'J', 'J', 'J'],
    [json, 'application/xml', 'pass', '415', '415'],
    [xml, undefined, 'pass', '415', '415'],
    [xml, 'application/json', 'pass', '415', '415'],
    [xml, 'application/xml; charset=utf-8', 'X', 'X', 'X'],
  ])('templates %j, Content-Type %s: %s / %s / %s', (templates, ct, noMatch, noTemplates, never) => {
    expect(outcome(templates, ct, 'WHEN_NO_MATCH')).toBe(noMatch);
    expect(outcome(templates, ct, 'WHEN_NO_TEMPLATES')).toBe(noTemplates);
    expect(outcome(templates, ct, 'NEVER')).toBe(never);
  });

  it('selects a null (empty) template like any other, so NEVER does not refuse, and passes the body through', () => {
    expect(requestTemplate({ 'application/json': null }, undefined, 'NEVER')).toEqual({ kind: 'passthrough' });
    expect(requestTemplate({ 'application/json': '' }, 'application/json', 'WHEN_NO_TEMPLATES')).toEqual({ kind: 'passthrough' });
    expect(() => requestTemplate({ 'application/json': null }, 'text/plain', 'NEVER')).toThrow('Unsupported Media Type');
  });
});

describe('response template selection', () => {
  it('follows Accept, then application/json, then the first template', () => {
    expect(responseTemplate({ 'application/xml': 'X', 'application/json': 'J' }, 'application/xml')).toEqual({ kind: 'template', template: 'X' });
    expect(responseTemplate({ 'application/xml': 'X', 'application/json': 'J' }, 'text/html')).toEqual({ kind: 'template', template: 'J' });
    expect(responseTemplate({ 'application/xml': 'X', 'text/csv': 'C' }, undefined)).toEqual({ kind: 'template', template: 'X' });
    expect(responseTemplate({}, undefined)).toEqual({ kind: 'passthrough' });
    expect(responseTemplate({ 'application/json': null, 'application/xml': 'X' }, undefined)).toEqual({ kind: 'passthrough' });
  });
});
