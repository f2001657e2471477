/**
 * Token stream and syntactic lookahead for the Velocity parser, with JavaCC's exact semantics.
 *
 * Velocity's grammar decides several choices by looking ahead (`LOOKAHEAD(2) Reference()`, a
 * `[` that starts a range `[1..3]` rather than a list…). Tokens are pulled from the lexer only
 * when the parser needs them, because the parser switches the lexer's state after a directive
 * name; a lookahead scans tokens without consuming them and succeeds as soon as the token limit
 * is reached. Scan functions return `true` on *failure*, as JavaCC's generated `jj_3R` methods do.
 */
import { VtlError } from './errors.js';
import type { TokenManager } from './lexer.js';
import { K, kindName, type Kind, type Token } from './token.js';

class LookaheadSuccess {}
const LS = new LookaheadSuccess();

export abstract class ParserBase {
  /** The last consumed token (a sentinel before the first). */
  protected token: Token;
  private la = 0;
  private scanpos: Token | null = null;
  private lastpos: Token | null = null;

  private depth = 0;

  protected constructor(
    protected readonly tm: TokenManager,
    protected readonly source: string,
    private readonly maxDepth: number,
  ) {
    this.token = { kind: K.EOF, image: '', begin: 0, end: 0, next: null, special: null };
  }

  private fetchAfter(t: Token): Token {
    if (!t.next) t.next = this.tm.getNextToken();
    return t.next;
  }

  /** Kind of the next token (JavaCC `jj_ntk`). */
  protected ntk(): Kind {
    return this.fetchAfter(this.token).kind;
  }

  /** The i-th token ahead (1 = next). */
  protected getToken(i: number): Token {
    let t = this.token;
    for (let j = 0; j < i; j++) t = this.fetchAfter(t);
    return t;
  }

  protected consume(kind: Kind): Token {
    const next = this.fetchAfter(this.token);
    if (next.kind !== kind) throw this.parseError(next, kindName(kind));
    this.token = next;
    return next;
  }

  protected parseError(at: Token, expected?: string): VtlError {
    const what = at.kind === K.EOF ? '<EOF>' : JSON.stringify(at.image);
    const tail = expected ? ` (expected ${expected})` : '';
    return new VtlError('parse', `Encountered ${what}${tail}`, this.source, at.begin);
  }

  /** Error on the next token. */
  protected unexpected(): VtlError {
    return this.parseError(this.getToken(1));
  }

  /** Run a recursive rule one nesting level deeper, enforcing the nesting limit. */
  protected nest<T>(rule: () => T): T {
    if (++this.depth > this.maxDepth) {
      this.depth = 0;
      throw new VtlError('limit', `Template nesting deeper than ${String(this.maxDepth)} levels`, this.source, this.getToken(1).begin);
    }
    try {
      return rule();
    } finally {
      this.depth--;
    }
  }

  /** `jj_2_x(limit)`: does `scan` match the upcoming tokens (up to `limit` tokens)? */
  protected lookahead(limit: number, scan: () => boolean): boolean {
    this.la = limit;
    this.scanpos = this.lastpos = this.token;
    try {
      return !scan();
    } catch (e) {
      if (e === LS) return true;
      throw e;
    }
  }

  /** `jj_scan_token`: true when the next scanned token is NOT `kind`. */
  protected scanToken(kind: Kind): boolean {
    const pos = this.scanpos as Token;
    if (pos === this.lastpos) {
      this.la--;
      this.scanpos = this.lastpos = this.fetchAfter(pos);
    } else {
      this.scanpos = this.fetchAfter(pos);
    }
    if (this.scanpos.kind !== kind) return true;
    if (this.la === 0 && this.scanpos === this.lastpos) throw LS;
    return false;
  }

  /** Optional part in a scan: try `scan`, rewind when it fails. */
  protected scanOpt(scan: () => boolean): void {
    const xsp = this.scanpos;
    if (scan()) this.scanpos = xsp;
  }

  /** `( … )*` in a scan. */
  protected scanStar(scan: () => boolean): void {
    for (;;) {
      const xsp = this.scanpos;
      if (scan()) {
        this.scanpos = xsp;
        return;
      }
    }
  }

  /** Alternatives in a scan: the first that matches is taken; true when none does. */
  protected scanAlt(...alts: Array<() => boolean>): boolean {
    const xsp = this.scanpos;
    for (const alt of alts) {
      if (!alt()) return false;
      this.scanpos = xsp;
    }
    return true;
  }
}
