/**
 * Velocity 1.7's lexer (`ParserTokenManager`), ported rule for rule so that API Gateway
 * templates tokenize exactly as on AWS — whitespace swallowing, escapes and the odd corners
 * (`$` before a non-identifier prints as text, `a$` at the very end is a lexical error).
 *
 * The token manager is a state machine over the rules of `lexer-rules.ts` with a stack of
 * states: `$` pushes the REFERENCE state, `#` pushes PRE_DIRECTIVE, `(`/`)` are counted so that
 * the `)` closing a directive pops back to text. MORE rules (`$`, `#`, comment openers) prefix the
 * next token's image; SPECIAL tokens (reference/directive terminators) are chained in front of
 * the next real token, whose rendering keeps their `$` and `#` characters. The parser pulls
 * tokens one at a time and may switch the state itself (after a directive name), as in JavaCC.
 */
import { VtlError } from './errors.js';
import { longestMatch } from './lexer-rules.js';
import { K, S, type Kind, type LexState, type Token } from './token.js';

interface SavedState {
  readonly lparen: number;
  readonly rparen: number;
  readonly state: LexState;
}

export class TokenManager {
  curLexState: LexState = S.DEFAULT;
  private readonly stack: SavedState[] = [];
  private lparen = 0;
  private rparen = 0;
  inReference = false;
  inDirective = false;
  private inComment = false;
  inSet = false;
  /** Offset of the next character to read (JavaCC's input stream position). */
  pos = 0;

  constructor(readonly text: string) {}

  switchTo(state: LexState): void {
    this.curLexState = state;
  }

  stateStackPush(): void {
    this.stack.push({ lparen: this.lparen, rparen: this.rparen, state: this.curLexState });
    this.lparen = 0;
  }

  stateStackPop(): boolean {
    const s = this.stack.pop();
    if (!s) {
      this.lparen = 0;
      this.switchTo(S.DEFAULT);
      return false;
    }
    this.lparen = s.lparen;
    this.rparen = s.rparen;
    this.switchTo(s.state);
    return true;
  }

  /** The parser's `isLeftParenthesis()`: is the next non-blank character a `(`? */
  nextIsLeftParenthesis(): boolean {
    for (let i = this.pos; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '(') return true;
      if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') return false;
    }
    return false;
  }

  /** The closing `)` of a directive: drop back to the state below the one that opened it. */
  private rparenHandler(): void {
    if (this.inComment) return;
    for (;;) {
      if (this.lparen > 0) {
        if (this.lparen === this.rparen + 1) this.stateStackPop();
        else this.rparen++;
        return;
      }
      if (!this.stateStackPop()) return;
    }
  }

  getNextToken(): Token {
    let special: Token | null = null;
    for (;;) {
      const begin = this.pos;
      if (begin >= this.text.length) {
        return { kind: K.EOF, image: '', begin, end: begin, next: null, special };
      }
      for (;;) {
        const found = longestMatch(this.curLexState, this.text, this.pos);
        if (!found) throw this.lexicalError(begin);
        const [rule, len] = found;
        this.pos += len;
        const tok: Token = { kind: rule.kind, image: this.text.slice(begin, this.pos), begin, end: this.pos, next: null, special: null };
        if (rule.type === 'TOKEN') {
          tok.special = special;
          this.tokenAction(tok);
          return tok;
        }
        if (rule.type === 'MORE') {
          this.moreAction(rule.kind);
          if (this.pos >= this.text.length) throw this.lexicalError(begin);
          continue;
        }
        if (rule.type === 'SPECIAL') {
          tok.special = special;
          if (special) special.next = tok;
          special = tok;
          this.pos -= 1; // both special rules push their character back
          if (rule.kind === K.REFERENCE_TERMINATOR) this.inReference = false;
          else this.inDirective = false;
          this.stateStackPop();
        }
        break; // SKIP / SPECIAL: start a new token
      }
    }
  }

  private lexicalError(begin: number): VtlError {
    const atEof = this.pos >= this.text.length;
    const what = atEof ? '<EOF>' : JSON.stringify(this.text[this.pos]);
    return new VtlError('lexical', `Lexical error: encountered ${what} after "${this.text.slice(begin, this.pos)}"`, this.text, this.pos);
  }

  private moreAction(kind: Kind): void {
    if (this.inComment) return;
    switch (kind) {
      case K.DOLLAR:
      case K.DOLLARBANG:
        if (this.curLexState === S.REFERENCE) {
          this.inReference = false;
          this.stateStackPop();
        }
        this.inReference = true;
        this.stateStackPush();
        this.switchTo(S.REFERENCE);
        return;
      case K.TEXTBLOCK_START:
        this.enterComment(S.IN_TEXTBLOCK);
        return;
      case K.FORMAL_COMMENT_START:
        this.pos -= 1;
        this.enterComment(S.IN_FORMAL_COMMENT);
        return;
      case K.MULTI_LINE_COMMENT_START:
        this.enterComment(S.IN_MULTI_LINE_COMMENT);
        return;
      case K.HASH:
        if (this.curLexState === S.REFERENCE || this.curLexState === S.REFMODIFIER) {
          this.inReference = false;
          this.stateStackPop();
        }
        this.inDirective = true;
        this.stateStackPush();
        this.switchTo(S.PRE_DIRECTIVE);
        return;
      default:
        return;
    }
  }

  private enterComment(state: LexState): void {
    this.inComment = true;
    this.stateStackPush();
    this.switchTo(state);
  }

  private tokenAction(tok: Token): void {
    switch (tok.kind) {
      case K.INDEX_LBRACKET:
        this.stateStackPush();
        this.switchTo(S.REFINDEX);
        return;
      case K.INDEX_RBRACKET:
      case K.RCURLY:
        this.stateStackPop();
        return;
      case K.LPAREN:
        if (!this.inComment) this.lparen++;
        if (this.curLexState === S.REFMODIFIER) this.switchTo(S.REFMOD2);
        return;
      case K.RPAREN:
        this.rparenHandler();
        return;
      case K.REFMOD2_RPAREN:
        this.switchTo(S.REFERENCE);
        return;
      case K.SET_DIRECTIVE:
        if (this.inComment) return;
        this.inDirective = true;
        this.stateStackPush();
        this.inSet = true;
        this.switchTo(S.DIRECTIVE);
        this.lparen++;
        return;
      case K.SINGLE_LINE_COMMENT_START:
        if (this.inComment) return;
        if (this.curLexState === S.REFERENCE) {
          this.inReference = false;
          this.stateStackPop();
        }
        this.enterComment(S.IN_SINGLE_LINE_COMMENT);
        return;
      case K.SINGLE_LINE_COMMENT:
      case K.FORMAL_COMMENT:
      case K.MULTI_LINE_COMMENT:
      case K.TEXTBLOCK:
        this.inComment = false;
        this.stateStackPop();
        return;
      case K.STRING_LITERAL:
        if (this.curLexState === S.DIRECTIVE && !this.inSet && this.lparen === 0) this.stateStackPop();
        return;
      case K.NEWLINE:
        this.stateStackPop();
        this.inSet = false;
        this.inDirective = false;
        return;
      case K.END:
      case K.ELSE_DIRECTIVE:
        this.inDirective = false;
        this.stateStackPop();
        return;
      case K.IF_DIRECTIVE:
      case K.ELSEIF_DIRECTIVE:
        this.switchTo(S.DIRECTIVE);
        return;
      case K.INTEGER_LITERAL:
        if (tok.image.endsWith('..')) {
          this.pos -= 2;
          tok.image = tok.image.slice(0, -2);
        }
        if (this.lparen === 0 && !this.inSet && this.curLexState !== S.REFMOD2 && this.curLexState !== S.REFINDEX) this.stateStackPop();
        return;
      case K.FLOATING_POINT_LITERAL:
        if (this.lparen === 0 && !this.inSet && this.curLexState !== S.REFMOD2) this.stateStackPop();
        return;
      case K.DOT:
        this.pos -= 1;
        tok.image = '.';
        this.switchTo(S.REFMODIFIER);
        return;
      default:
        return;
    }
  }
}
