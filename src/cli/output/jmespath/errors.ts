/**
 * jmespath.py 1.0.1's exceptions (exceptions.py), with their `__str__` texts. The AWS CLI prints
 * `str(e)` verbatim: compile errors inside `Bad value for --query EXPR: ...` (exit 252),
 * evaluation errors alone (exit 255). Columns and carets count code points.
 * Port of MIT-licensed code, see NOTICE.md.
 */
import { PyError } from '../py/errors.js';
import { pyStr, strRepr } from '../py/repr.js';
import type { PyValue } from '../value.js';
import type { Token } from './lexer.js';

/** What the parser raises (`ParseError` and its subclasses); the CLI reports these at compile time. */
export class JmespathCompileError extends PyError {}

/** `ParseError`: `MSG: Parse error at column N, token "V" (TYPE), for expression:\n"EXPR"\n  ^`. */
export function parseError(expression: string, token: Token, msg: string): JmespathCompileError {
  const underline = ' '.repeat(token.start + 1) + '^';
  const value = typeof token.value === 'string' ? token.value : pyStr(token.value);
  return new JmespathCompileError(
    'ParseError',
    `${msg}: Parse error at column ${token.start}, token "${value}" (${token.type.toUpperCase()}), for expression:\n"${expression}"\n${underline}`,
  );
}

/** `IncompleteExpressionError`: the caret goes one past the end of the expression. */
export function incompleteExpression(expression: string): JmespathCompileError {
  const length = [...expression].length;
  return new JmespathCompileError(
    'IncompleteExpressionError',
    `Invalid jmespath expression: Incomplete expression:\n"${expression}"\n${' '.repeat(length + 1)}^`,
  );
}

/** `LexerError`: `Bad jmespath expression: MSG:\nEXPR\n   ^`. */
export function lexerError(expression: string, position: number, message: string): JmespathCompileError {
  return new JmespathCompileError('LexerError', `Bad jmespath expression: ${message}:\n${expression}\n${' '.repeat(position)}^`);
}

export function emptyExpression(): JmespathCompileError {
  return new JmespathCompileError('EmptyExpressionError', 'Invalid JMESPath expression: cannot be empty.');
}

const plural = (word: string, n: number): string => (n === 1 ? word : word + 's');

/** `ArityError` / `VariadictArityError` (raised while evaluating, despite deriving from ParseError). */
export function arityError(expected: number, actual: number, name: string, variadic: boolean): PyError {
  return new PyError(
    variadic ? 'VariadictArityError' : 'ArityError',
    `Expected ${variadic ? 'at least ' : ''}${expected} ${plural('argument', expected)} for function ${name}(), received ${actual}`,
  );
}

/** `JMESPathTypeError`: value by `str()`, the expected types by `str(list)`. */
export function typeError(fn: string, value: PyValue, actualType: string, expected: readonly string[]): PyError {
  return new PyError(
    'JMESPathTypeError',
    `In function ${fn}(), invalid type for value: ${pyStr(value)}, expected one of: [${expected.map(strRepr).join(', ')}], received: "${actualType}"`,
  );
}

export function unknownFunction(name: string): PyError {
  return new PyError('UnknownFunctionError', `Unknown function: ${name}()`);
}
