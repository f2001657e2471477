/**
 * `portico apigateway <operation> help`: the operation's manual page, laid out like the AWS CLI's
 * (`aws apigateway update-integration help`, see shared/seed/update-integration.1.txt): NAME,
 * DESCRIPTION, SYNOPSIS, OPTIONS (each option's type, documentation, nested members, shorthand
 * and JSON syntax), EXAMPLES (the AWS CLI's own), OUTPUT. Everything comes from the model.
 */
import type { Operation, Shape } from '../model.js';
import type { ArgTable, CliArgument } from '../args/arg-table.js';
import { renderDoc, renderRst, fill } from './text.js';
import { jsonExample, shorthandExample } from './syntax.js';
import examples from './examples.json' with { type: 'json' };

const CLI_INPUT_HELP =
  'Reads arguments from the JSON string provided. The JSON string follows the format provided by --generate-cli-skeleton. If other arguments are provided on the command line, those values will override the JSON-provided values. It is not possible to pass arbitrary binary values using a JSON-provided value as the string will be taken literally. This may not be specified along with --cli-input-yaml.';
const SKELETON_HELP =
  'Prints a JSON skeleton to standard output without sending an API request. If provided with no value or the value input, prints a sample input JSON that can be used as an argument for --cli-input-json. Similarly, if provided yaml-input it will print a sample input YAML that can be used with --cli-input-yaml. If provided with the value output, it validates the command inputs and returns a sample output JSON for that command. The generated JSON skeleton is not stable between versions of the AWS CLI and there are no backwards compatibility guarantees in the JSON skeleton generated.';
const PAGE_HELP: Record<string, string> = {
  'starting-token':
    '<p>A token to specify where to start paginating. This is the <code>NextToken</code> from a previously truncated response.</p><p>For usage examples, see Pagination in the <i>AWS Command Line Interface User Guide</i>.</p>',
  'page-size':
    "<p>The size of each page to get in the AWS service call. This does not affect the number of items returned in the command's output. Setting a smaller page size results in more calls to the AWS service, retrieving fewer items in each call. This can help prevent the AWS service calls from timing out.</p><p>For usage examples, see Pagination in the <i>AWS Command Line Interface User Guide</i>.</p>",
  'max-items':
    "<p>The total number of items to return in the command's output. If the total number of items available is more than the value specified, a <code>NextToken</code> is provided in the command's output. To resume pagination, provide the <code>NextToken</code> value in the <code>starting-token</code> argument of a subsequent command. <b>Do not</b> use the <code>NextToken</code> response element directly outside of the AWS CLI.</p><p>For usage examples, see Pagination in the <i>AWS Command Line Interface User Guide</i>.</p>",
};
const DRY_RUN_HELP =
  'Portico only (not in the AWS CLI): shows the resource before and after the patch as a diff, without changing anything. Needs a Portico server (it honours the x-portico-dry-run header); against any other endpoint the patch is not sent.';

function synopsisLine(arg: CliArgument, table: ArgTable): string | null {
  if (arg.kind === 'model') {
    if (!arg.documented || arg.negative) return null;
    if (arg.shape.typeName === 'boolean') return `[--${arg.name} | --no-${arg.name}]`;
    return arg.required ? `--${arg.name} <value>` : `[--${arg.name} <value>]`;
  }
  if (arg.kind === 'cli-input-json') return '[--cli-input-json | --cli-input-yaml]';
  if (arg.kind === 'cli-input-yaml') return null;
  if (arg.kind === 'outfile') return '<outfile>';
  void table;
  return `[--${arg.name} <value>]`;
}

function memberDocs(shape: Shape, indent: number, stack: string[]): string[] {
  const out: string[] = [];
  if (stack.includes(shape.name)) return out;
  stack.push(shape.name);
  try {
    if (shape.typeName === 'structure') {
      for (const [name, m] of shape.members) {
        out.push('', `${' '.repeat(indent)}${name} -> (${m.typeName})`);
        const doc = renderDoc(m.documentation, indent + 3);
        if (doc.length) out.push(...doc);
        out.push(...nested(m, indent + 3, stack));
      }
    }
  } finally {
    stack.pop();
  }
  return out;
}

function nested(shape: Shape, indent: number, stack: string[]): string[] {
  const out: string[] = [];
  if (shape.typeName === 'structure') out.push(...memberDocs(shape, indent, stack));
  else if (shape.typeName === 'list') {
    out.push('', `${' '.repeat(indent)}(${shape.member.typeName})`);
    const doc = renderDoc(shape.member.documentation, indent + 4);
    if (doc.length) out.push(...doc);
    out.push(...nested(shape.member, indent + 4, stack));
  } else if (shape.typeName === 'map') {
    out.push('', `${' '.repeat(indent)}key -> (${shape.key.typeName})`, '', `${' '.repeat(indent)}value -> (${shape.value.typeName})`);
    const doc = renderDoc(shape.value.documentation, indent + 4);
    if (shape.value.typeName === 'structure' && doc.length) out.push(...doc);
    out.push(...nested(shape.value, indent + 4, stack));
  }
  return out;
}

function enumLines(shape: Shape, indent: number): string[] {
  if (!shape.enum.length) return [];
  return ['', `${' '.repeat(indent)}Possible values:`, '', ...shape.enum.map((e) => `${' '.repeat(indent + 2)}o ${e}`)];
}

function optionSection(arg: CliArgument, opCliName: string): string[] {
  const out: string[] = [''];
  switch (arg.kind) {
    case 'model': {
      if (!arg.documented || arg.negative) return [];
      const t = arg.shape.typeName;
      out.push(t === 'boolean' ? `       --${arg.name} | --no-${arg.name} (boolean)` : `       --${arg.name} (${t})`);
      const doc = renderDoc(arg.shape.documentation, 10);
      if (arg.required) {
        if (doc.length) doc[0] = `          [Required] ${doc[0]!.trimStart()}`;
        else doc.push('          [Required]');
      }
      out.push(...doc, ...enumLines(arg.shape, 10), ...nested(arg.shape, 10, []));
      const sh = shorthandExample(arg.shape, opCliName);
      if (sh !== null) out.push('', '       Shorthand Syntax:', '', ...sh.split('\n').map((l) => (l ? `          ${l}` : '')));
      const js = jsonExample(arg.shape);
      if (js !== null) out.push('', '       JSON Syntax:', '', ...js.split('\n').map((l) => `          ${l}`));
      return out;
    }
    case 'cli-input-json':
      out.push(...fill(`--cli-input-json | --cli-input-yaml (string) ${CLI_INPUT_HELP}`, 7));
      return out;
    case 'cli-input-yaml':
      return [];
    case 'generate-cli-skeleton':
      out.push(...fill(`--generate-cli-skeleton (string) ${SKELETON_HELP}`, 7));
      return out;
    case 'page':
      out.push(`       --${arg.name} (${arg.parseType})`, ...renderDoc(PAGE_HELP[arg.name] ?? '', 10));
      return out;
    case 'outfile':
      out.push('       outfile (string)', '          Filename where the content will be saved');
      return out;
  }
}

function outputDocs(shape: Shape | undefined): string[] {
  if (!shape || shape.members.size === 0) return ['       None'];
  const out: string[] = [];
  for (const [name, m] of shape.members) {
    if (out.length) out.push('');
    out.push(`       ${name} -> (${m.typeName})`, ...renderDoc(m.documentation, 10), ...nested(m, 10, [shape.name]));
  }
  return out;
}

export function operationHelp(op: Operation, opCliName: string, table: ArgTable): string {
  const title = `${opCliName.toUpperCase()}()`;
  const lines: string[] = [`${title}${' '.repeat(Math.max(1, 78 - 2 * title.length))}${title}`, '', '', ''];
  lines.push('NAME', `       ${opCliName} -`, '', 'DESCRIPTION', ...renderDoc(op.documentation, 7), '', '       See also: AWS API Documentation');
  if (op.paginator) {
    lines.push(
      '',
      ...fill(
        `${opCliName} is a paginated operation. Multiple API calls may be issued in order to retrieve the entire data set of results. You can disable pagination by providing the --no-paginate argument. When using --output text and the --query argument on a paginated response, the --query argument must extract data from the results of the following query expressions: ${op.paginator.result_key}`,
        7,
      ),
    );
  }
  lines.push('', "       See 'aws help' for descriptions of global parameters.", '', 'SYNOPSIS', `            ${opCliName}`);
  for (const arg of table.values()) {
    const s = synopsisLine(arg, table);
    if (s) lines.push(`          ${s}`);
  }
  const dryRun = op.name.startsWith('Update');
  if (dryRun) lines.push('          [--dry-run]');
  lines.push('', 'OPTIONS');
  const opts: string[] = [];
  for (const arg of table.values()) opts.push(...optionSection(arg, opCliName));
  if (dryRun) opts.push('', ...fill(`--dry-run (boolean) ${DRY_RUN_HELP}`, 7));
  lines.push(...opts.slice(1), '', "       See 'aws help' for descriptions of global parameters.");
  const example = (examples as Record<string, string>)[opCliName];
  if (example) lines.push('', 'EXAMPLES', ...renderRst(example, 7));
  lines.push('', 'OUTPUT', ...outputDocs(op.outputShape), '', '', '', `${' '.repeat(69)}${title}`);
  return lines.join('\n') + '\n';
}
