/**
 * From parsed options to the operation's parameters (`ServiceOperation._build_call_parameters`):
 * each argument of the table, in order, is first offered to the file loader (`file://`,
 * `fileb://`), then unpacked (shorthand, JSON, numbers). Then the `calling-command` handlers run,
 * most specific first: the pagination check on the final parameters, `--cli-input-json`,
 * `--cli-input-yaml`, and `--generate-cli-skeleton`.
 */
import type { ArgTable } from './args/arg-table.js';
import { destOf } from './args/arg-table.js';
import type { Namespace } from './args/argparse.js';
import { unpackModelArgument, type RawArg } from './argprocess.js';
import { ParamError } from './errors.js';
import { getParamfile, ResourceLoadingError } from './paramfile.js';
import type { Param, ParamMap } from './values.js';

export type PaginationConfigParams = { MaxItems?: bigint; PageSize?: Param; StartingToken?: string };

export type CallParameters = { params: ParamMap; pagination: PaginationConfigParams | null };

export function buildCallParameters(table: ArgTable, ns: Namespace, env: NodeJS.ProcessEnv): CallParameters {
  const params: ParamMap = new Map();
  let pagination: PaginationConfigParams | null = null;
  for (const arg of table.values()) {
    if ((arg.kind === 'model' && arg.negative) || arg.kind === 'outfile') continue;
    const dest = destOf(arg);
    if (!ns.has(dest)) continue;
    let value = ns.get(dest) as RawArg | null;
    // load-cli-arg: file references.
    try {
      const candidate = Array.isArray(value) && value.length === 1 ? value[0] : value;
      const loaded = getParamfile(candidate, env);
      if (loaded !== null) value = loaded;
    } catch (e) {
      if (e instanceof ResourceLoadingError) throw new ParamError(`--${arg.name}`, e.message);
      throw e;
    }
    if (value === null || value === undefined) continue;
    switch (arg.kind) {
      case 'model':
        if (arg.shape.typeName === 'boolean') params.set(arg.memberName, value as boolean);
        else params.set(arg.memberName, unpackModelArgument(arg.shape, value, `--${arg.name}`));
        break;
      case 'page': {
        // PageArgument.add_to_params: a `PaginationConfig` parameter, popped by the paginator
        // (and refused by validation when pagination is off).
        pagination ??= {};
        if (arg.serializedName === 'StartingToken') pagination.StartingToken = String(value as string);
        else if (arg.serializedName === 'MaxItems') pagination.MaxItems = value as bigint;
        else pagination.PageSize = value as Param;
        const config = (params.get('PaginationConfig') as ParamMap | undefined) ?? new Map<string, Param>();
        config.set(arg.serializedName, value as Param);
        params.set('PaginationConfig', config);
        break;
      }
      default:
        break;
    }
  }
  return { params, pagination };
}
