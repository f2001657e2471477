/**
 * A Python exception as the AWS CLI reports it. The CLI catches any exception from `--query` or a
 * formatter and writes `\n` + `str(exception)` + `\n` to stderr (exit 255), so only the message
 * text matters to users; the Python type name is kept for tests and for callers that branch on it
 * (`ParseError` family at compile time, `JMESPathTypeError`, `TypeError`, `ValueError`, ...).
 */
export class PyError extends Error {
  constructor(
    readonly pyType: string,
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}

/** `'<' not supported between instances of 'str' and 'int'` (Python's message for a failed ordering). */
export function unorderable(op: string, left: string, right: string): PyError {
  return new PyError('TypeError', `'${op}' not supported between instances of '${left}' and '${right}'`);
}

/** Python 3.11's limit on decimal integer <-> string conversion (`sys.get_int_max_str_digits()`). */
export const INT_MAX_STR_DIGITS = 4300;
