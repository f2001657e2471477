/**
 * The syntax tree of a Velocity 1.7 template, one node type per `AST*` class of Velocity's
 * parser. Every node keeps its first and last token: Velocity renders some constructs by their
 * source text (an undefined macro call prints itself, `#literal` prints its body) and error
 * messages point at tokens.
 */
import type { Token } from './token.js';

interface Span {
  readonly first: Token;
  last: Token;
}

/** Plain template text (also stray `(`, `)`, numbers, `{`… outside VTL), printed as written. */
export interface TextNode extends Span {
  readonly type: 'Text';
  text: string;
}
/** `##…` / `#*…*#`: prints only what a MORE prefix left in front of the comment (usually ""). */
export interface CommentNode extends Span {
  readonly type: 'Comment';
  text: string;
}
/** `#[[…]]#`: printed verbatim. */
export interface TextblockNode extends Span {
  readonly type: 'Textblock';
  text: string;
}
/** A run of `\\` pairs before something: printed as computed by the parser. */
export interface EscapeNode extends Span {
  readonly type: 'Escape';
  text: string;
}
/** `\#if`, `\#foo`: printed as computed by the parser. */
export interface EscapedDirectiveNode extends Span {
  readonly type: 'EscapedDirective';
  text: string;
}

export interface IdentifierNode extends Span {
  readonly type: 'Identifier';
  readonly name: string;
}
export interface MethodNode extends Span {
  readonly type: 'Method';
  readonly name: string;
  readonly args: ExprNode[];
}
export interface IndexNode extends Span {
  readonly type: 'Index';
  readonly arg: ExprNode;
}

/** What `ASTReference.init` derives from the first token (see `node-init.ts`). */
export interface ReferenceInfo {
  /** 1 normal `$a`, 2 formal `${a}`, 3 quiet `$!a`, 4 "runt" (not really a reference), 0 none. */
  referenceType: 0 | 1 | 2 | 3 | 4;
  rootString: string;
  escaped: boolean;
  escPrefix: string;
  morePrefix: string;
  nullString: string;
  computable: boolean;
  literal: string;
}

export interface ReferenceNode extends Span {
  readonly type: 'Reference';
  readonly children: Array<IdentifierNode | MethodNode | IndexNode>;
  info: ReferenceInfo | null;
}

export interface StringLiteralNode extends Span {
  readonly type: 'StringLiteral';
  /** Unescaped text (`\uXXXX`, doubled quotes); for interpolated strings, the parsed template. */
  value: string;
  interpolated: { root: ProcessNode; containsLineComment: boolean } | null;
}
export interface IntegerLiteralNode extends Span {
  readonly type: 'IntegerLiteral';
  readonly image: string;
}
export interface FloatLiteralNode extends Span {
  readonly type: 'FloatLiteral';
  readonly image: string;
}
export interface BooleanNode extends Span {
  readonly type: 'True' | 'False';
}
export interface WordNode extends Span {
  readonly type: 'Word';
  readonly word: string;
}
export interface MapNode extends Span {
  readonly type: 'Map';
  /** key, value, key, value… */
  readonly items: ExprNode[];
}
export interface ListNode extends Span {
  readonly type: 'List';
  readonly items: ExprNode[];
}
export interface RangeNode extends Span {
  readonly type: 'Range';
  readonly from: ExprNode;
  readonly to: ExprNode;
}
/** A parenthesised expression, or the whole expression of a directive (`ASTExpression`). */
export interface ExpressionNode extends Span {
  readonly type: 'Expression';
  readonly expr: ExprNode;
}
export type BinaryOp = 'or' | 'and' | 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge' | 'add' | 'sub' | 'mul' | 'div' | 'mod';
export interface BinaryNode extends Span {
  readonly type: 'Binary';
  readonly op: BinaryOp;
  readonly left: ExprNode;
  readonly right: ExprNode;
}
export interface NotNode extends Span {
  readonly type: 'Not';
  readonly operand: ExprNode;
}

export type ExprNode =
  | ReferenceNode
  | StringLiteralNode
  | IntegerLiteralNode
  | FloatLiteralNode
  | BooleanNode
  | WordNode
  | MapNode
  | ListNode
  | RangeNode
  | ExpressionNode
  | BinaryNode
  | NotNode;

export interface BlockNode extends Span {
  readonly type: 'Block';
  readonly children: StatementNode[];
}
export interface IfNode extends Span {
  readonly type: 'If';
  readonly branches: Array<{ readonly cond: ExpressionNode; readonly body: BlockNode }>;
  readonly elseBody: BlockNode | null;
}
export interface SetNode extends Span {
  readonly type: 'Set';
  readonly left: ReferenceNode;
  readonly right: ExpressionNode;
  /** `left.getFirstToken().image.substring(1)` after init: the context key for `#set($a = …)`. */
  leftKey: string;
}
/** `#name(args)` (+ block for block directives): foreach, macro, define, break, stop, macro calls. */
export interface DirectiveNode extends Span {
  readonly type: 'Directive';
  readonly name: string;
  readonly args: ExprNode[];
  /** null for line directives (and for `#name` without parentheses). */
  readonly body: BlockNode | null;
  /** false for `#name` without parentheses. */
  readonly hasParens: boolean;
}

export type StatementNode =
  | TextNode
  | CommentNode
  | TextblockNode
  | EscapeNode
  | EscapedDirectiveNode
  | ReferenceNode
  | IfNode
  | SetNode
  | DirectiveNode;

export interface ProcessNode extends Span {
  readonly type: 'Process';
  readonly children: StatementNode[];
  /** Source text, for error positions. */
  readonly source: string;
}

export type AnyNode = StatementNode | ExprNode | BlockNode | ProcessNode | IdentifierNode | MethodNode | IndexNode;
