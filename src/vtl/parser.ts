/**
 * Velocity 1.7's template grammar (statements and directives), ported from `Parser.jjt` so that
 * API Gateway mapping templates parse exactly as on AWS. Expressions are in `parser-expr.ts`.
 *
 *   process          ::= Statement* EOF
 *   Statement        ::= IfStatement | LOOKAHEAD(2) Reference | Comment | Textblock | SetDirective
 *                      | EscapedDirective | Escape | Directive | Text
 *   Text             ::= TEXT | DOT | RPAREN | LPAREN | INTEGER_LITERAL | FLOATING_POINT_LITERAL
 *                      | STRING_LITERAL | ESCAPE | LCURLY | RCURLY | EMPTY_INDEX
 *   Comment          ::= SINGLE_LINE_COMMENT_START [SINGLE_LINE_COMMENT] | MULTI_LINE_COMMENT | FORMAL_COMMENT
 *   Textblock        ::= TEXTBLOCK
 *   EscapedDirective ::= ESCAPE_DIRECTIVE
 *   Escape           ::= ( DOUBLE_ESCAPE )+          (LOOKAHEAD(2) between repetitions)
 *   IfStatement      ::= IF_DIRECTIVE [WS] LPAREN Expression RPAREN Statement* ElseIfStatement* [ElseStatement] END
 *   ElseIfStatement  ::= ELSEIF_DIRECTIVE [WS] LPAREN Expression RPAREN Statement*
 *   ElseStatement    ::= ELSE_DIRECTIVE Statement*
 *   SetDirective     ::= SET_DIRECTIVE [WS] Reference [WS] EQUALS Expression RPAREN [NEWLINE]
 *   Directive        ::= (WORD | BRACKETED_WORD)
 *                        ( {next non-blank char is '('} [WS] LPAREN ( LOOKAHEAD(2) [WS] [COMMA [WS]] DirectiveArg )* [WS] RPAREN
 *                          [ Statement* END ]            (block directives only: foreach, macro, define, literal, #@name)
 *                        | {otherwise: not a directive call} )
 *   DirectiveArg     ::= Reference | Word | StringLiteral | IntegerLiteral | LOOKAHEAD(range) IntegerRange
 *                      | FloatingPointLiteral | Map | ObjectArray | TRUE | FALSE
 *
 * A fresh parser (and lexer) is created per parse; the parser switches the lexer to the
 * DIRECTIVE state after a directive name, and back when no `(` follows.
 */
import type { BlockNode, DirectiveNode, ExprNode, IfNode, ProcessNode, SetNode, StatementNode } from './ast.js';
import { VtlError } from './errors.js';
import { TokenManager } from './lexer.js';
import { ExprParser } from './parser-expr.js';
import { K, S, type Token } from './token.js';

/** Velocity 1.7's built-in directives and whether they take a block (`#end`). */
export const DIRECTIVES: ReadonlyMap<string, 'block' | 'line'> = new Map([
  ['foreach', 'block'],
  ['include', 'line'],
  ['parse', 'line'],
  ['macro', 'block'],
  ['literal', 'block'],
  ['evaluate', 'line'],
  ['break', 'line'],
  ['define', 'block'],
  ['stop', 'line'],
]);

const STATEMENT_START = new Set<number>([10, 11, 13, 14, 21, 22, 23, 24, 26, 27, 28, 32, 52, 56, 57, 61, 62, 66, 67, 68, 69, 72]);
const TEXT_KINDS = new Set<number>([24, 67, 11, 10, 56, 57, 32, 23, 68, 69, 72]);

export class Parser extends ExprParser {
  /** Macro names defined so far in this template (for `\#name` escapes). */
  private readonly macroNames = new Set<string>();

  constructor(source: string, maxDepth = 200) {
    super(new TokenManager(source), source, maxDepth);
  }

  /** process ::= Statement* EOF */
  parseProcess(): ProcessNode {
    const first = this.getToken(1);
    const children = this.statements();
    this.consume(K.EOF);
    return { type: 'Process', children, first, last: this.token, source: this.source };
  }

  private statements(): StatementNode[] {
    const out: StatementNode[] = [];
    while (STATEMENT_START.has(this.ntk())) out.push(this.statement());
    return out;
  }

  private block(): BlockNode {
    const first = this.getToken(1);
    const children = this.statements();
    return { type: 'Block', children, first, last: this.token };
  }

  /** Statement ::= IfStatement | LOOKAHEAD(2) Reference | Comment | Textblock | SetDirective | EscapedDirective | Escape | Directive | Text */
  private statement(): StatementNode {
    return this.nest(() => this.statementRule());
  }

  private statementRule(): StatementNode {
    const k = this.ntk();
    if (k === K.IF_DIRECTIVE) return this.ifStatement();
    if (this.lookahead(2, this.sReference)) return this.reference();
    const t = this.getToken(1);
    switch (this.ntk()) {
      case K.SINGLE_LINE_COMMENT_START:
        this.consume(K.SINGLE_LINE_COMMENT_START);
        if (this.ntk() === K.SINGLE_LINE_COMMENT) this.consume(K.SINGLE_LINE_COMMENT);
        return { type: 'Comment', text: '', first: t, last: this.token };
      case K.MULTI_LINE_COMMENT:
      case K.FORMAL_COMMENT:
        this.consume(this.ntk());
        return { type: 'Comment', text: '', first: t, last: t };
      case K.TEXTBLOCK:
        this.consume(K.TEXTBLOCK);
        return { type: 'Textblock', text: '', first: t, last: t };
      case K.SET_DIRECTIVE:
        return this.setDirective();
      case K.ESCAPE_DIRECTIVE:
        this.consume(K.ESCAPE_DIRECTIVE);
        return { type: 'EscapedDirective', text: this.escapedDirective(t.image), first: t, last: t };
      case K.DOUBLE_ESCAPE:
        return this.escape();
      case K.WORD:
      case K.BRACKETED_WORD:
        return this.directive();
      default:
        if (!TEXT_KINDS.has(this.ntk())) throw this.unexpected();
        this.consume(this.ntk());
        return { type: 'Text', text: '', first: t, last: t };
    }
  }

  private isDirectiveName(name: string): boolean {
    return DIRECTIVES.has(name) || this.macroNames.has(name);
  }

  /** `\#if` → `#if`, `\\\#foo` → `\#foo` when `foo` is a directive or macro; else unchanged. */
  private escapedDirective(image: string): string {
    const iLast = image.lastIndexOf('\\');
    const strDirective = image.slice(iLast + 1);
    let tag = strDirective.slice(1);
    if (tag[0] === '{') tag = tag.slice(1, -1);
    const recognized = this.isDirectiveName(tag) || ['if', 'end', 'set', 'else', 'elseif'].includes(tag);
    return recognized ? image.slice(0, Math.floor(iLast / 2)) + strDirective : image;
  }

  /** Escape ::= DOUBLE_ESCAPE+ : each `\\` prints `\` before a directive, else `\\`. */
  private escape(): StatementNode {
    const first = this.getToken(1);
    let count = 0;
    let t: Token;
    do {
      t = this.consume(K.DOUBLE_ESCAPE);
      count++;
    } while (this.lookahead(2, () => this.scanToken(K.DOUBLE_ESCAPE)));
    const next = this.getToken(1);
    const control =
      next.kind === K.END || next.kind === K.IF_DIRECTIVE || next.kind === K.ELSEIF_DIRECTIVE || next.kind === K.ELSE_DIRECTIVE || this.isDirectiveName(next.image.slice(1));
    return { type: 'Escape', text: (control ? '\\' : '\\\\').repeat(count), first, last: t };
  }

  /** IfStatement ::= IF_DIRECTIVE [WS] LPAREN Expression RPAREN Statement* ElseIfStatement* [ElseStatement] END */
  private ifStatement(): IfNode {
    const first = this.consume(K.IF_DIRECTIVE);
    const branches: IfNode['branches'][number][] = [];
    if (this.ntk() === K.WHITESPACE) this.consume(K.WHITESPACE);
    this.consume(K.LPAREN);
    const cond = this.expression();
    this.consume(K.RPAREN);
    branches.push({ cond, body: this.block() });
    while (this.ntk() === K.ELSEIF_DIRECTIVE) {
      this.consume(K.ELSEIF_DIRECTIVE);
      if (this.ntk() === K.WHITESPACE) this.consume(K.WHITESPACE);
      this.consume(K.LPAREN);
      const c = this.expression();
      this.consume(K.RPAREN);
      branches.push({ cond: c, body: this.block() });
    }
    let elseBody: BlockNode | null = null;
    if (this.ntk() === K.ELSE_DIRECTIVE) {
      this.consume(K.ELSE_DIRECTIVE);
      elseBody = this.block();
    }
    this.consume(K.END);
    return { type: 'If', branches, elseBody, first, last: this.token };
  }

  /** SetDirective ::= SET_DIRECTIVE [WS] Reference [WS] EQUALS Expression RPAREN [NEWLINE] */
  private setDirective(): SetNode {
    const first = this.consume(K.SET_DIRECTIVE);
    if (this.ntk() === K.WHITESPACE) this.consume(K.WHITESPACE);
    const left = this.reference();
    if (this.ntk() === K.WHITESPACE) this.consume(K.WHITESPACE);
    this.consume(K.EQUALS);
    const right = this.expression();
    this.consume(K.RPAREN);
    this.tm.inSet = false;
    if (this.ntk() === K.NEWLINE) this.consume(K.NEWLINE);
    return { type: 'Set', left, right, leftKey: '', first, last: this.token };
  }

  /** Directive ::= (WORD | BRACKETED_WORD) ( [WS] LPAREN DirectiveArg* [WS] RPAREN [Statement* END] | ε ) */
  private directive(): DirectiveNode {
    const t = this.getToken(1);
    this.consume(t.kind === K.WORD ? K.WORD : K.BRACKETED_WORD);
    const name = t.kind === K.BRACKETED_WORD ? t.image.slice(2, -1) : t.image.slice(1);
    const known = DIRECTIVES.get(name);
    const isMacro = name === 'macro';
    const type = known ?? (name.startsWith('@') ? 'block' : 'line');
    this.tm.switchTo(S.DIRECTIVE);
    if (!this.tm.nextIsLeftParenthesis()) {
      if (isMacro) throw new VtlError('parse', 'A macro declaration requires at least a name argument', this.source, t.begin);
      this.tm.stateStackPop();
      this.tm.inDirective = false;
      return { type: 'Directive', name, args: [], body: null, hasParens: false, first: t, last: t };
    }
    if (this.ntk() === K.WHITESPACE) this.consume(K.WHITESPACE);
    this.consume(K.LPAREN);
    const args: ExprNode[] = [];
    while (this.lookahead(2, this.sDirectiveArgStep)) {
      if (this.ntk() === K.WHITESPACE) this.consume(K.WHITESPACE);
      if (this.ntk() === K.COMMA) {
        this.consume(K.COMMA);
        if (this.ntk() === K.WHITESPACE) this.consume(K.WHITESPACE);
      }
      const arg = this.directiveArg();
      if (arg.type === 'Word') {
        if ((!isMacro || args.length !== 0) && known && !(name === 'foreach' && args.length === 1)) {
          throw new VtlError('parse', `Invalid arg #${String(args.length)} in directive ${t.image}`, this.source, t.begin);
        }
      } else if (isMacro && args.length === 0) {
        throw new VtlError('parse', 'Invalid first arg in #macro() directive - must be a word token (no \' or " surrounding)', this.source, t.begin);
      }
      args.push(arg);
    }
    if (this.ntk() === K.WHITESPACE) this.consume(K.WHITESPACE);
    this.consume(K.RPAREN);
    if (type === 'line') return { type: 'Directive', name, args, body: null, hasParens: true, first: t, last: this.token };
    const body = this.block();
    this.consume(K.END);
    if (isMacro) {
      if (args.length < 1) throw new VtlError('parse', 'First argument to #macro() must be  macro name', this.source, t.begin);
      this.macroNames.add(args[0].first.image);
    }
    return { type: 'Directive', name, args, body, hasParens: true, first: t, last: this.token };
  }

  /** DirectiveArg ::= Reference | Word | StringLiteral | IntegerLiteral | IntegerRange | Float | Map | ObjectArray | TRUE | FALSE */
  private directiveArg(): ExprNode {
    const k = this.ntk();
    if (k === K.IDENTIFIER || k === K.LCURLY) return this.reference();
    if (k === K.WORD) return this.literal('Word');
    if (k === K.STRING_LITERAL) return this.literal('StringLiteral');
    if (k === K.INTEGER_LITERAL) return this.literal('IntegerLiteral');
    if (this.lookahead(Infinity, this.sRangeLA)) return this.integerRange();
    if (k === K.FLOATING_POINT_LITERAL) return this.literal('FloatLiteral');
    if (k === K.LEFT_CURLEY) return this.map();
    if (k === K.LBRACKET) return this.objectArray();
    if (k === K.TRUE) return this.literal('True');
    if (k === K.FALSE) return this.literal('False');
    throw this.unexpected();
  }
}
