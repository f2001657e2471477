/**
 * Every limit of `limits.ts` is enforced with a `VtlError` of kind `limit`.
 */
import { describe, expect, it } from 'vitest';
import { VtlError } from './errors.js';
import { renderVelocity, type VtlLimits } from './index.js';

function limitError(template: string, limits: Partial<VtlLimits>): VtlError {
  try {
    renderVelocity(template, [], { limits });
  } catch (e) {
    if (e instanceof VtlError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('limits', () => {
  it.each<[string, string, Partial<VtlLimits>, RegExp]>([
    ['template size', 'x'.repeat(101), { maxTemplateSize: 100 }, /Template size 101 exceeds/],
    ['loop iterations', '#foreach($i in [1..50])#foreach($j in [1..50])x#end#end', { maxLoopIterations: 1000 }, /iterations exceed the limit of 1000/],
    ['range size', '#set($r = [1..5000])', { maxRangeSize: 1000 }, /Range of 5000 elements/],
    ['output size', '#foreach($i in [1..100])0123456789#end', { maxOutputSize: 500 }, /Output exceeds the limit of 500/],
    ['string size', "#set($s = 'ab')#foreach($i in [1..20])#set($s = \"$s$s\")#end", { maxOutputSize: 10_000 }, /(String longer than the limit|Output exceeds the limit)/],
    ['nesting', '#if(true)'.repeat(50) + '#end'.repeat(50), { maxNestingDepth: 20 }, /nesting deeper than 20/],
    ['macro depth', '#macro(r)#r()#end#r()', {}, /Max calling depth of 20/],
    ['macro calls', '#macro(t)x#end#foreach($i in [1..50])#t()#end', { maxMacroCalls: 10 }, /Macro calls exceed the limit of 10/],
  ])('%s', (_name, template, limits, message) => {
    const e = limitError(template, limits);
    expect(e.kind).toBe('limit');
    expect(e.message).toMatch(message);
  });
});
