/** Table-driven cases of the shorthand parser, and pathological input under a time limit. */
import { describe, expect, it } from 'vitest';
import { parseShorthand, ShorthandParseError, type ShorthandValue } from './parser.js';

const plain = (v: ShorthandValue): unknown =>
  typeof v === 'string' ? v : Array.isArray(v) ? v.map(plain) : Object.fromEntries([...v].map(([k, x]) => [k, plain(x)]));

describe('parseShorthand', () => {
  it.each([
    ['a=b', { a: 'b' }],
    ['a=b,c', { a: ['b', 'c'] }],
    ['foo=a,b,c=d', { foo: ['a', 'b'], c: 'd' }],
    ["op='add',path='/requestTemplates/application~1json'", { op: 'add', path: '/requestTemplates/application~1json' }],
    ["value='2\\d{2}'", { value: '2\\d{2}' }],
    ['a={b=c,d=[e,f]}', { a: { b: 'c', d: ['e', 'f'] } }],
    ['a=b\\,c', { a: 'b,c' }],
  ])('%s', (input, expected) => {
    expect(plain(parseShorthand(input))).toEqual(expected);
  });

  it('reports the position with a caret', () => {
    expect(() => parseShorthand('value=http://example.com/{id}')).toThrow("Expected: ',', received: '}' for input:\nvalue=http://example.com/{id}\n                            ^");
  });

  it('handles pathological input quickly', () => {
    const inputs = [
      'a=' + "'".repeat(20000),
      'a=' + '['.repeat(2000),
      'a=' + 'b,'.repeat(20000),
      'a=' + '\\'.repeat(50000),
      'a="' + '\\"'.repeat(20000),
      ('k=v,').repeat(5000) + 'k',
    ];
    const start = Date.now();
    for (const s of inputs) {
      try {
        parseShorthand(s);
      } catch (e) {
        if (!(e instanceof ShorthandParseError) && !(e instanceof RangeError)) throw e;
      }
    }
    expect(Date.now() - start).toBeLessThan(5000);
  });
});
