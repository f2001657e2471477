/**
 * Lexer: token streams for the constructs whose tokenization decides AWS-visible output
 * (verified against Velocity 1.7's own token manager), and lexical errors with line, column and
 * caret.
 */
import { describe, expect, it } from 'vitest';
import { VtlError } from './errors.js';
import { TokenManager } from './lexer.js';
import { kindName } from './token.js';

function tokens(src: string): string[] {
  const tm = new TokenManager(src);
  const out: string[] = [];
  for (;;) {
    const t = tm.getNextToken();
    if (t.kind === 0) return out;
    out.push(`${kindName(t.kind)}:${t.image}`);
  }
}

describe('lexer', () => {
  it.each([
    ['hello $a.b', ['TEXT:hello ', 'IDENTIFIER:$a', 'DOT:.', 'IDENTIFIER:b']],
    ['$a-b-$c', ['IDENTIFIER:$a-b-', 'IDENTIFIER:$c']],
    ['${a}x', ['LCURLY:${', 'IDENTIFIER:a', 'RCURLY:}', 'TEXT:x']],
    ['$!a', ['IDENTIFIER:$!a']],
    ['$.x', ['EMPTY_INDEX:$.', 'TEXT:x']],
    ['$true', ['TRUE:$true']],
    ['  #set($a = 1)\nx', ['SET_DIRECTIVE:  #set(', 'IDENTIFIER:$a', 'WHITESPACE: ', 'EQUALS:=', 'WHITESPACE: ', 'INTEGER_LITERAL:1', 'RPAREN:)\n', 'TEXT:x']],
    ['#end  \nx', ['END:#end  \n', 'TEXT:x']],
    ['#{else}x', ['ELSE_DIRECTIVE:#{else}', 'TEXT:x']],
    ['## c\nx', ['SINGLE_LINE_COMMENT_START:##', 'SINGLE_LINE_COMMENT:\n', 'TEXT:x']],
    ['#* c *#x', ['MULTI_LINE_COMMENT:*#', 'TEXT:x']],
    ['#[[ $a ]]#', ['TEXTBLOCK:#[[ $a ]]#']],
    ['\\$a \\\\#if', ['IDENTIFIER:\\$a', 'TEXT: ', 'DOUBLE_ESCAPE:\\\\', 'IF_DIRECTIVE:#if']],
  ])('%j', (src, expected) => {
    expect(tokens(src)).toEqual(expected);
  });

  it('lexes 5-3 inside a directive as two integers (Velocity quirk)', () => {
    const tm = new TokenManager('#set($a = 5-3)');
    const kinds: string[] = [];
    for (let t = tm.getNextToken(); t.kind !== 0; t = tm.getNextToken()) kinds.push(kindName(t.kind));
    expect(kinds).toContain('INTEGER_LITERAL');
    expect(kinds.filter((k) => k === 'INTEGER_LITERAL')).toHaveLength(2);
  });

  it('treats doubled quotes as part of a string literal and backslash as plain', () => {
    expect(tokens("#set($a = 'it''s')")).toContain("STRING_LITERAL:'it''s'");
    const tm = new TokenManager('#set($a = "a\\"b")x');
    const images: string[] = [];
    for (let i = 0; i < 7; i++) images.push(tm.getNextToken().image);
    expect(images).toContain('"a\\"');
  });

  it.each([
    ['a$', 1, 3],
    ['line1\nab#', 2, 4],
    ['x\r\n  $!', 2, 5],
  ])('reports a lexical error at the end of %j', (src, line, column) => {
    let err: unknown;
    try {
      tokens(src);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(VtlError);
    const v = err as VtlError;
    expect(v.kind).toBe('lexical');
    expect([v.line, v.column]).toEqual([line, column]);
    expect(v.excerpt.split('\n')[1]).toBe(' '.repeat(column - 1) + '^');
  });
});
