/**
 * Expressions, references and literals of Velocity 1.7's grammar (`Parser.jjt`).
 *
 *   Expression     ::= ConditionalOr
 *   ConditionalOr  ::= ConditionalAnd ( LOGICAL_OR ConditionalAnd )*          `||`, `or`
 *   ConditionalAnd ::= Equality ( LOGICAL_AND Equality )*                      `&&`, `and`
 *   Equality       ::= Relational ( (LOGICAL_EQUALS | LOGICAL_NOT_EQUALS) Relational )*
 *   Relational     ::= Additive ( (LT | GT | LE | GE) Additive )*
 *   Additive       ::= Multiplicative ( (PLUS | MINUS) Multiplicative )*
 *   Multiplicative ::= Unary ( (MULTIPLY | DIVIDE | MODULUS) Unary )*
 *   Unary          ::= LOOKAHEAD(2) [WS] LOGICAL_NOT Unary | Primary
 *   Primary        ::= [WS] ( StringLiteral | Reference | IntegerLiteral | LOOKAHEAD(range) IntegerRange
 *                      | FloatingPointLiteral | Map | ObjectArray | TRUE | FALSE | LPAREN Expression RPAREN ) [WS]
 *   Reference      ::= IDENTIFIER Index* ( LOOKAHEAD(2) DOT ( LOOKAHEAD(3) Method | Identifier ) Index* )*
 *                    | LCURLY IDENTIFIER Index* ( … same … )* RCURLY
 *   Method         ::= Identifier LPAREN [ Parameter ( COMMA Parameter )* ] REFMOD2_RPAREN
 *   Index          ::= INDEX_LBRACKET IndexParameter INDEX_RBRACKET
 *   IndexParameter ::= [WS] ( StringLiteral | IntegerLiteral | TRUE | FALSE | Reference ) [WS]
 *   Parameter      ::= [WS] ( StringLiteral | IntegerLiteral | LOOKAHEAD(range) IntegerRange | Map
 *                      | ObjectArray | TRUE | FALSE | Reference | FloatingPointLiteral ) [WS]
 *   Map            ::= LEFT_CURLEY ( LOOKAHEAD(2) Parameter COLON Parameter ( COMMA Parameter COLON Parameter )*
 *                      | [WS] ) ( RIGHT_CURLEY | RCURLY )
 *   ObjectArray    ::= LBRACKET [ Parameter ( COMMA Parameter )* ] RBRACKET
 *   IntegerRange   ::= LBRACKET [WS] (Reference | IntegerLiteral) [WS] DOUBLEDOT [WS] (Reference | IntegerLiteral) [WS] RBRACKET
 *   range          ::= LBRACKET [WS] (Reference | IntegerLiteral) [WS] DOUBLEDOT
 *
 * Whitespace is a token inside directives, which is why it appears in the rules.
 */
import type {
  BinaryOp,
  ExprNode,
  ExpressionNode,
  IdentifierNode,
  IndexNode,
  ListNode,
  MapNode,
  MethodNode,
  RangeNode,
  ReferenceNode,
} from './ast.js';
import { ScanParser } from './parser-scan.js';
import { K, type Kind } from './token.js';

const UNARY_START = new Set<number>([3, 8, 10, 31, 32, 33, 34, 56, 57, 66, 68]);
const PARAM_START = new Set<number>([3, 8, 31, 32, 33, 34, 56, 57, 66, 68]);

export abstract class ExprParser extends ScanParser {
  private optWS(): void {
    if (this.ntk() === K.WHITESPACE) this.consume(K.WHITESPACE);
  }

  /** Expression ::= ConditionalOr */
  protected expression(): ExpressionNode {
    const first = this.getToken(1);
    const expr = this.conditionalOr();
    return { type: 'Expression', expr, first, last: this.token };
  }

  private binaryLevel(next: () => ExprNode, ops: ReadonlyMap<number, BinaryOp>): ExprNode {
    let left = next();
    for (;;) {
      const op = ops.get(this.ntk());
      if (!op) return left;
      this.consume(this.ntk());
      const right = next();
      left = { type: 'Binary', op, left, right, first: left.first, last: this.token };
    }
  }

  /** ConditionalOr ::= ConditionalAnd ( LOGICAL_OR ConditionalAnd )* */
  private conditionalOr = (): ExprNode => this.binaryLevel(this.conditionalAnd, new Map([[K.LOGICAL_OR, 'or']]));
  /** ConditionalAnd ::= Equality ( LOGICAL_AND Equality )* */
  private conditionalAnd = (): ExprNode => this.binaryLevel(this.equality, new Map([[K.LOGICAL_AND, 'and']]));
  /** Equality ::= Relational ( (LOGICAL_EQUALS | LOGICAL_NOT_EQUALS) Relational )* */
  private equality = (): ExprNode =>
    this.binaryLevel(this.relational, new Map<number, BinaryOp>([[K.LOGICAL_EQUALS, 'eq'], [K.LOGICAL_NOT_EQUALS, 'ne']]));
  /** Relational ::= Additive ( (LT | GT | LE | GE) Additive )* */
  private relational = (): ExprNode =>
    this.binaryLevel(
      this.additive,
      new Map<number, BinaryOp>([[K.LOGICAL_LT, 'lt'], [K.LOGICAL_GT, 'gt'], [K.LOGICAL_LE, 'le'], [K.LOGICAL_GE, 'ge']]),
    );
  /** Additive ::= Multiplicative ( (PLUS | MINUS) Multiplicative )* */
  private additive = (): ExprNode => this.binaryLevel(this.multiplicative, new Map<number, BinaryOp>([[K.PLUS, 'add'], [K.MINUS, 'sub']]));
  /** Multiplicative ::= Unary ( (MULTIPLY | DIVIDE | MODULUS) Unary )* */
  private multiplicative = (): ExprNode =>
    this.binaryLevel(this.unary, new Map<number, BinaryOp>([[K.MULTIPLY, 'mul'], [K.DIVIDE, 'div'], [K.MODULUS, 'mod']]));

  /** Unary ::= LOOKAHEAD(2) [WS] LOGICAL_NOT Unary | Primary */
  private unary = (): ExprNode => {
    if (this.lookahead(2, this.sNot)) {
      this.optWS();
      const first = this.consume(K.LOGICAL_NOT);
      const operand = this.unary();
      return { type: 'Not', operand, first, last: this.token };
    }
    if (!UNARY_START.has(this.ntk())) throw this.unexpected();
    return this.primary();
  };

  /** Primary ::= [WS] ( StringLiteral | Reference | IntegerLiteral | IntegerRange | Float | Map | ObjectArray | TRUE | FALSE | LPAREN Expression RPAREN ) [WS] */
  private primary(): ExprNode {
    return this.nest(() => this.primaryRule());
  }

  private primaryRule(): ExprNode {
    this.optWS();
    let node: ExprNode;
    const k = this.ntk();
    if (k === K.STRING_LITERAL) node = this.literal('StringLiteral');
    else if (k === K.IDENTIFIER || k === K.LCURLY) node = this.reference();
    else if (k === K.INTEGER_LITERAL) node = this.literal('IntegerLiteral');
    else if (this.lookahead(Infinity, this.sRangeLA)) node = this.integerRange();
    else if (k === K.FLOATING_POINT_LITERAL) node = this.literal('FloatLiteral');
    else if (k === K.LEFT_CURLEY) node = this.map();
    else if (k === K.LBRACKET) node = this.objectArray();
    else if (k === K.TRUE) node = this.literal('True');
    else if (k === K.FALSE) node = this.literal('False');
    else if (k === K.LPAREN) {
      this.consume(K.LPAREN);
      node = this.expression();
      this.consume(K.RPAREN);
    } else throw this.unexpected();
    this.optWS();
    return node;
  }

  /** One-token nodes: literals, TRUE/FALSE, WORD. */
  protected literal(type: 'StringLiteral' | 'IntegerLiteral' | 'FloatLiteral' | 'True' | 'False' | 'Word'): ExprNode {
    const kinds: Record<typeof type, Kind> = {
      StringLiteral: K.STRING_LITERAL,
      IntegerLiteral: K.INTEGER_LITERAL,
      FloatLiteral: K.FLOATING_POINT_LITERAL,
      True: K.TRUE,
      False: K.FALSE,
      Word: K.WORD,
    };
    const t = this.consume(kinds[type]);
    switch (type) {
      case 'StringLiteral':
        return { type, value: '', interpolated: null, first: t, last: t };
      case 'IntegerLiteral':
      case 'FloatLiteral':
        return { type, image: t.image, first: t, last: t };
      case 'Word':
        return { type, word: t.image, first: t, last: t };
      default:
        return { type, first: t, last: t };
    }
  }

  /** Reference ::= IDENTIFIER Index* ( DOT (Method | Identifier) Index* )* | LCURLY … RCURLY */
  protected reference(): ReferenceNode {
    return this.nest(() => this.referenceRule());
  }

  private referenceRule(): ReferenceNode {
    const first = this.getToken(1);
    const children: ReferenceNode['children'] = [];
    const formal = this.ntk() === K.LCURLY;
    if (formal) this.consume(K.LCURLY);
    else if (this.ntk() !== K.IDENTIFIER) throw this.unexpected();
    this.consume(K.IDENTIFIER);
    for (;;) {
      while (this.ntk() === K.INDEX_LBRACKET) children.push(this.index());
      if (!this.lookahead(2, this.sDotPart)) break;
      this.consume(K.DOT);
      if (this.lookahead(3, this.sMethod)) children.push(this.method());
      else if (this.ntk() === K.IDENTIFIER) children.push(this.identifier());
      else throw this.unexpected();
    }
    if (formal) this.consume(K.RCURLY);
    return { type: 'Reference', children, info: null, first, last: this.token };
  }

  private identifier(): IdentifierNode {
    const t = this.consume(K.IDENTIFIER);
    return { type: 'Identifier', name: t.image, first: t, last: t };
  }

  /** Method ::= Identifier LPAREN [ Parameter ( COMMA Parameter )* ] REFMOD2_RPAREN */
  private method(): MethodNode {
    const name = this.consume(K.IDENTIFIER);
    this.consume(K.LPAREN);
    const args = this.parameterList();
    this.consume(K.REFMOD2_RPAREN);
    return { type: 'Method', name: name.image, args, first: name, last: this.token };
  }

  private parameterList(): ExprNode[] {
    const args: ExprNode[] = [];
    if (!PARAM_START.has(this.ntk())) return args;
    args.push(this.parameter());
    while (this.ntk() === K.COMMA) {
      this.consume(K.COMMA);
      args.push(this.parameter());
    }
    return args;
  }

  /** Index ::= INDEX_LBRACKET [WS] (StringLiteral | IntegerLiteral | TRUE | FALSE | Reference) [WS] INDEX_RBRACKET */
  private index(): IndexNode {
    const first = this.consume(K.INDEX_LBRACKET);
    this.optWS();
    let arg: ExprNode;
    const k = this.ntk();
    if (k === K.STRING_LITERAL) arg = this.literal('StringLiteral');
    else if (k === K.INTEGER_LITERAL) arg = this.literal('IntegerLiteral');
    else if (k === K.TRUE) arg = this.literal('True');
    else if (k === K.FALSE) arg = this.literal('False');
    else if (k === K.IDENTIFIER || k === K.LCURLY) arg = this.reference();
    else throw this.unexpected();
    this.optWS();
    this.consume(K.INDEX_RBRACKET);
    return { type: 'Index', arg, first, last: this.token };
  }

  /** Parameter ::= [WS] ( String | Integer | IntegerRange | Map | ObjectArray | TRUE | FALSE | Reference | Float ) [WS] */
  protected parameter(): ExprNode {
    this.optWS();
    let node: ExprNode;
    const k = this.ntk();
    if (k === K.STRING_LITERAL) node = this.literal('StringLiteral');
    else if (k === K.INTEGER_LITERAL) node = this.literal('IntegerLiteral');
    else if (this.lookahead(Infinity, this.sRangeLA)) node = this.integerRange();
    else if (k === K.LEFT_CURLEY) node = this.map();
    else if (k === K.LBRACKET) node = this.objectArray();
    else if (k === K.TRUE) node = this.literal('True');
    else if (k === K.FALSE) node = this.literal('False');
    else if (k === K.IDENTIFIER || k === K.LCURLY) node = this.reference();
    else if (k === K.FLOATING_POINT_LITERAL) node = this.literal('FloatLiteral');
    else throw this.unexpected();
    this.optWS();
    return node;
  }

  /** Map ::= LEFT_CURLEY ( LOOKAHEAD(2) Parameter COLON Parameter ( COMMA Parameter COLON Parameter )* | [WS] ) ( RIGHT_CURLEY | RCURLY ) */
  protected map(): MapNode {
    const first = this.consume(K.LEFT_CURLEY);
    const items: ExprNode[] = [];
    if (this.lookahead(2, this.sMapEntries)) {
      items.push(this.parameter());
      this.consume(K.COLON);
      items.push(this.parameter());
      while (this.ntk() === K.COMMA) {
        this.consume(K.COMMA);
        items.push(this.parameter());
        this.consume(K.COLON);
        items.push(this.parameter());
      }
    } else this.optWS();
    if (this.ntk() === K.RCURLY) this.consume(K.RCURLY);
    else this.consume(K.RIGHT_CURLEY);
    return { type: 'Map', items, first, last: this.token };
  }

  /** ObjectArray ::= LBRACKET [ Parameter ( COMMA Parameter )* ] RBRACKET */
  protected objectArray(): ListNode {
    const first = this.consume(K.LBRACKET);
    const items = this.parameterList();
    this.consume(K.RBRACKET);
    return { type: 'List', items, first, last: this.token };
  }

  private rangeEnd(): ExprNode {
    const k = this.ntk();
    if (k === K.IDENTIFIER || k === K.LCURLY) return this.reference();
    if (k === K.INTEGER_LITERAL) return this.literal('IntegerLiteral');
    throw this.unexpected();
  }

  /** IntegerRange ::= LBRACKET [WS] (Reference | IntegerLiteral) [WS] DOUBLEDOT [WS] (Reference | IntegerLiteral) [WS] RBRACKET */
  protected integerRange(): RangeNode {
    const first = this.consume(K.LBRACKET);
    this.optWS();
    const from = this.rangeEnd();
    this.optWS();
    this.consume(K.DOUBLEDOT);
    this.optWS();
    const to = this.rangeEnd();
    this.optWS();
    this.consume(K.RBRACKET);
    return { type: 'Range', from, to, first, last: this.token };
  }
}
