/**
 * The token-level half of jmespath.py 1.0.1's parser (parser.py): the token list with lookahead,
 * `_match`, the EOF-aware error helpers, and the Python frame accounting that reproduces the
 * reference's `maximum recursion depth exceeded` at the same nesting depth. Port of MIT-licensed
 * code, see NOTICE.md.
 */
import { incompleteExpression, JmespathCompileError, parseError } from './errors.js';
import type { Token, TokenType } from './lexer.js';

/**
 * Python's recursion limit (1000 frames) stops the reference on deeply nested expressions with
 * `maximum recursion depth exceeded`. Measured on the reference: 981 frames are left for the
 * parser (`(`*489 + `a` compiles, 490 does not; `a` + `[*].b`*244 compiles, 245 does not). We count
 * the frames the Python methods would use (each ported method one frame, its leaf helper calls one
 * more, `_match` two) and fail at the same depth.
 */
export const PARSER_FRAMES = 981;

export abstract class TokenCursor {
  protected tokens: Token[] = [];
  private index = 0;
  private frames = 0;

  constructor(protected readonly expression: string) {}

  /** One Python frame: fails like the reference when it and its leaf call would pass the limit. */
  protected frame<T>(body: () => T, leafDepth = 1): T {
    if (++this.frames + leafDepth > PARSER_FRAMES) {
      this.frames--;
      throw new JmespathCompileError('RecursionError', 'maximum recursion depth exceeded');
    }
    try {
      return body();
    } finally {
      this.frames--;
    }
  }

  /** `_match` (a frame that calls `_current_token`: two frames deep). */
  protected match(type: TokenType): void {
    this.frame(() => {
      if (this.current() === type) this.advance();
      else this.errorMaybeEof(type, this.peek(0));
    });
  }

  protected matchMultiple(types: readonly TokenType[]): void {
    this.frame(() => {
      if (!types.includes(this.current())) this.errorMaybeEof(`[${types.map((t) => `'${t}'`).join(', ')}]`, this.peek(0));
      this.advance();
    });
  }

  protected errorMaybeEof(expected: string, token: Token): never {
    if (token.type === 'eof') throw incompleteExpression(this.expression);
    throw parseError(this.expression, token, `Expecting: ${expected}, got: ${token.type}`);
  }

  protected advance(): void {
    this.index += 1;
  }

  protected current(): TokenType {
    return this.tokens[this.index]!.type;
  }

  protected lookahead(n: number): TokenType {
    return this.peek(n).type;
  }

  protected peek(n: number): Token {
    const i = this.index + n;
    return this.tokens[i < 0 ? this.tokens.length + i : i]!;
  }
}
