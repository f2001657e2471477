/**
 * Template errors. API Gateway answers any mapping-template failure — a Velocity parse error, a
 * Java exception in a method, a limit — with a 500 "Internal server error" (spec §5.4, inferred);
 * the emulator additionally keeps the reason, with the line and column in the template and a
 * caret line, so that `portico render-template` and logs can point at the problem.
 */

export type VtlErrorKind = 'lexical' | 'parse' | 'runtime' | 'limit';

/** Line (1-based), column (1-based, UTF-16 units) and the source line with a caret under it. */
export interface SourcePosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly sourceLine: string;
  readonly caret: string;
}

export function positionOf(source: string, offset: number): SourcePosition {
  const at = Math.max(0, Math.min(offset, source.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  let lineEnd = lineStart;
  while (lineEnd < source.length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++;
  const column = at - lineStart + 1;
  const sourceLine = source.slice(lineStart, lineEnd).replace(/\t/g, ' ');
  return { offset: at, line, column, sourceLine, caret: ' '.repeat(column - 1) + '^' };
}

export class VtlError extends Error {
  override readonly name = 'VtlError';
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** The offending source line followed by a caret line. */
  readonly excerpt: string;

  constructor(
    readonly kind: VtlErrorKind,
    readonly reason: string,
    source: string,
    offset: number,
  ) {
    const pos = positionOf(source, offset);
    const excerpt = pos.sourceLine + '\n' + pos.caret;
    super(`${reason} at line ${String(pos.line)}, column ${String(pos.column)}\n${excerpt}`);
    this.line = pos.line;
    this.column = pos.column;
    this.offset = pos.offset;
    this.excerpt = excerpt;
  }
}
