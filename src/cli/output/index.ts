/**
 * What the AWS CLI v2 prints for a response: `--query` (jmespath 1.0.1) and the five output
 * formats, byte for byte (shared/spec/cli-output.md). The CLI compiles `--query` while parsing
 * arguments, before any request (`compileQuery`: exit 252 on error), and formats the response
 * after it (`formatOutput`: exit 255 when evaluating or printing fails, with whatever was already
 * written to stdout). Paginated commands print `text` and `yaml-stream` page by page
 * (`formatPages`); the buffered formats print the merged result with `formatOutput`.
 */
import { PyError } from './py/errors.js';
import { compile, CompiledQuery } from './jmespath/index.js';
import { FORMATTERS, isOutputFormat, type FormatContext } from './formatters/registry.js';
import { formatText } from './formatters/text.js';
import { yamlDump } from './formatters/yaml.js';
import { pyDict, type PyValue } from './value.js';

export type { PyValue, PyDict, PyList } from './value.js';
export { parseJson } from './json-parse.js';
export { fromJs, pyDict, pyInt, toJs } from './value.js';
export { CompiledQuery } from './jmespath/index.js';
export { OUTPUT_FORMATS, type OutputFormat } from './formatters/registry.js';

export type CliFailure = { readonly stdout: string; readonly error: string; readonly exitCode: 252 | 255 };
export type FormatResult = { readonly stdout: string } | CliFailure;
export type QueryResult = { readonly query: CompiledQuery } | Omit<CliFailure, 'stdout'>;

/** `--query EXPR` at argument-parsing time: `\nBad value for --query EXPR: MESSAGE\n`, exit 252. */
export function compileQuery(expression: string): QueryResult {
  try {
    return { query: compile(expression) };
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    return { error: `\nBad value for --query ${expression}: ${e.message}\n`, exitCode: 252 };
  }
}

export type FormatOptions = {
  /** `--output` value; an unknown name fails like the reference (`Unknown output type: xml`). */
  readonly format: string;
  /** The response in the lossless model (structure members in model order). */
  readonly value: PyValue;
  readonly query?: string | CompiledQuery;
  /** The operation's name (`GetRestApis`), the table's title. */
  readonly operationName: string;
  /** Table width; 80 unless stdout is a terminal. */
  readonly terminalWidth?: number;
  /** Colour table output (`--color on`, or `auto` on a terminal). */
  readonly color?: boolean;
  /** With colour: stdout is wrapped by colorama (no pager), which appends a reset to each write. Default true. */
  readonly colorReset?: boolean;
};

type Prepared = { ctx: FormatContext; query: CompiledQuery | null } | CliFailure;

function prepare(o: Omit<FormatOptions, 'value'>): Prepared {
  if (!isOutputFormat(o.format)) return { stdout: '', error: `\nUnknown output type: ${o.format}\n`, exitCode: 255 };
  let query: CompiledQuery | null = null;
  if (typeof o.query === 'string') {
    const compiled = compileQuery(o.query);
    if (!('query' in compiled)) return { stdout: '', ...compiled };
    query = compiled.query;
  } else if (o.query) query = o.query;
  const ctx: FormatContext = {
    operationName: o.operationName,
    terminalWidth: o.terminalWidth ?? 80,
    color: o.color ?? false,
    colorReset: o.colorReset ?? true,
  };
  return { ctx, query };
}

/** Run `body`, collecting stdout; a Python-level failure becomes exit 255 with `\nMESSAGE\n`. */
function run(body: (write: (s: string) => void) => void): FormatResult {
  const chunks: string[] = [];
  try {
    body((s) => chunks.push(s));
    return { stdout: chunks.join('') };
  } catch (e) {
    let message: string;
    if (e instanceof PyError) message = e.message;
    else if (e instanceof RangeError && /call stack/i.test(e.message)) message = 'maximum recursion depth exceeded';
    else throw e;
    return { stdout: chunks.join(''), error: `\n${message}\n`, exitCode: 255 };
  }
}

/** Apply `--query` and print the result in the requested format. */
export function formatOutput(o: FormatOptions): FormatResult {
  const prepared = prepare(o);
  if ('error' in prepared) return prepared;
  const { ctx, query } = prepared;
  const format = o.format as keyof typeof FORMATTERS;
  return run((write) => {
    const result = query ? query.search(o.value) : o.value;
    FORMATTERS[format](result, ctx, write);
  });
}

export type PagesOptions = Omit<FormatOptions, 'value' | 'format'> & {
  readonly format: 'text' | 'yaml-stream';
  /** Each page as the formatter sees it (for text: the page reduced to its result keys). */
  readonly pages: Iterable<PyValue>;
  /** The resume token when `--max-items` truncated the output (text prints `NEXTTOKEN\t...`). */
  readonly nextToken?: string;
};

/**
 * The streaming formatters on a paginated response: `text` formats each page (after `--query`)
 * and ends with the `{'NextToken': {'NextToken': token}}` dict (also queried: `None` when the
 * query does not select it); `yaml-stream` dumps each queried page as a one-element list.
 */
export function formatPages(o: PagesOptions): FormatResult {
  const prepared = prepare(o);
  if ('error' in prepared) return prepared;
  const { query } = prepared;
  const apply = (v: PyValue): PyValue => (query ? query.search(v) : v);
  return run((write) => {
    for (const page of o.pages) {
      if (o.format === 'text') formatText(apply(page), write);
      else write(yamlDump([apply(page)]));
    }
    if (o.format === 'text' && o.nextToken !== undefined) {
      formatText(apply(pyDict([['NextToken', pyDict([['NextToken', o.nextToken]])]])), write);
    }
  });
}
