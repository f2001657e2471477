/**
 * The token rules of Velocity 1.7's lexer (`Parser.jjt`), one matcher per token kind, and the
 * lexical states in which each rule is active.
 *
 * A matcher returns the length of the longest match at a position (or -1). The lexer picks the
 * longest match among the rules active in the current state, the lowest kind on a tie — JavaCC's
 * rule. Notable consequences that API Gateway templates inherit: identifiers may contain `-`
 * (`$context.requestOverride.header.X-Amz-Target`, but also `$a-` in `$a-$b`), a `)` that closes
 * a directive swallows trailing spaces and one newline, a `#set` swallows the spaces before it
 * when they start a token, `5-3` lexes as `5` and `-3`, `$true` is a keyword, not a reference,
 * and `$.` is plain text (`$input.path("$.a")` keeps its `$`). Where the Velocity 1.7 jar differs
 * from its published grammar (`$.`, where `##` is recognised, quotes in string literals) the
 * rules follow the jar, checked token by token in `lexer-differential.test.ts`.
 */
import { K, S, type Kind, type LexState } from './token.js';

export type RuleType = 'TOKEN' | 'MORE' | 'SKIP' | 'SPECIAL';
export type Matcher = (t: string, p: number) => number;

export interface Rule {
  readonly kind: Kind;
  readonly type: RuleType;
  readonly match: Matcher;
}

const lit =
  (...alts: string[]): Matcher =>
  (t, p) => {
    let best = -1;
    for (const a of alts) if (a.length > best && t.startsWith(a, p)) best = a.length;
    return best;
  };

const re = (r: RegExp): Matcher => {
  const sticky = new RegExp(r.source, 'y');
  return (t, p) => {
    sticky.lastIndex = p;
    const m = sticky.exec(t);
    return m && m[0].length > 0 ? m[0].length : -1;
  };
};

const anyChar: Matcher = (t, p) => (p < t.length ? 1 : -1);

/** `base` followed by an optional `[ \t]*` and one newline (RPAREN, END, ELSE). */
const withNewline =
  (base: Matcher): Matcher =>
  (t, p) => {
    const n = base(t, p);
    if (n < 0) return n;
    let j = p + n;
    while (t[j] === ' ' || t[j] === '\t') j++;
    if (t[j] === '\n') return j + 1 - p;
    if (t[j] === '\r') return (t[j + 1] === '\n' ? j + 2 : j + 1) - p;
    return n;
  };

const WORD = /[a-zA-Z_@][a-zA-Z0-9_@]*/;
const BRACKETED_WORD = /\{[a-zA-Z_][a-zA-Z0-9_@]*\}/;

/** `(\\\\)* "\\#" (WORD | BRACKETED_WORD)`: an odd run of backslashes before `#word`. */
const escapeDirective: Matcher = (t, p) => {
  let j = p;
  while (t[j] === '\\') j++;
  const n = j - p;
  if (n % 2 === 0 || t[j] !== '#') return -1;
  const w = re(WORD)(t, j + 1);
  const b = re(BRACKETED_WORD)(t, j + 1);
  const len = Math.max(w, b);
  return len < 0 ? -1 : j + 1 + len - p;
};

/**
 * STRING_LITERAL: a quote, any characters, the same quote; a doubled quote (`''`, `""`) stays
 * inside the literal. A backslash escapes nothing (`"a\"` ends after the backslash). Longest match.
 */
const stringLiteral: Matcher = (t, p) => {
  const q = t[p];
  if (q !== '"' && q !== "'") return -1;
  let best = -1;
  for (let j = p + 1; j < t.length; j++) {
    if (t[j] !== q) continue;
    best = j + 1 - p;
    if (t[j + 1] !== q) break;
    j++;
  }
  return best;
};

const R: Record<number, { type: RuleType; match: Matcher }> = {
  [K.INDEX_LBRACKET]: { type: 'TOKEN', match: lit('[') },
  [K.INDEX_RBRACKET]: { type: 'TOKEN', match: lit(']') },
  [K.LBRACKET]: { type: 'TOKEN', match: lit('[') },
  [K.RBRACKET]: { type: 'TOKEN', match: lit(']') },
  [K.COMMA]: { type: 'TOKEN', match: lit(',') },
  [K.DOUBLEDOT]: { type: 'TOKEN', match: lit('..') },
  [K.COLON]: { type: 'TOKEN', match: lit(':') },
  [K.LEFT_CURLEY]: { type: 'TOKEN', match: lit('{') },
  [K.RIGHT_CURLEY]: { type: 'TOKEN', match: lit('}') },
  [K.LPAREN]: { type: 'TOKEN', match: lit('(') },
  [K.RPAREN]: { type: 'TOKEN', match: withNewline(lit(')')) },
  [K.REFMOD2_RPAREN]: { type: 'TOKEN', match: lit(')') },
  [K.ESCAPE_DIRECTIVE]: { type: 'TOKEN', match: escapeDirective },
  [K.SET_DIRECTIVE]: { type: 'TOKEN', match: re(/[ \t]*(?:#set|#\{set\}) *\(/) },
  [K.DOLLAR]: { type: 'MORE', match: re(/\\*\$/) },
  [K.DOLLARBANG]: { type: 'MORE', match: re(/\\*\$\\*!/) },
  [K.TEXTBLOCK_START]: { type: 'MORE', match: lit('#[[') },
  [K.FORMAL_COMMENT_START]: { type: 'MORE', match: re(/#\*\*[^#]/) },
  [K.MULTI_LINE_COMMENT_START]: { type: 'MORE', match: lit('#*') },
  [K.HASH]: { type: 'MORE', match: lit('#') },
  [K.SINGLE_LINE_COMMENT_START]: { type: 'TOKEN', match: lit('##') },
  [K.DOUBLE_ESCAPE]: { type: 'TOKEN', match: lit('\\\\') },
  [K.ESCAPE]: { type: 'TOKEN', match: lit('\\') },
  [K.TEXT]: { type: 'TOKEN', match: re(/[^$#\\]+/) },
  [K.SINGLE_LINE_COMMENT]: { type: 'TOKEN', match: lit('\n', '\r', '\r\n') },
  [K.FORMAL_COMMENT]: { type: 'TOKEN', match: lit('*#') },
  [K.MULTI_LINE_COMMENT]: { type: 'TOKEN', match: lit('*#') },
  [K.TEXTBLOCK]: { type: 'TOKEN', match: lit(']]#') },
  [K.COMMENT_SKIP]: { type: 'SKIP', match: anyChar },
  [K.TEXTBLOCK_MORE]: { type: 'MORE', match: anyChar },
  [K.WHITESPACE]: { type: 'TOKEN', match: re(/[ \t\n\r]+/) },
  [K.STRING_LITERAL]: { type: 'TOKEN', match: stringLiteral },
  [K.TRUE]: { type: 'TOKEN', match: lit('true') },
  [K.FALSE]: { type: 'TOKEN', match: lit('false') },
  [K.NEWLINE]: { type: 'TOKEN', match: lit('\n', '\r', '\r\n') },
  [K.MINUS]: { type: 'TOKEN', match: lit('-') },
  [K.PLUS]: { type: 'TOKEN', match: lit('+') },
  [K.MULTIPLY]: { type: 'TOKEN', match: lit('*') },
  [K.DIVIDE]: { type: 'TOKEN', match: lit('/') },
  [K.MODULUS]: { type: 'TOKEN', match: lit('%') },
  [K.LOGICAL_AND]: { type: 'TOKEN', match: lit('&&', 'and') },
  [K.LOGICAL_OR]: { type: 'TOKEN', match: lit('||', 'or') },
  [K.LOGICAL_LT]: { type: 'TOKEN', match: lit('<', 'lt') },
  [K.LOGICAL_LE]: { type: 'TOKEN', match: lit('<=', 'le') },
  [K.LOGICAL_GT]: { type: 'TOKEN', match: lit('>', 'gt') },
  [K.LOGICAL_GE]: { type: 'TOKEN', match: lit('>=', 'ge') },
  [K.LOGICAL_EQUALS]: { type: 'TOKEN', match: lit('==', 'eq') },
  [K.LOGICAL_NOT_EQUALS]: { type: 'TOKEN', match: lit('!=', 'ne') },
  [K.LOGICAL_NOT]: { type: 'TOKEN', match: lit('!', 'not') },
  [K.EQUALS]: { type: 'TOKEN', match: lit('=') },
  [K.END]: { type: 'TOKEN', match: withNewline(lit('end', '{end}')) },
  [K.IF_DIRECTIVE]: { type: 'TOKEN', match: lit('if', '{if}') },
  [K.ELSEIF_DIRECTIVE]: { type: 'TOKEN', match: lit('elseif', '{elseif}') },
  [K.ELSE_DIRECTIVE]: { type: 'TOKEN', match: withNewline(lit('else', '{else}')) },
  [K.INTEGER_LITERAL]: { type: 'TOKEN', match: re(/-?[0-9]+(?:\.\.)?/) },
  [K.FLOATING_POINT_LITERAL]: {
    type: 'TOKEN',
    match: re(/-?(?:[0-9]+\.[0-9]*(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+)/),
  },
  [K.WORD]: { type: 'TOKEN', match: re(WORD) },
  [K.BRACKETED_WORD]: { type: 'TOKEN', match: re(BRACKETED_WORD) },
  [K.IDENTIFIER]: { type: 'TOKEN', match: re(/[a-zA-Z_][a-zA-Z0-9_-]*/) },
  [K.DOT]: { type: 'TOKEN', match: re(/\.[a-zA-Z]/) },
  [K.LCURLY]: { type: 'TOKEN', match: lit('{') },
  [K.RCURLY]: { type: 'TOKEN', match: lit('}') },
  [K.REFERENCE_TERMINATOR]: { type: 'SPECIAL', match: anyChar },
  [K.DIRECTIVE_TERMINATOR]: { type: 'SPECIAL', match: anyChar },
  [K.EMPTY_INDEX]: { type: 'TOKEN', match: lit('$[', '$![', '$\\![', '$.') },
};

/** MORE rules active in every state: `$`, `$!`, `#[[`, `#**`, `#*`, `#`. */
const ALL = [K.DOLLAR, K.DOLLARBANG, K.TEXTBLOCK_START, K.FORMAL_COMMENT_START, K.MULTI_LINE_COMMENT_START, K.HASH];
/** `##` starts a line comment only in these states (observed on Velocity 1.7's token manager). */
const SLC = K.SINGLE_LINE_COMMENT_START;
const OPS = [36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50] as const;
const NUMS = [K.INTEGER_LITERAL, K.FLOATING_POINT_LITERAL];

const STATE_KINDS: Record<LexState, readonly number[]> = {
  [S.DEFAULT]: [K.ESCAPE_DIRECTIVE, K.SET_DIRECTIVE, ...ALL, SLC, K.DOUBLE_ESCAPE, K.ESCAPE, K.TEXT, K.EMPTY_INDEX],
  [S.REFERENCE]: [K.INDEX_LBRACKET, K.SET_DIRECTIVE, ...ALL, SLC, K.TRUE, K.FALSE, K.IDENTIFIER, K.DOT, K.LCURLY, K.RCURLY, K.REFERENCE_TERMINATOR, K.EMPTY_INDEX],
  [S.REFMODIFIER]: [K.INDEX_LBRACKET, K.LPAREN, K.SET_DIRECTIVE, ...ALL, K.TRUE, K.FALSE, K.IDENTIFIER, K.DOT, K.LCURLY, K.RCURLY, K.REFERENCE_TERMINATOR],
  [S.REFINDEX]: [K.INDEX_RBRACKET, ...ALL, K.WHITESPACE, K.STRING_LITERAL, K.TRUE, K.FALSE, ...NUMS],
  [S.DIRECTIVE]: [3, 4, 5, 6, 7, 8, 9, K.LPAREN, K.RPAREN, ...ALL, SLC, K.WHITESPACE, K.STRING_LITERAL, K.TRUE, K.FALSE, K.NEWLINE, ...OPS, ...NUMS, K.WORD, K.BRACKETED_WORD],
  [S.REFMOD2]: [3, 4, 5, 6, 7, 8, 9, K.REFMOD2_RPAREN, K.SET_DIRECTIVE, ...ALL, K.WHITESPACE, K.STRING_LITERAL, K.TRUE, K.FALSE, ...NUMS, K.IDENTIFIER, K.DOT],
  [S.REFMOD]: [...ALL, K.REFERENCE_TERMINATOR],
  [S.IN_TEXTBLOCK]: [...ALL, K.TEXTBLOCK, K.TEXTBLOCK_MORE],
  [S.IN_MULTI_LINE_COMMENT]: [...ALL, K.MULTI_LINE_COMMENT, K.COMMENT_SKIP],
  [S.IN_FORMAL_COMMENT]: [...ALL, K.FORMAL_COMMENT, K.COMMENT_SKIP],
  [S.IN_SINGLE_LINE_COMMENT]: [...ALL, K.SINGLE_LINE_COMMENT, K.COMMENT_SKIP],
  [S.PRE_DIRECTIVE]: [...ALL, SLC, K.END, K.IF_DIRECTIVE, K.ELSEIF_DIRECTIVE, K.ELSE_DIRECTIVE, ...NUMS, K.WORD, K.BRACKETED_WORD, K.DIRECTIVE_TERMINATOR],
};

/** Rules per lexical state, sorted by kind (so the first of equally long matches wins). */
export const RULES: Record<LexState, readonly Rule[]> = Object.fromEntries(
  Object.entries(STATE_KINDS).map(([state, kinds]) => [
    state,
    [...kinds].sort((a, b) => a - b).map((kind) => ({ kind: kind as Kind, ...R[kind] })),
  ]),
) as unknown as Record<LexState, readonly Rule[]>;

/** The longest match in `state` at `p`: [rule, length], or null. */
export function longestMatch(state: LexState, t: string, p: number): [Rule, number] | null {
  let best: Rule | null = null;
  let len = 0;
  for (const rule of RULES[state]) {
    const n = rule.match(t, p);
    if (n > len) {
      best = rule;
      len = n;
    }
  }
  return best ? [best, len] : null;
}
