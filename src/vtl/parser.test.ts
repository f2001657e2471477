/**
 * Parser: Velocity 1.7 grammar decisions (seen through rendering) and parse errors with line,
 * column and a caret under the offending token.
 */
import { describe, expect, it } from 'vitest';
import { VtlError } from './errors.js';
import { renderVelocity } from './index.js';
import { parseTemplate } from './template.js';

const render = (t: string): string => renderVelocity(t, [['x', 'X']]);

describe('parser', () => {
  it.each([
    // whitespace: a directive's `)` eats trailing blanks and one newline; #set eats leading blanks
    ['a\n  #set($y = 1)\n  #if($y)\nyes\n  #end\nb', 'a\n    yes\n  b'],
    ['#if(true) \n y #end \nz', ' y z'],
    ['#foreach($i in [1..2])\n  $i\n#end\n', '  1\n  2\n'],
    // a directive name without parentheses is text; so is an undefined macro call
    ['#foo and #bar()', '#foo and #bar()'],
    // `$a-` is one reference, `#1` is text, `$` before a non-identifier is text
    ["#set($a = 'A')[$a-$x]", '[X]'],
    ['#1 $5 $ x', '#1 $5 $ x'],
    // escapes
    ['\\$x \\\\$x \\#if \\#foo', '$x \\X #if \\#foo'],
    // comments and text blocks
    ['a## c\nb#* c *#c#[[ $x ]]#', 'abc $x '],
    // #elseif/#else, brackets, ranges, maps, lists
    ['#if(false)1#elseif(true)2#{else}3#end', '2'],
    ['#set($m = {"a": [1..3], "b": {}})$m', '{a=[1, 2, 3], b={}}'],
  ])('%j', (template, expected) => {
    expect(render(template)).toBe(expected);
  });

  it.each([
    ['#if($a\n#end', 2, 1],
    ['line one\n#set($a = 5-3)', 2, 12],
    ['#foreach($i in [1..2])\nx', 2, 2],
    ['#macro()#end', 1, 1],
    ['$a.b(\'x\'', 1, 9],
  ])('reports a parse error in %j at line %i column %i', (template, line, column) => {
    let err: unknown;
    try {
      parseTemplate(template);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(VtlError);
    const v = err as VtlError;
    expect([v.kind, v.line, v.column]).toEqual(['parse', line, column]);
    const [src, caret] = v.excerpt.split('\n');
    expect(src).toBe(template.split('\n')[line - 1]);
    expect(caret).toBe(' '.repeat(column - 1) + '^');
    expect(v.message).toContain(`line ${String(line)}, column ${String(column)}`);
  });

  it('uses a fresh parser per parse (no state leaks between parses)', () => {
    expect(() => parseTemplate('#if(true)')).toThrow(VtlError);
    expect(render('#if(true)ok#end')).toBe('ok');
  });
});
