/**
 * libyaml 0.2.5's writers (emitter.c, MIT): indentation, indicators and the three scalar styles
 * the AWS CLI's YAML can use. Columns count characters. Plain and single-quoted text folds at a
 * single space once the column is past 80; double-quoted text folds too, escaping a following
 * space with `\`, and escapes what libyaml cannot print (`\t`, `\x7F`, `\N`, `\L`, `\P`,
 * `\uFEFF`, `\U0001F600`; hex digits upper-case). A line break inside a single-quoted scalar is
 * written as an empty line.
 */
import { isBreak, isPrintable, isSpace } from './analyze.js';

export const BEST_WIDTH = 80;
const HEX = '0123456789ABCDEF';

const ESCAPES = new Map<number, string>([
  [0x00, '0'], [0x07, 'a'], [0x08, 'b'], [0x09, 't'], [0x0a, 'n'], [0x0b, 'v'], [0x0c, 'f'], [0x0d, 'r'],
  [0x1b, 'e'], [0x22, '"'], [0x5c, '\\'], [0x85, 'N'], [0xa0, '_'], [0x2028, 'L'], [0x2029, 'P'],
]);

export abstract class ScalarWriter {
  protected readonly out: string[] = [];
  protected indent = -1;
  protected flowLevel = 0;
  protected column = 0;
  protected whitespace = true;
  protected indention = true;

  protected put(s: string): void {
    this.out.push(s);
    this.column++;
  }

  protected putBreak(): void {
    this.out.push('\n');
    this.column = 0;
  }

  protected writeChar(c: number): void {
    this.put(String.fromCodePoint(c));
  }

  protected writeBreak(c: number): void {
    if (c === 0x0a) this.putBreak();
    else {
      this.out.push(String.fromCodePoint(c));
      this.column = 0;
    }
  }

  protected writeIndent(): void {
    const indent = this.indent >= 0 ? this.indent : 0;
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  protected writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.out.push(indicator);
    this.column += indicator.length;
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  protected writePlain(chars: readonly number[], allowBreaks: boolean): void {
    let spaces = false;
    let breaks = false;
    if (!this.whitespace && (chars.length || this.flowLevel)) this.put(' ');
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      if (isSpace(c)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && !isSpace(chars[i + 1])) this.writeIndent();
        else this.writeChar(c);
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.writeChar(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  protected writeSingleQuoted(chars: readonly number[], allowBreaks: boolean): void {
    let spaces = false;
    let breaks = false;
    this.writeIndicator("'", true, false, false);
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      if (isSpace(c)) {
        const fold = allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1 && !isSpace(chars[i + 1]);
        if (fold) this.writeIndent();
        else this.writeChar(c);
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (c === 0x27) this.put("'");
        this.writeChar(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    if (breaks) this.writeIndent();
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  protected writeDoubleQuoted(chars: readonly number[], allowBreaks: boolean): void {
    let spaces = false;
    this.writeIndicator('"', true, false, false);
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      if (!isPrintable(c) || c === 0xfeff || isBreak(c) || c === 0x22 || c === 0x5c) {
        this.put('\\');
        const short = ESCAPES.get(c);
        if (short !== undefined) this.put(short);
        else {
          const [letter, width] = c <= 0xff ? ['x', 2] : c <= 0xffff ? ['u', 4] : ['U', 8];
          this.put(letter);
          for (let k = (width - 1) * 4; k >= 0; k -= 4) this.put(HEX[(c >> k) & 0x0f]!);
        }
        spaces = false;
      } else if (isSpace(c)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
          this.writeIndent();
          if (isSpace(chars[i + 1])) this.put('\\');
        } else this.writeChar(c);
        spaces = true;
      } else {
        this.writeChar(c);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }
}
