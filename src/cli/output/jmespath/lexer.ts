/**
 * jmespath.py 1.0.1's lexer (lexer.py), which the AWS CLI runs on `--query` while it parses its
 * arguments. Python flavour kept on purpose:
 *   - positions count code points (Python str indexes), so carets line up under astral characters;
 *   - a backtick literal that is not JSON is read as a JSON string of its left-stripped text
 *     (`` `foo` `` is "foo", the deprecated JEP-12 form); `Bad token ...` only when that fails too;
 *   - in raw strings ('...') only `\'` is an escape; every other backslash stays;
 *   - whitespace is space, tab, CR and LF only; identifiers are ASCII.
 * Port of MIT-licensed code, see NOTICE.md.
 *
 * Tokens (the grammar lives in parser.ts):
 *   unquoted_identifier = [A-Za-z_] [A-Za-z0-9_]*
 *   quoted_identifier   = '"' JSON-string-body '"'
 *   literal             = '`' (JSON / any text) '`'  |  "'" raw-text "'"
 *   number              = '-'? [0-9]+
 *   flatten "[]", filter "[?", lbracket "[", or "||", pipe "|", and "&&", expref "&",
 *   lte "<=", lt "<", gte ">=", gt ">", ne "!=", not "!", eq "==",
 *   dot star rbracket comma colon current lparen rparen lbrace rbrace, eof
 */
import { parseJson, parseJsonString } from '../json-parse.js';
import { PyError } from '../py/errors.js';
import type { PyValue } from '../value.js';
import { emptyExpression, lexerError } from './errors.js';

export type TokenType =
  | 'dot' | 'star' | 'rbracket' | 'comma' | 'colon' | 'current' | 'lparen' | 'rparen' | 'lbrace' | 'rbrace'
  | 'unquoted_identifier' | 'quoted_identifier' | 'flatten' | 'filter' | 'lbracket' | 'literal' | 'or'
  | 'pipe' | 'and' | 'expref' | 'number' | 'lte' | 'lt' | 'gte' | 'gt' | 'ne' | 'not' | 'eq' | 'eof';

/** `value` is a string for identifiers and punctuation, a bigint for numbers, any value for literals. */
export type Token = { readonly type: TokenType; readonly value: PyValue; readonly start: number };

const SIMPLE: Readonly<Record<string, TokenType>> = {
  '.': 'dot', '*': 'star', ']': 'rbracket', ',': 'comma', ':': 'colon', '@': 'current',
  '(': 'lparen', ')': 'rparen', '{': 'lbrace', '}': 'rbrace',
};
const isStartIdent = (c: string): boolean => /^[A-Za-z_]$/.test(c);
const isIdent = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9_]$/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
/** `str.lstrip()` whitespace (Py_UNICODE_ISSPACE). */
const PY_LEADING_SPACE = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** Python's `except ValueError` (JSONDecodeError and int()'s digit limit are ValueErrors). */
const isValueError = (e: unknown): e is PyError =>
  e instanceof PyError && (e.pyType === 'ValueError' || e.pyType === 'JSONDecodeError');

export class Lexer {
  private readonly chars: string[];
  private pos = 0;
  private current: string | undefined;

  constructor(private readonly expression: string) {
    this.chars = [...expression];
    this.current = this.chars[0];
  }

  /** Like `Lexer._next`: at the last character the position stays put and `current` becomes None. */
  private next(): string | undefined {
    if (this.pos >= this.chars.length - 1) this.current = undefined;
    else this.current = this.chars[++this.pos];
    return this.current;
  }

  tokenize(): Token[] {
    if (this.chars.length === 0) throw emptyExpression();
    const tokens: Token[] = [];
    const push = (type: TokenType, value: PyValue, start: number): void => {
      tokens.push({ type, value, start });
    };
    for (let c = this.current; c !== undefined; c = this.current) {
      const start = this.pos;
      const simple = SIMPLE[c];
      if (simple !== undefined) {
        push(simple, c, start);
        this.next();
      } else if (isStartIdent(c)) {
        let buff = c;
        while (isIdent(this.next())) buff += this.current;
        push('unquoted_identifier', buff, start);
      } else if (WHITESPACE.has(c)) {
        this.next();
      } else if (c === '[') {
        const n = this.next();
        if (n === ']') {
          this.next();
          push('flatten', '[]', start);
        } else if (n === '?') {
          this.next();
          push('filter', '[?', start);
        } else push('lbracket', '[', start);
      } else if (c === "'") {
        push('literal', this.consumeUntil("'").replaceAll("\\'", "'"), start);
      } else if (c === '|') {
        this.matchOrElse('|', 'or', 'pipe', push);
      } else if (c === '&') {
        this.matchOrElse('&', 'and', 'expref', push);
      } else if (c === '`') {
        push('literal', this.consumeLiteral(), start);
      } else if (isDigit(c)) {
        push('number', BigInt(this.consumeNumber()), start);
      } else if (c === '-') {
        const buff = this.consumeNumber();
        if (buff.length > 1) push('number', BigInt(buff), start);
        else throw lexerError(this.expression, start, `Unknown token '${buff}'`);
      } else if (c === '"') {
        push('quoted_identifier', this.consumeQuotedIdentifier(), start);
      } else if (c === '<') {
        this.matchOrElse('=', 'lte', 'lt', push);
      } else if (c === '>') {
        this.matchOrElse('=', 'gte', 'gt', push);
      } else if (c === '!') {
        this.matchOrElse('=', 'ne', 'not', push);
      } else if (c === '=') {
        if (this.next() === '=') {
          push('eq', '==', this.pos - 1);
          this.next();
        } else {
          // At EOF the lexer never advanced, so it does not rewind either.
          const position = this.current === undefined ? this.pos : this.pos - 1;
          throw lexerError(this.expression, position, "Unknown token '='");
        }
      } else {
        throw lexerError(this.expression, this.pos, `Unknown token ${c}`);
      }
    }
    push('eof', '', this.chars.length);
    return tokens;
  }

  private consumeNumber(): string {
    let buff = this.current!;
    while (isDigit(this.next())) buff += this.current;
    return buff;
  }

  /** Text up to the closing delimiter; a backslash keeps itself and the next character. */
  private consumeUntil(delimiter: string): string {
    const start = this.pos;
    let buff = '';
    this.next();
    while (this.current !== delimiter) {
      if (this.current === '\\') {
        buff += '\\';
        this.next();
      }
      if (this.current === undefined) throw lexerError(this.expression, start, `Unclosed ${delimiter} delimiter`);
      buff += this.current;
      this.next();
    }
    this.next();
    return buff;
  }

  private consumeLiteral(): PyValue {
    const start = this.pos;
    const lexeme = this.consumeUntil('`').replaceAll('\\`', '`');
    try {
      return parseJson(lexeme);
    } catch (e) {
      if (!isValueError(e)) throw e;
    }
    try {
      return parseJson(`"${lexeme.replace(PY_LEADING_SPACE, '')}"`);
    } catch (e) {
      if (!isValueError(e)) throw e;
      throw lexerError(this.expression, start, `Bad token ${lexeme}`);
    }
  }

  private consumeQuotedIdentifier(): string {
    const start = this.pos;
    const lexeme = '"' + this.consumeUntil('"') + '"';
    try {
      return parseJsonString(lexeme);
    } catch (e) {
      if (!isValueError(e)) throw e;
      throw lexerError(this.expression, start, e.message.split(':')[0]!);
    }
  }

  private matchOrElse(
    expected: string,
    matchType: TokenType,
    elseType: TokenType,
    push: (type: TokenType, value: PyValue, start: number) => void,
  ): void {
    const start = this.pos;
    const current = this.current!;
    if (this.next() === expected) {
      this.next();
      push(matchType, current + expected, start);
    } else push(elseType, current, start);
  }
}
