import { describe, expect, it } from 'vitest';
import { selectIntegrationResponse } from './selection.js';

const responses = {
  '200': { statusCode: '200' },
  '400': { statusCode: '400', selectionPattern: '4\\d{2}' },
  '405': { statusCode: '405', selectionPattern: '.*four hundred.*' },
  '502': { statusCode: '502', selectionPattern: '.+' },
};

describe('integration response selection', () => {
  it.each([
    ['404', '400'],
    ['201', '502'],
    ['Error: Raising four hundred from within', '405'],
    ['', '200'],
    ['line one\nline two', '200'],
  ])('%j -> %s', (value, status) => expect(selectIntegrationResponse(responses, value)?.statusCode).toBe(status));

  it('matches the whole value, not a prefix [docs]', () => {
    expect(selectIntegrationResponse({ '200': { statusCode: '200' }, '400': { statusCode: '400', selectionPattern: '4' } }, '404')?.statusCode).toBe('200');
  });

  it('has no answer without a default response', () => {
    expect(selectIntegrationResponse({ '400': { statusCode: '400', selectionPattern: '400' } }, '404')).toBeUndefined();
  });
});
