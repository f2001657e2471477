/**
 * `portico apigateway update-<x> --dry-run ...` (a Portico extension, not in the AWS CLI): shows
 * the resource before and after the patch as a diff, changing nothing. The Portico server honours
 * `x-portico-dry-run: true` on Update* operations (it computes and validates the result, stores
 * nothing, and echoes the header) and marks every response with `x-portico-version`. So the
 * resource is read first (the matching Get* operation); unless that response carries
 * `x-portico-version`, the patch is not sent at all.
 */
import { cliModel } from './model.js';
import { GeneralError, ParamValidationError } from './errors.js';
import type { Caller, InvokeRequest } from './invoke.js';
import { formatOutput } from './output/index.js';
import type { PyDict } from './output/value.js';
import type { ParamMap } from './values.js';
import { lineDiff } from './diff.js';

export const DRY_RUN_HEADER = 'x-portico-dry-run';
export const VERSION_HEADER = 'x-portico-version';

export async function dryRun(r: InvokeRequest, call: Caller): Promise<number> {
  const getName = `Get${r.op.name.slice('Update'.length)}`;
  const getOp = cliModel().operation(getName);
  const getParams: ParamMap = new Map();
  for (const name of getOp.inputShape?.members.keys() ?? []) {
    const v = r.params.get(name);
    if (v !== undefined) getParams.set(name, v);
  }
  const getRequest: InvokeRequest = { ...r, op: getOp, params: getParams };
  const { makeCaller } = await import('./invoke.js');
  const region = r.session.region(r.globals.region)!;
  const before = await makeCaller(getRequest, region)(getParams);
  if (!r.override && !before.raw?.headers[VERSION_HEADER]) {
    throw new ParamValidationError(
      `--dry-run needs a Portico server: the endpoint's ${getName} response has no ${VERSION_HEADER} header, so the patch was not sent.`,
    );
  }
  const after = await call(r.params, { [DRY_RUN_HEADER]: 'true' });
  if (!r.override && after.raw?.headers[DRY_RUN_HEADER] !== 'true') {
    throw new GeneralError(`The server did not confirm the dry run (no ${DRY_RUN_HEADER} header in its response): the patch may have been applied.`);
  }
  const text = (v: PyDict): string => {
    const out = formatOutput({ format: 'json', value: v, operationName: r.op.name });
    return 'error' in out ? '' : out.stdout;
  };
  const lines = lineDiff(text(before.parsed), text(after.parsed));
  const changed = lines.some((l) => l.startsWith('-') || l.startsWith('+'));
  r.io.stdout(`--- ${getName} (before)\n+++ ${r.op.name} (after, dry run: nothing was changed)\n`);
  r.io.stdout(lines.map((l) => `${l}\n`).join(''));
  if (!changed) r.io.stdout('(no change)\n');
  return 0;
}
