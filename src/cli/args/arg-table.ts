/**
 * The argument table of one operation, built as the AWS CLI builds it (`ServiceOperation.
 * _create_argument_table` plus the `building-argument-table` customizations, most specific
 * first): one option per input member (`xform_name`, in model order), `--no-x` twins for
 * booleans, the `create-rest-api --version` -> `--api-version` rename, `--cli-input-json`,
 * `--cli-input-yaml`, the unified pagination options (`--starting-token`, `--page-size`,
 * `--max-items`; the model's own `--position`/`--limit` stay, undocumented) and
 * `--generate-cli-skeleton`.
 */
import type { Operation, Shape } from '../model.js';
import { xformName } from '../names.js';
import type { ActionSpec } from './argparse.js';
import { FLOAT_TYPE, INT_TYPE, pyName } from './globals.js';

export type ModelArgument = {
  readonly kind: 'model';
  name: string;
  readonly memberName: string;
  readonly shape: Shape;
  required: boolean;
  /** `--no-x` of a boolean: stores false into the positive option's destination. */
  readonly negative: boolean;
  documented: boolean;
};
export type CustomArgumentKind = 'cli-input-json' | 'cli-input-yaml' | 'generate-cli-skeleton';
export type CustomArgument = { readonly kind: CustomArgumentKind; readonly name: CustomArgumentKind; required: boolean };
export type PageArgument = {
  readonly kind: 'page';
  readonly name: 'starting-token' | 'page-size' | 'max-items';
  readonly serializedName: 'StartingToken' | 'PageSize' | 'MaxItems';
  readonly parseType: string;
  required: boolean;
};
/** The file a streaming (blob payload) response is saved to: a required positional. */
export type OutfileArgument = { readonly kind: 'outfile'; readonly name: 'outfile'; required: boolean };
export type CliArgument = ModelArgument | CustomArgument | PageArgument | OutfileArgument;
export type ArgTable = Map<string, CliArgument>;

const RENAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'create-rest-api': { version: 'api-version' },
};

export function buildArgTable(op: Operation, cliOpName: string): ArgTable {
  const table: ArgTable = new Map();
  const input = op.inputShape;
  if (input) {
    const required = input.requiredMembers;
    for (const [memberName, shape] of input.members) {
      const name = xformName(memberName, '-');
      const isRequired = required.includes(memberName);
      table.set(name, { kind: 'model', name, memberName, shape, required: isRequired, negative: false, documented: true });
      if (shape.typeName === 'boolean') {
        const neg = `no-${name}`;
        table.set(neg, { kind: 'model', name: neg, memberName, shape, required: isRequired, negative: true, documented: true });
      }
    }
  }
  // building-argument-table.apigateway.<op> (more specific, so first): argument renames.
  for (const [from, to] of Object.entries(RENAMES[cliOpName] ?? {})) {
    const arg = table.get(from);
    if (arg && arg.kind === 'model') {
      table.delete(from);
      arg.name = to;
      table.set(to, arg);
    }
  }
  // building-argument-table: a streaming output's outfile (which leaves out the cli input and
  // skeleton options), cli input, pagination, skeleton.
  const streaming = streamingOutputMember(op) !== undefined;
  if (streaming) table.set('outfile', { kind: 'outfile', name: 'outfile', required: true });
  else {
    table.set('cli-input-json', { kind: 'cli-input-json', name: 'cli-input-json', required: false });
    table.set('cli-input-yaml', { kind: 'cli-input-yaml', name: 'cli-input-yaml', required: false });
  }
  const paginator = op.paginator;
  if (paginator) {
    for (const token of paginatorCliInputTokens(op)) {
      const arg = table.get(token);
      if (arg && arg.kind === 'model') arg.documented = false;
    }
    table.set('starting-token', { kind: 'page', name: 'starting-token', serializedName: 'StartingToken', parseType: 'string', required: false });
    let typeName = 'integer';
    if (paginator.limit_key && input) {
      typeName = input.members.get(paginator.limit_key)!.typeName;
      table.set('page-size', { kind: 'page', name: 'page-size', serializedName: 'PageSize', parseType: typeName, required: false });
    }
    table.set('max-items', { kind: 'page', name: 'max-items', serializedName: 'MaxItems', parseType: typeName, required: false });
  }
  if (!streaming) table.set('generate-cli-skeleton', { kind: 'generate-cli-skeleton', name: 'generate-cli-skeleton', required: false });
  return table;
}

/** botocore's `has_streaming_output`: the output's payload member is a blob. */
export function streamingOutputMember(op: Operation): string | undefined {
  const out = op.outputShape;
  const payload = out?.payload;
  return payload && out.members.get(payload)?.typeName === 'blob' ? payload : undefined;
}

/** The paginator's input tokens and limit key, as option names. */
export function paginatorCliInputTokens(op: Operation): string[] {
  const p = op.paginator;
  if (!p) return [];
  const out = [xformName(p.input_token, '-')];
  if (p.limit_key) out.push(xformName(p.limit_key, '-'));
  return out;
}

/** The destination (`py_name`) a parsed value lands in. */
export function destOf(arg: CliArgument): string {
  if (arg.kind === 'model' && arg.negative) return pyName(arg.name.slice(3));
  return pyName(arg.name);
}

const TYPE_FUNCS: Record<string, ActionSpec['type']> = { long: INT_TYPE, float: FLOAT_TYPE, double: FLOAT_TYPE };

/** `add_to_parser` of each kind of argument. */
export function actionOf(arg: CliArgument): ActionSpec {
  const optionStrings = [`--${arg.name}`];
  const dest = destOf(arg);
  switch (arg.kind) {
    case 'model': {
      const t = arg.shape.typeName;
      if (t === 'boolean') return { optionStrings, dest, kind: arg.negative ? 'store_false' : 'store_true', default: null };
      const type = TYPE_FUNCS[t];
      return { optionStrings, dest, required: arg.required, ...(t === 'list' ? { nargs: '*' as const } : {}), ...(type ? { type } : {}) };
    }
    case 'cli-input-json':
    case 'cli-input-yaml':
      return { optionStrings, dest, required: arg.required };
    case 'generate-cli-skeleton':
      return { optionStrings, dest, nargs: '?', const: 'input', choices: ['input', 'output', 'yaml-input'], required: arg.required };
    case 'page':
      return { optionStrings, dest, ...(arg.parseType === 'string' ? {} : { type: INT_TYPE }) };
    case 'outfile':
      return { optionStrings: [], dest: 'outfile', required: true };
  }
}
