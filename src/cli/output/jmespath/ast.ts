/**
 * jmespath.py 1.0.1's AST (ast.py): plain nodes, `type` names as the reference spells them.
 * `subexpression` and `index_expression` children grow while parsing (the parser appends to a
 * left node of the same type instead of nesting). Port of MIT-licensed code, see NOTICE.md.
 */
import type { PyValue } from '../value.js';

export type Comparator = 'eq' | 'ne' | 'lt' | 'gt' | 'lte' | 'gte';
export type KeyValPair = { type: 'key_val_pair'; value: string; children: [Node] };

export type Node =
  | { type: 'comparator'; value: Comparator; children: [Node, Node] }
  | { type: 'current' }
  | { type: 'expref'; children: [Node] }
  | { type: 'function_expression'; value: string; children: Node[] }
  | { type: 'field'; value: string }
  | { type: 'filter_projection'; children: [Node, Node, Node] }
  | { type: 'flatten'; children: [Node] }
  | { type: 'identity' }
  | { type: 'index'; value: bigint }
  | { type: 'index_expression'; children: Node[] }
  | KeyValPair
  | { type: 'literal'; value: PyValue }
  | { type: 'multi_select_dict'; children: KeyValPair[] }
  | { type: 'multi_select_list'; children: Node[] }
  | { type: 'or_expression'; children: [Node, Node] }
  | { type: 'and_expression'; children: [Node, Node] }
  | { type: 'not_expression'; children: [Node] }
  | { type: 'pipe'; children: [Node, Node] }
  | { type: 'projection'; children: [Node, Node] }
  | { type: 'subexpression'; children: Node[] }
  | { type: 'slice'; children: [bigint | null, bigint | null, bigint | null] }
  | { type: 'value_projection'; children: [Node, Node] };

export type NodeOf<T extends Node['type']> = Extract<Node, { type: T }>;

export const identity = (): Node => ({ type: 'identity' });
export const projection = (left: Node, right: Node): Node => ({ type: 'projection', children: [left, right] });
export const valueProjection = (left: Node, right: Node): Node => ({ type: 'value_projection', children: [left, right] });
export const indexExpression = (children: Node[]): Node => ({ type: 'index_expression', children });
