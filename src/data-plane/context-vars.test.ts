import { describe, expect, it } from 'vitest';
import { clfTime } from './context-vars.js';

describe('clfTime ($context.requestTime)', () => {
  it('formats dd/MMM/yyyy:HH:mm:ss +0000 in UTC', () => {
    expect(clfTime(Date.UTC(2026, 0, 5, 3, 4, 5, 678))).toBe('05/Jan/2026:03:04:05 +0000');
    expect(clfTime(Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toBe('31/Dec/2026:23:59:59 +0000');
  });

  it('gives each second its own text, whatever order the times come in', () => {
    const t = Date.UTC(2026, 5, 1, 12, 0, 0);
    expect(clfTime(t + 10)).toBe('01/Jun/2026:12:00:00 +0000');
    expect(clfTime(t + 999)).toBe('01/Jun/2026:12:00:00 +0000');
    expect(clfTime(t + 1000)).toBe('01/Jun/2026:12:00:01 +0000');
    expect(clfTime(t + 10)).toBe('01/Jun/2026:12:00:00 +0000');
  });
});
