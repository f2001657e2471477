/**
 * The AWS CLI's shorthand syntax (`--patch-operations op=replace,path=/a,value=1`), a port of
 * `awscli/shorthand.py` (AWS CLI v2 2.9.19, Apache-2.0, Copyright Amazon.com, Inc. or its
 * affiliates). This pass is purely syntactic: every scalar is a string; `coerce.ts` then converts
 * values by the shape, as the CLI's `BackCompatVisitor` does.
 *
 * Grammar (as in shorthand.py; the value regexes are given where used):
 *
 *   parameter      = keyval *("," keyval)
 *   keyval         = key "=" [values]
 *   key            = 1*(ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":")
 *   values         = csv-value / explicit-list / hash-literal
 *   csv-value      = first-value *("," second-value)     ; backtracks to the last "," before a key
 *   explicit-list  = "[" [explicit-value *("," explicit-value)] "]"
 *   explicit-value = explicit-list / hash-literal / first-value
 *   hash-literal   = "{" [key "=" explicit-value *("," key "=" explicit-value)] "}"
 *   first-value    = single-quoted / double-quoted / first-word
 *   second-value   = single-quoted / double-quoted / second-word
 *   single-quoted  = "'" *("\\" / "\'" / not-"'") "'"     ; \' and \\ unescaped
 *   double-quoted  = DQUOTE *("\\" / "\"" / not-DQUOTE) DQUOTE
 *
 * Whitespace (Python's `string.whitespace`) is allowed around "=" and ",". Positions are Python
 * string indexes (code points); errors carry the input and a caret line under the failure.
 * Characters are matched with the same regexes as the reference, run with the `u` flag so that a
 * character beyond U+FFFF is one code point, as in Python; Python's `\s` is spelled out because
 * JavaScript's differs.
 */

/** The value model of a parse: strings, lists and (ordered) maps. */
export type ShorthandValue = string | ShorthandValue[] | ShorthandMap;
export type ShorthandMap = Map<string, ShorthandValue>;

const PY_WS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
// The reference's classes (`\!\#-&\(-\+\--\<\>-Z\\-z\u007c-\uffff` and the follow sets), spelled
// with hex escapes because the `u` flag refuses identity escapes such as `\!`.
const START_WORD = '!\\x23-\\x26\\x28-\\x2b\\x2d-\\x3c\\x3e-\\x5a\\x5c-\\x7a\\x7c-\\uffff';
const FIRST_FOLLOW_CHARS = `${PY_WS}!\\x23-\\x26\\x28-\\x2b\\x2d-\\x5c\\x5e-\\x7c\\x7e-\\uffff`;
const SECOND_FOLLOW_CHARS = `${PY_WS}!\\x23-\\x26\\x28-\\x2b\\x2d-\\x3c\\x3e-\\uffff`;
const ESCAPED_COMMA = '(\\\\,)';

type NamedRegex = { readonly name: string; readonly regex: RegExp };
const named = (name: string, source: string): NamedRegex => ({ name, regex: new RegExp(source, 'uy') });

const SINGLE_QUOTED = named('singled quoted', "'(?:\\\\\\\\|\\\\'|[^'])*'");
const DOUBLE_QUOTED = named('double quoted', '"(?:\\\\\\\\|\\\\"|[^"])*"');
const FIRST_VALUE = named('first', `(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${FIRST_FOLLOW_CHARS}])*`);
const SECOND_VALUE = named('second', `(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${SECOND_FOLLOW_CHARS}])*`);

const WHITESPACE = ' \t\n\r\x0b\x0c';
const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;
const PY_TRAILING_SPACE = new RegExp(`[${PY_WS}]+$`, 'u');

/** Python's `str.rstrip()`. */
const rstrip = (s: string): string => s.replace(PY_TRAILING_SPACE, '');

/** Code points of `s` (Python indexes strings by code point). */
const cp = (s: string): string[] => [...s];

export class ShorthandParseError extends Error {
  /** `value` is the whole input, `index` a UTF-16 offset into it. */
  protected errorLocation(value: string, unitIndex: number): string {
    const chars = cp(value);
    const index = cp(value.slice(0, unitIndex)).length;
    let consumed = value;
    let remaining = '';
    let numSpaces = index;
    const before = chars.slice(0, index);
    if (before.includes('\n')) numSpaces = index - before.lastIndexOf('\n') - 1;
    const after = chars.slice(index);
    if (after.includes('\n')) {
      const nextNewline = index + after.indexOf('\n');
      consumed = chars.slice(0, nextNewline).join('');
      remaining = chars.slice(nextNewline).join('');
    }
    return `${consumed}\n${' '.repeat(numSpaces)}^${remaining}`;
  }
}

export class ShorthandParseSyntaxError extends ShorthandParseError {
  constructor(
    readonly value: string,
    readonly expected: string,
    readonly actual: string,
    readonly index: number,
  ) {
    super('');
    this.message = `Expected: '${expected}', received: '${actual}' for input:\n${this.errorLocation(value, index)}`;
  }
}

export class DuplicateKeyInObjectError extends ShorthandParseError {
  constructor(
    readonly key: string,
    readonly value: string,
    readonly index: number,
  ) {
    super('');
    this.message =
      `Second instance of key "${key}" encountered for input:\n${this.errorLocation(value, index)}\n` +
      'This is often because there is a preceding "," instead of a space.';
  }
}

/** Parse one shorthand value (one shell word). A fresh parser per parse. */
export function parseShorthand(value: string): ShorthandMap {
  return new ShorthandParser(value).parse();
}

class ShorthandParser {
  private index = 0;
  constructor(private readonly input: string) {}

  parse(): ShorthandMap {
    return this.parameter();
  }

  // parameter = keyval *("," keyval)
  private parameter(): ShorthandMap {
    const params: ShorthandMap = new Map();
    const [key, val] = this.keyval();
    params.set(key, val);
    let lastIndex = this.index;
    while (this.index < this.input.length) {
      this.expect(',', true);
      const [k, v] = this.keyval();
      if (params.has(k)) throw new DuplicateKeyInObjectError(k, this.input, lastIndex + 1);
      params.set(k, v);
      lastIndex = this.index;
    }
    return params;
  }

  // keyval = key "=" [values]
  private keyval(): [string, ShorthandValue] {
    const key = this.key();
    this.expect('=', true);
    return [key, this.values()];
  }

  // key = 1*(ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":")
  private key(): string {
    const start = this.index;
    while (!this.atEof() && KEY_CHARS.test(this.input[this.index]!)) this.index += 1;
    return this.input.slice(start, this.index);
  }

  // values = csv-value / explicit-list / hash-literal
  private values(): ShorthandValue {
    if (this.atEof()) return '';
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.csvValue();
  }

  // csv-value = first-value *("," second-value), backtracking to the previous "," when a
  // second value turns out to be the next key (`foo=a,b,c=d`).
  private csvValue(): ShorthandValue {
    const firstValue = this.firstValue();
    this.consumeWhitespace();
    if (this.atEof() || this.input[this.index] !== ',') return firstValue;
    this.expect(',', true);
    const csvList: string[] = [firstValue];
    for (;;) {
      try {
        const current = this.secondValue();
        this.consumeWhitespace();
        if (this.atEof()) {
          csvList.push(current);
          break;
        }
        this.expect(',', true);
        csvList.push(current);
      } catch (e) {
        if (!(e instanceof ShorthandParseSyntaxError)) throw e;
        if (this.atEof()) throw e;
        this.backtrackTo(',');
        break;
      }
    }
    return csvList.length === 1 ? firstValue : csvList;
  }

  // first-word: the `first` regex; no match is an empty value
  private value(): string {
    const consumed = this.consumeRegex(FIRST_VALUE);
    return consumed === null ? '' : rstrip(consumed.replaceAll('\\,', ','));
  }

  // explicit-list = "[" [explicit-value *("," explicit-value)] "]"
  private explicitList(): ShorthandValue[] {
    this.expect('[', true);
    const values: ShorthandValue[] = [];
    while (this.current() !== ']') {
      values.push(this.explicitValues());
      this.consumeWhitespace();
      if (this.current() !== ']') {
        this.expect(',');
        this.consumeWhitespace();
      }
    }
    this.expect(']');
    return values;
  }

  // explicit-value = explicit-list / hash-literal / first-value
  private explicitValues(): ShorthandValue {
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.firstValue();
  }

  // hash-literal = "{" [key "=" explicit-value *("," key "=" explicit-value)] "}"
  private hashLiteral(): ShorthandMap {
    this.expect('{', true);
    const keyvals: ShorthandMap = new Map();
    while (this.current() !== '}') {
      const key = this.key();
      this.expect('=', true);
      const v = this.explicitValues();
      this.consumeWhitespace();
      if (this.current() !== '}') {
        this.expect(',');
        this.consumeWhitespace();
      }
      keyvals.set(key, v);
    }
    this.expect('}');
    return keyvals;
  }

  // first-value = single-quoted / double-quoted / first-word
  private firstValue(): string {
    if (this.current() === "'") return this.consumeQuoted(SINGLE_QUOTED, "'");
    if (this.current() === '"') return this.consumeQuoted(DOUBLE_QUOTED, '"');
    return this.value();
  }

  // second-value = single-quoted / double-quoted / second-word
  private secondValue(): string {
    if (this.current() === "'") return this.consumeQuoted(SINGLE_QUOTED, "'");
    if (this.current() === '"') return this.consumeQuoted(DOUBLE_QUOTED, '"');
    return rstrip(this.mustConsumeRegex(SECOND_VALUE).replaceAll('\\,', ','));
  }

  // single-quoted / double-quoted: the quotes dropped, `\<quote>` and `\\` unescaped
  private consumeQuoted(regex: NamedRegex, escapedChar: string): string {
    const value = this.mustConsumeRegex(regex).slice(1, -1);
    return value.replaceAll(`\\${escapedChar}`, escapedChar).replaceAll('\\\\', '\\');
  }

  private expect(char: string, consumeWhitespace = false): void {
    if (consumeWhitespace) this.consumeWhitespace();
    if (this.index >= this.input.length) throw new ShorthandParseSyntaxError(this.input, char, 'EOF', this.index);
    const actual = String.fromCodePoint(this.input.codePointAt(this.index)!);
    if (actual !== char) throw new ShorthandParseSyntaxError(this.input, char, actual, this.index);
    this.index += 1;
    if (consumeWhitespace) this.consumeWhitespace();
  }

  private consumeRegex(regex: NamedRegex): string | null {
    regex.regex.lastIndex = this.index;
    const m = regex.regex.exec(this.input);
    if (!m) return null;
    this.index += m[0].length;
    return m[0];
  }

  private mustConsumeRegex(regex: NamedRegex): string {
    const v = this.consumeRegex(regex);
    if (v === null) throw new ShorthandParseSyntaxError(this.input, `<${regex.name}>`, '<none>', this.index);
    return v;
  }

  private current(): string | undefined {
    return this.index < this.input.length ? this.input[this.index] : undefined;
  }

  private atEof(): boolean {
    return this.index >= this.input.length;
  }

  private backtrackTo(char: string): void {
    while (this.index >= 0 && this.input[this.index] !== char) this.index -= 1;
  }

  private consumeWhitespace(): void {
    while (this.index < this.input.length && WHITESPACE.includes(this.input[this.index]!)) this.index += 1;
  }
}
