/**
 * A port of awscli/table.py's MultiTable and Section (AWS CLI v2, Apache-2.0), the renderer behind
 * `--output table`. The table is as wide as its widest section (Σ(widest cell + 4) + 2 + 2×indent,
 * at least title + 2 + 2×indent); when that passes the terminal width (80 when stdout is not a
 * terminal), single-row sections with headers turn into key/value rows, and nothing shrinks
 * further. Column widths scale with Python's `round` (half to even), then give or take one
 * column at a time. Text width counts East Asian Wide, Fullwidth and Ambiguous characters as two
 * columns (Python 3.11's Unicode 14 data). With colour on, row cells are bright blue and the
 * indentation bars dim yellow, and colorama (wrapping stdout) appends a reset after every write.
 */
import { pyStr } from '../../py/repr.js';
import { isWide } from '../../unicode/tables.js';
import { PyError } from '../../py/errors.js';
import type { PyValue } from '../../value.js';

/** `get_text_length(str(text))`. */
export function textLength(text: string): number {
  let n = 0;
  for (const ch of text) n += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return n;
}

/** Python's `round(x)` for a float: nearest integer, ties to even. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

const spaces = (n: number): string => (n > 0 ? ' '.repeat(n) : '');

export function centerText(text: string, length: number, left: string, right: string, textLen: number): string {
  const charStart = Math.floor(length / 2) - Math.floor(textLen / 2) - 1;
  const soFar = textLength(left) + charStart + textLen;
  return left + spaces(charStart) + text + spaces(length - textLength(right) - soFar) + right;
}

export function alignLeft(text: string, length: number, left: string, right: string, textLen: number): string {
  const computed = textLen + 2 + textLength(left) + textLength(right);
  const padding = length - computed >= 0 ? 2 : 0;
  const soFar = left.length + padding + textLen;
  return left + spaces(padding) + text + spaces(length - soFar - right.length) + right;
}

export class Section {
  /** None when a nested list of dicts opens a section without a title (it still counts as `'None'`). */
  title: string | null = '';
  headers: string[] = [];
  rows: string[][] = [];
  indentLevel = 0;
  private numCols: number | null = null;
  private maxWidths: number[] = [];

  calculateColumnWidths(padding = 0, maxWidth?: number): number[] {
    const unscaled = this.maxWidths.map((w) => w + padding);
    if (maxWidth === undefined || unscaled.length === 0) return unscaled;
    const scale = maxWidth / unscaled.reduce((a, b) => a + b, 0);
    const scaled = unscaled.map((w) => roundHalfEven(scale * w));
    let offBy = scaled.reduce((a, b) => a + b, 0) - maxWidth;
    while (offBy !== 0) {
      const order = scaled.map((_, i) => i);
      if (offBy < 0) order.reverse();
      for (const i of order) {
        if (offBy > 0) {
          scaled[i]!--;
          offBy--;
        } else {
          scaled[i]!++;
          offBy++;
        }
        if (offBy === 0) break;
      }
    }
    return scaled;
  }

  totalWidth(padding: number, withBorder: boolean, outerPadding: number): number {
    let total = this.calculateColumnWidths().reduce((sum, w) => sum + w + padding, 0);
    if (withBorder) total += 2;
    total += 2 * outerPadding;
    return Math.max(textLength(this.title ?? 'None') + 2 + 2 * outerPadding, total);
  }

  addHeader(headers: string[]): void {
    this.updateMaxWidths(headers.map((h) => pyStr(h)));
    if (this.numCols === null) this.numCols = headers.length;
    this.headers = headers;
  }

  addRow(row: readonly PyValue[]): void {
    if (this.numCols === null) this.numCols = row.length;
    if (row.length !== this.numCols) {
      throw new PyError('ValueError', `Row should have ${this.numCols} elements, instead it has ${row.length}`);
    }
    const formatted = row.map(pyStr);
    this.rows.push(formatted);
    this.updateMaxWidths(formatted);
  }

  private updateMaxWidths(row: readonly string[]): void {
    if (this.maxWidths.length === 0) this.maxWidths = row.map(textLength);
    else {
      row.forEach((el, i) => {
        if (i >= this.maxWidths.length) throw new PyError('IndexError', 'list index out of range');
        this.maxWidths[i] = Math.max(textLength(el), this.maxWidths[i]!);
      });
    }
  }
}

export type TableStyle = { readonly color: boolean; readonly resetAfterWrite: boolean };
const RESET = '\x1b[0m';

export class MultiTable {
  private readonly sections: Section[] = [];
  private current: Section | null = null;

  constructor(
    private readonly terminalWidth: number,
    private readonly style: TableStyle,
  ) {}

  newSection(title: string | null, indentLevel = 0): void {
    this.current = new Section();
    this.current.title = title;
    this.current.indentLevel = indentLevel;
    this.sections.push(this.current);
  }

  addRowHeader(headers: string[]): void {
    this.section().addHeader(headers);
  }

  addRow(row: readonly PyValue[]): void {
    this.section().addRow(row);
  }

  private section(): Section {
    if (!this.current) throw new PyError('AttributeError', "'NoneType' object has no attribute 'add_row'");
    return this.current;
  }

  render(write: (s: string) => void): void {
    const out = this.style.resetAfterWrite ? (s: string) => write(s + RESET) : write;
    let maxWidth = this.maxWidth();
    if (maxWidth > this.terminalWidth) {
      this.convertToVertical();
      maxWidth = this.maxWidth();
    }
    out('-'.repeat(maxWidth) + '\n');
    for (const section of this.sections) this.renderSection(section, maxWidth, out);
  }

  private maxWidth(): number {
    return Math.max(...this.sections.map((s) => s.totalWidth(4, true, s.indentLevel)));
  }

  /** `convert_to_vertical_table`: a single-row section with headers becomes key/value rows. */
  private convertToVertical(): void {
    this.sections.forEach((section, i) => {
      if (section.rows.length === 1 && section.headers.length) {
        const vertical = new Section();
        vertical.title = section.title;
        vertical.indentLevel = section.indentLevel;
        const row = section.rows[0]!;
        for (let j = 0; j < Math.min(section.headers.length, row.length); j++) vertical.addRow([section.headers[j]!, row[j]!]);
        this.sections[i] = vertical;
      }
    });
  }

  private renderSection(section: Section, maxWidth: number, write: (s: string) => void): void {
    const bar = this.style.color ? '\x1b[2m\x1b[33m|\x1b[0m' : '|';
    const indent = bar.repeat(section.indentLevel);
    // IndentedStream.write
    const line = (text: string): void => {
      write(indent);
      write(text.slice(0, -1));
      write(indent);
      write('\n');
    };
    const width = maxWidth - section.indentLevel * 2;
    if (section.title) {
      line(centerText(section.title, width, '|', '|', textLength(section.title)) + '\n');
      if (!section.headers.length && !section.rows.length) line(`+${'-'.repeat(Math.max(0, width - 2))}+\n`);
    }
    if (section.headers.length) {
      const widths = section.calculateColumnWidths(4, width);
      let current = '';
      widths.forEach((w, i) => {
        const header = section.headers[i];
        if (header !== undefined) current += centerText(header, w, i === 0 ? '|' : '', '|', textLength(header));
      });
      line(lineBreak(widths));
      line(current + '\n');
    }
    if (!section.rows.length) return;
    const widths = section.calculateColumnWidths(4, width);
    if (!widths.length) return;
    line(lineBreak(widths));
    for (const row of section.rows) {
      let current = '';
      widths.forEach((w, i) => {
        const element = row[i];
        if (element === undefined) return;
        const styled = this.style.color ? `\x1b[1m\x1b[34m${element}${RESET}` : element;
        current += alignLeft(styled, w, i === 0 ? '|' : '', '|', textLength(element));
      });
      line(current + '\n');
    }
    line(lineBreak(widths));
  }
}

/** `_write_line_break`: `+-----+------+`. */
function lineBreak(widths: readonly number[]): string {
  return widths.map((w, i) => (i === 0 ? `+${'-'.repeat(Math.max(0, w - 2))}+` : `${'-'.repeat(Math.max(0, w - 1))}+`)).join('') + '\n';
}
