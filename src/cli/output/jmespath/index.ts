/**
 * `jmespath.compile(expression).search(value)`, the way the AWS CLI uses it for `--query`:
 * compile while arguments are parsed (errors are `ParseError`s, `LexerError`s,
 * `IncompleteExpressionError`, `EmptyExpressionError` or Python's `RecursionError`), then search
 * the parsed response (errors are `JMESPathTypeError`, `ArityError`, `UnknownFunctionError`,
 * Python `TypeError`/`ValueError`/`OverflowError`). Port of MIT-licensed code, see NOTICE.md.
 */
import type { PyValue } from '../value.js';
import type { Node } from './ast.js';
import { Interpreter } from './interpreter.js';
import { Parser } from './parser.js';

export { JmespathCompileError } from './errors.js';
export type { Node } from './ast.js';

export class CompiledQuery {
  constructor(
    readonly expression: string,
    readonly ast: Node,
  ) {}

  search(value: PyValue): PyValue {
    return new Interpreter().visit(this.ast, value);
  }
}

/** Compile an expression; throws `JmespathCompileError` (a PyError) with the reference's message. */
export function compile(expression: string): CompiledQuery {
  return new CompiledQuery(expression, new Parser(expression).parse());
}

export function search(expression: string, value: PyValue): PyValue {
  return compile(expression).search(value);
}
