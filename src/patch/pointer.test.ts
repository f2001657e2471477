import { describe, expect, it } from 'vitest';
import { decodeSegment, encodeSegment, parsePointer } from './pointer.js';

describe('JSON pointer', () => {
  it.each([
    ['/requestTemplates/application~1json', ['requestTemplates', 'application/json']],
    ['requestTemplates/application~1json', ['requestTemplates', 'application/json']],
    ['/a~0b/c~01', ['a~b', 'c~1']],
    ['/', []],
    ['', []],
    ['/a//b', ['a', '', 'b']],
    ['/a/', ['a', '']],
  ])('%j -> %j', (raw, segments) => {
    expect(parsePointer(raw).segments).toEqual(segments);
  });

  it('round-trips any segment', () => {
    for (const s of ['a/b', '~', '~1', '~0/~1', 'plain', '', 'ü/ñ~']) expect(decodeSegment(encodeSegment(s))).toBe(s);
  });
});
