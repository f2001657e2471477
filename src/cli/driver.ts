/**
 * `aws [options] apigateway <operation> [options]` as the AWS CLI v2 runs it (`awscli/clidriver.py`):
 * the global options are taken out first (anywhere on the line), the operation is chosen from the
 * model's operations (kebab-case), its options are parsed from the argument table, the parameters
 * are unpacked, and the call is made and printed (`invoke.ts`). Errors become the reference's
 * texts and exit codes (`errors.ts`).
 */
import { cliModel, type Operation } from './model.js';
import { xformName } from './names.js';
import { ArgumentParser, VersionRequested, type Namespace } from './args/argparse.js';
import { mainParser, readGlobals, pyName, type Globals } from './args/globals.js';
import { actionOf, buildArgTable, paginatorCliInputTokens, type ArgTable } from './args/arg-table.js';
import { buildCallParameters } from './call-params.js';
import { applyCliInput } from './input-document.js';
import { ParamValidationError, UnknownArgumentError, toCliError } from './errors.js';
import { compileQuery, type CompiledQuery } from './output/index.js';
import { Session } from './config/session.js';
import { inputSkeletonJson, inputSkeletonYaml } from './skeleton.js';
import { invoke } from './invoke.js';
import type { CallOverride, CliIo } from './io.js';

export const VERSION = 'portico-cli/0.1.0 (aws-cli/2.9.19 compatible)';

export type RunResult = { rc: number; pager: string | null };

class CompileFailure extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

/** Operation cli name -> API name, in model order. */
export function commandTable(): Map<string, string> {
  const m = new Map<string, string>();
  for (const name of cliModel().operationNames) m.set(xformName(name, '-'), name);
  return m;
}

export async function runCli(argv: readonly string[], io: CliIo, override?: CallOverride): Promise<RunResult> {
  const state = { pager: null as string | null };
  try {
    const rc = await run(argv, io, state, override);
    return { rc, pager: state.pager };
  } catch (e) {
    if (e instanceof CompileFailure) {
      io.stderr(e.text);
      return { rc: 252, pager: null };
    }
    const err = toCliError(e);
    io.stderr(err.render());
    return { rc: err.rc, pager: null };
  }
}

async function run(argv: readonly string[], io: CliIo, state: { pager: string | null }, override?: CallOverride): Promise<number> {
  let parsed;
  try {
    parsed = mainParser(['apigateway', 'help']).parseKnownArgs(argv);
  } catch (e) {
    if (e instanceof VersionRequested) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    throw e;
  }
  const globals = readGlobals(parsed.namespace);
  // top-level-args-parsed: --query is compiled now, --endpoint-url must have a scheme.
  let query: CompiledQuery | null = null;
  if (globals.query !== null) {
    const compiled = compileQuery(globals.query);
    if (!('query' in compiled)) throw new CompileFailure(compiled.error);
    query = compiled.query;
  }
  if (globals.endpointUrl !== null && !/^[A-Za-z0-9+.-]+:/.test(globals.endpointUrl)) {
    throw new ParamValidationError(
      `Bad value for --endpoint-url "${globals.endpointUrl}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`,
    );
  }
  const session = new Session(io.env, globals.profile || null);
  const command = parsed.namespace.get('command') as string;
  if (command === 'help') {
    const { providerHelp } = await import('./help/index.js');
    io.stdout(providerHelp());
    return 0;
  }
  const commands = commandTable();
  const service = new ArgumentParser();
  service.add({ optionStrings: [], dest: 'operation', choices: [...commands.keys(), 'help'] });
  const { namespace: sns, extras: rest } = service.parseKnownArgs(parsed.extras);
  const opCliName = sns.get('operation') as string;
  if (opCliName === 'help') {
    const { serviceHelp } = await import('./help/index.js');
    io.stdout(serviceHelp());
    return 0;
  }
  const operation = cliModel().operation(commands.get(opCliName)!);
  return runOperation(operation, opCliName, rest, globals, query, session, io, state, override);
}

function hasDryRun(op: Operation): boolean {
  return op.name.startsWith('Update') && cliModel().operationNames.includes(`Get${op.name.slice('Update'.length)}`);
}

async function runOperation(
  op: Operation,
  opCliName: string,
  args: string[],
  globals: Globals,
  query: CompiledQuery | null,
  session: Session,
  io: CliIo,
  state: { pager: string | null },
  override?: CallOverride,
): Promise<number> {
  const table = buildArgTable(op, opCliName);
  overrideRequired(table, args);
  const parser = new ArgumentParser();
  for (const arg of table.values()) parser.add(actionOf(arg));
  const dryRunAvailable = hasDryRun(op);
  if (dryRunAvailable) parser.add({ optionStrings: ['--dry-run'], dest: 'portico_dry_run', kind: 'store_true', default: false });
  parser.add({ optionStrings: [], dest: 'help', nargs: '?' });
  let ns: Namespace;
  let extras: string[];
  if (args.length === 1 && args[0] === 'help') {
    ns = new Map([['help', 'help']]);
    extras = [];
  } else ({ namespace: ns, extras } = parser.parseKnownArgs(args));
  const help = ns.get('help');
  if (help === 'help') {
    const { operationHelp } = await import('./help/index.js');
    io.stdout(operationHelp(op, opCliName, table));
    return 0;
  }
  if (typeof help === 'string') extras.push(help);
  if (extras.length) throw new UnknownArgumentError(`Unknown options: ${extras.join(', ')}`);

  // operation-args-parsed: explicit --position/--limit turn pagination off.
  let paginate = globals.paginate;
  if (op.paginator) {
    for (const token of paginatorCliInputTokens(op)) {
      const v = ns.get(pyName(token));
      if (v !== null && v !== undefined) paginate = false;
    }
    if (!paginate) {
      const used = ['starting_token', 'page_size', 'max_items'].filter((p) => truthy(ns.get(p)));
      if (used.length) {
        throw new ParamValidationError(
          `Cannot specify --no-paginate along with pagination arguments: ${used.map((p) => `--${p.replaceAll('_', '-')}`).join(', ')}`,
        );
      }
    }
  }
  const { params, pagination } = buildCallParameters(table, ns, io.env);
  // calling-command handlers, most specific first.
  if (op.paginator) {
    const tokens = [op.paginator.input_token, ...(op.paginator.limit_key ? [op.paginator.limit_key] : [])];
    for (const k of params.keys()) if (tokens.includes(k)) paginate = false;
  }
  const json = ns.get('cli_input_json') as string | null;
  const yaml = ns.get('cli_input_yaml') as string | null;
  const both = json !== null && yaml !== null;
  applyCliInput('cli-input-json', json, both, params, io.env);
  applyCliInput('cli-input-yaml', yaml, both, params, io.env);
  const skeleton = ns.get('generate_cli_skeleton');
  if (typeof skeleton === 'string' && skeleton) {
    if (skeleton === 'input') {
      io.stdout(inputSkeletonJson(op.inputShape));
      return 0;
    }
    if (skeleton === 'yaml-input') {
      io.stdout(inputSkeletonYaml(op.inputShape));
      return 0;
    }
  }
  return invoke({
    op,
    params,
    pagination,
    paginate: paginate && op.paginator !== undefined,
    globals,
    query,
    session,
    io,
    state,
    stubOutput: skeleton === 'output',
    dryRun: dryRunAvailable && ns.get('portico_dry_run') === true,
    outfile: typeof ns.get('outfile') === 'string' ? (ns.get('outfile') as string) : null,
    ...(override ? { override } : {}),
  });
}

function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === '' || v === 0 || v === 0n) return false;
  return !(Array.isArray(v) && v.length === 0);
}

/** OverrideRequiredArgsArgument: `--cli-input-*` or a non-output skeleton makes nothing required. */
function overrideRequired(table: ArgTable, args: readonly string[]): void {
  let off = (table.has('cli-input-json') && args.includes('--cli-input-json')) || (table.has('cli-input-yaml') && args.includes('--cli-input-yaml'));
  const i = args.indexOf('--generate-cli-skeleton');
  if (table.has('generate-cli-skeleton') && i >= 0 && args[i + 1] !== 'output') off = true;
  if (off) for (const arg of table.values()) arg.required = false;
}
