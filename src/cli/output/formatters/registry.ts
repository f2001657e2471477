/**
 * The output formats, keyed by the names `--output` accepts (awscli/formatter.py's
 * CLI_OUTPUT_FORMATS). Each formatter gets the result after `--query` and writes stdout chunk by
 * chunk, so a Python failure halfway leaves exactly what the reference had already written.
 *   json        `json.dump(indent=4, ensure_ascii=False)` + newline; a result equal to {} prints nothing
 *   yaml        block YAML (a top-level scalar as JSON); {} prints nothing
 *   yaml-stream each page as a one-element list, no `---` between pages; {} (unpaginated) prints nothing
 *   text        awscli/text.py
 *   table       awscli/table.py, titled with the operation name; a falsy result prints nothing
 */
import type { PyValue } from '../value.js';
import { jsonEncode } from './json-encode.js';
import { MultiTable } from './table/multi-table.js';
import { TableBuilder } from './table/build.js';
import { formatText } from './text.js';
import { yamlDump } from './yaml.js';

export type OutputFormat = 'json' | 'yaml' | 'yaml-stream' | 'text' | 'table';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'yaml', 'yaml-stream', 'text', 'table'];

export type FormatContext = {
  readonly operationName: string;
  /** Table width: the terminal's columns when stdout is a terminal, else 80. */
  readonly terminalWidth: number;
  /** Colour the table (`--color on`, or `auto` on a terminal). */
  readonly color: boolean;
  /** colorama wraps stdout (colour on and output not sent to a pager): a reset after each write. */
  readonly colorReset: boolean;
};

export type Write = (chunk: string) => void;
export type Formatter = (value: PyValue, ctx: FormatContext, write: Write) => void;

const isEmptyDict = (v: PyValue): boolean => v instanceof Map && v.size === 0;

export const FORMATTERS: Readonly<Record<OutputFormat, Formatter>> = {
  json: (value, _ctx, write) => {
    if (isEmptyDict(value)) return;
    jsonEncode(value, { indent: 4, ensureAscii: false }, write);
    write('\n');
  },
  yaml: (value, _ctx, write) => {
    if (!isEmptyDict(value)) write(yamlDump(value));
  },
  'yaml-stream': (value, _ctx, write) => {
    if (!isEmptyDict(value)) write(yamlDump([value]));
  },
  text: (value, _ctx, write) => formatText(value, write),
  table: (value, ctx, write) => {
    const table = new MultiTable(ctx.terminalWidth, { color: ctx.color, resetAfterWrite: ctx.color && ctx.colorReset });
    if (new TableBuilder(table).build(ctx.operationName, value)) table.render(write);
  },
};

export const isOutputFormat = (name: string): name is OutputFormat => (OUTPUT_FORMATS as readonly string[]).includes(name);
