/**
 * Scanning (lookahead-only) versions of Velocity's grammar rules, used where Velocity 1.7's
 * parser decides by syntactic lookahead. Each returns true on failure (JavaCC convention) and
 * follows the full rule, trying alternatives in grammar order; the rules are the ones in the
 * header of `parser.ts` and `parser-expr.ts`.
 */
import { ParserBase } from './parser-base.js';
import { K } from './token.js';

export abstract class ScanParser extends ParserBase {
  private readonly sWS = (): boolean => this.scanToken(K.WHITESPACE);
  private tok(kind: (typeof K)[keyof typeof K]): () => boolean {
    return () => this.scanToken(kind);
  }

  /** Reference ::= IDENTIFIER Index* (DOT (Method | Identifier) Index*)* | LCURLY … RCURLY */
  protected sReference = (): boolean => this.scanAlt(this.sRefPlain, this.sRefFormal);

  private sRefPlain = (): boolean => {
    if (this.scanToken(K.IDENTIFIER)) return true;
    this.scanStar(this.sIndex);
    this.scanStar(this.sDotPart);
    return false;
  };

  private sRefFormal = (): boolean => {
    if (this.scanToken(K.LCURLY) || this.scanToken(K.IDENTIFIER)) return true;
    this.scanStar(this.sIndex);
    this.scanStar(this.sDotPart);
    return this.scanToken(K.RCURLY);
  };

  private sIndex = (): boolean => this.scanToken(K.INDEX_LBRACKET) || this.sIndexParameter() || this.scanToken(K.INDEX_RBRACKET);

  private sIndexParameter = (): boolean => {
    this.scanOpt(this.sWS);
    if (this.scanAlt(this.tok(K.STRING_LITERAL), this.tok(K.INTEGER_LITERAL), this.tok(K.TRUE), this.tok(K.FALSE), this.sReference)) return true;
    this.scanOpt(this.sWS);
    return false;
  };

  /** DOT (LOOKAHEAD(3) Method | Identifier) Index* — also the body of `LOOKAHEAD(2) <DOT> …`. */
  protected sDotPart = (): boolean => {
    if (this.scanToken(K.DOT)) return true;
    if (this.scanAlt(this.sMethod, this.tok(K.IDENTIFIER))) return true;
    this.scanStar(this.sIndex);
    return false;
  };

  /** Method ::= Identifier LPAREN [Parameter (COMMA Parameter)*] REFMOD2_RPAREN */
  protected sMethod = (): boolean => {
    if (this.scanToken(K.IDENTIFIER) || this.scanToken(K.LPAREN)) return true;
    this.scanOpt(this.sParamList);
    return this.scanToken(K.REFMOD2_RPAREN);
  };

  private sParamList = (): boolean => {
    if (this.sParameter()) return true;
    this.scanStar(() => this.scanToken(K.COMMA) || this.sParameter());
    return false;
  };

  /** Parameter ::= [WS] (String | Integer | Range | Map | List | true | false | Reference | Float) [WS] */
  protected sParameter = (): boolean => {
    this.scanOpt(this.sWS);
    const failed = this.scanAlt(
      this.tok(K.STRING_LITERAL),
      this.tok(K.INTEGER_LITERAL),
      this.sRange,
      this.sMap,
      this.sObjectArray,
      this.tok(K.TRUE),
      this.tok(K.FALSE),
      this.sReference,
      this.tok(K.FLOATING_POINT_LITERAL),
    );
    if (failed) return true;
    this.scanOpt(this.sWS);
    return false;
  };

  private sRangeEnd = (): boolean => this.scanAlt(this.sReference, this.tok(K.INTEGER_LITERAL));

  /** The range lookahead: LBRACKET [WS] (Reference | Integer) [WS] DOUBLEDOT */
  protected sRangeLA = (): boolean => {
    if (this.scanToken(K.LBRACKET)) return true;
    this.scanOpt(this.sWS);
    if (this.sRangeEnd()) return true;
    this.scanOpt(this.sWS);
    return this.scanToken(K.DOUBLEDOT);
  };

  private sRange = (): boolean => {
    if (this.sRangeLA()) return true;
    this.scanOpt(this.sWS);
    if (this.sRangeEnd()) return true;
    this.scanOpt(this.sWS);
    return this.scanToken(K.RBRACKET);
  };

  /** The map-entries lookahead: Parameter COLON Parameter (COMMA Parameter COLON Parameter)* */
  protected sMapEntries = (): boolean => {
    if (this.sParameter() || this.scanToken(K.COLON) || this.sParameter()) return true;
    this.scanStar(() => this.scanToken(K.COMMA) || this.sParameter() || this.scanToken(K.COLON) || this.sParameter());
    return false;
  };

  private sMap = (): boolean => {
    if (this.scanToken(K.LEFT_CURLEY)) return true;
    if (this.scanAlt(this.sMapEntries, () => (this.scanOpt(this.sWS), false))) return true;
    return this.scanAlt(this.tok(K.RIGHT_CURLEY), this.tok(K.RCURLY));
  };

  private sObjectArray = (): boolean => {
    if (this.scanToken(K.LBRACKET)) return true;
    this.scanOpt(this.sParamList);
    return this.scanToken(K.RBRACKET);
  };

  /** The directive-argument loop lookahead: [WS] [COMMA [WS]] DirectiveArg */
  protected sDirectiveArgStep = (): boolean => {
    this.scanOpt(this.sWS);
    this.scanOpt(() => {
      if (this.scanToken(K.COMMA)) return true;
      this.scanOpt(this.sWS);
      return false;
    });
    return this.scanAlt(
      this.sReference,
      this.tok(K.WORD),
      this.tok(K.STRING_LITERAL),
      this.tok(K.INTEGER_LITERAL),
      this.sRange,
      this.tok(K.FLOATING_POINT_LITERAL),
      this.sMap,
      this.sObjectArray,
      this.tok(K.TRUE),
      this.tok(K.FALSE),
    );
  };

  /** The negation lookahead: [WS] NOT UnaryExpression */
  protected sNot = (): boolean => {
    this.scanOpt(this.sWS);
    return this.scanToken(K.LOGICAL_NOT) || this.sUnary();
  };

  private sUnary = (): boolean => this.scanAlt(this.sNot, this.sPrimary);

  private sPrimary = (): boolean => {
    this.scanOpt(this.sWS);
    const failed = this.scanAlt(
      this.tok(K.STRING_LITERAL),
      this.sReference,
      this.tok(K.INTEGER_LITERAL),
      this.sRange,
      this.tok(K.FLOATING_POINT_LITERAL),
      this.sMap,
      this.sObjectArray,
      this.tok(K.TRUE),
      this.tok(K.FALSE),
      () => this.scanToken(K.LPAREN) || this.sExpression() || this.scanToken(K.RPAREN),
    );
    if (failed) return true;
    this.scanOpt(this.sWS);
    return false;
  };

  private binary(next: () => boolean, ops: number[]): () => boolean {
    return () => {
      if (next()) return true;
      this.scanStar(() => this.scanAlt(...ops.map((op) => this.tok(op as (typeof K)[keyof typeof K]))) || next());
      return false;
    };
  }
  private sMul = this.binary(() => this.sUnary(), [K.MULTIPLY, K.DIVIDE, K.MODULUS]);
  private sAdd = this.binary(this.sMul, [K.PLUS, K.MINUS]);
  private sRel = this.binary(this.sAdd, [K.LOGICAL_LT, K.LOGICAL_GT, K.LOGICAL_LE, K.LOGICAL_GE]);
  private sEq = this.binary(this.sRel, [K.LOGICAL_EQUALS, K.LOGICAL_NOT_EQUALS]);
  private sAnd = this.binary(this.sEq, [K.LOGICAL_AND]);
  private sExpression = this.binary(this.sAnd, [K.LOGICAL_OR]);
}
