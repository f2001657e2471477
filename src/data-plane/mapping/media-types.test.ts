import { describe, expect, it } from 'vitest';
import { isBinaryType, mediaType } from './media-types.js';

describe('media types', () => {
  it.each([
    ['application/json; charset=UTF-8', 'application/json'],
    ['Image/PNG, text/plain', 'image/png'],
    ['', undefined],
    [undefined, undefined],
  ])('%j -> %j', (header, type) => expect(mediaType(header)).toBe(type));

  it.each([
    ['image/png', ['image/png'], true],
    ['image/png', ['image/*'], true],
    ['image/png', ['*/png'], false],
    ['image/png', ['*/*'], true],
    ['text/plain', ['image/*'], false],
    ['image/png', [], false],
    [undefined, ['*/*'], false],
  ] as const)('%s in %j: %s', (type, list, binary) => expect(isBinaryType(type, list)).toBe(binary));
});
