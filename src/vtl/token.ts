/**
 * Tokens and lexical states of the Velocity 1.7 template lexer.
 *
 * Velocity's lexer is a JavaCC token manager with twelve lexical states (text, reference,
 * directive, comment…) and a stack of states; which characters form a token depends on the
 * state, and the state changes as tokens are read (and, in two places, when the parser says so).
 * The kind numbers below are Velocity 1.7's own (`ParserConstants`): when two rules match the same
 * longest input, the lower kind wins, exactly as in JavaCC.
 */

export const K = {
  EOF: 0,
  INDEX_LBRACKET: 1,
  INDEX_RBRACKET: 2,
  LBRACKET: 3,
  RBRACKET: 4,
  COMMA: 5,
  DOUBLEDOT: 6,
  COLON: 7,
  LEFT_CURLEY: 8,
  RIGHT_CURLEY: 9,
  LPAREN: 10,
  RPAREN: 11,
  REFMOD2_RPAREN: 12,
  ESCAPE_DIRECTIVE: 13,
  SET_DIRECTIVE: 14,
  DOLLAR: 15,
  DOLLARBANG: 16,
  TEXTBLOCK_START: 17,
  FORMAL_COMMENT_START: 18,
  MULTI_LINE_COMMENT_START: 19,
  HASH: 20,
  SINGLE_LINE_COMMENT_START: 21,
  DOUBLE_ESCAPE: 22,
  ESCAPE: 23,
  TEXT: 24,
  SINGLE_LINE_COMMENT: 25,
  FORMAL_COMMENT: 26,
  MULTI_LINE_COMMENT: 27,
  TEXTBLOCK: 28,
  COMMENT_SKIP: 29,
  TEXTBLOCK_MORE: 30,
  WHITESPACE: 31,
  STRING_LITERAL: 32,
  TRUE: 33,
  FALSE: 34,
  NEWLINE: 35,
  MINUS: 36,
  PLUS: 37,
  MULTIPLY: 38,
  DIVIDE: 39,
  MODULUS: 40,
  LOGICAL_AND: 41,
  LOGICAL_OR: 42,
  LOGICAL_LT: 43,
  LOGICAL_LE: 44,
  LOGICAL_GT: 45,
  LOGICAL_GE: 46,
  LOGICAL_EQUALS: 47,
  LOGICAL_NOT_EQUALS: 48,
  LOGICAL_NOT: 49,
  EQUALS: 50,
  END: 51,
  IF_DIRECTIVE: 52,
  ELSEIF_DIRECTIVE: 53,
  ELSE_DIRECTIVE: 54,
  INTEGER_LITERAL: 56,
  FLOATING_POINT_LITERAL: 57,
  WORD: 61,
  BRACKETED_WORD: 62,
  IDENTIFIER: 66,
  DOT: 67,
  LCURLY: 68,
  RCURLY: 69,
  REFERENCE_TERMINATOR: 70,
  DIRECTIVE_TERMINATOR: 71,
  EMPTY_INDEX: 72,
} as const;

export type Kind = (typeof K)[keyof typeof K];

/** Lexical states, numbered as in Velocity 1.7. */
export const S = {
  REFERENCE: 0,
  REFMODIFIER: 1,
  REFINDEX: 2,
  DIRECTIVE: 3,
  REFMOD2: 4,
  DEFAULT: 5,
  REFMOD: 6,
  IN_TEXTBLOCK: 7,
  IN_MULTI_LINE_COMMENT: 8,
  IN_FORMAL_COMMENT: 9,
  IN_SINGLE_LINE_COMMENT: 10,
  PRE_DIRECTIVE: 11,
} as const;

export type LexState = (typeof S)[keyof typeof S];

/**
 * A token. `begin`/`end` are offsets into the template (end exclusive, before any backup a rule
 * performs). `special` links the special tokens (swallowed `$`/`#` terminators) that preceded it;
 * Velocity renders their `$` and `#` characters in front of the token's own text.
 */
export interface Token {
  kind: Kind;
  image: string;
  readonly begin: number;
  readonly end: number;
  next: Token | null;
  special: Token | null;
}

const NAMES = new Map<number, string>(Object.entries(K).map(([name, kind]) => [kind, name]));

export function kindName(kind: number): string {
  return NAMES.get(kind) ?? 'token ' + String(kind);
}
