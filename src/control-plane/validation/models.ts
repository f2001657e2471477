/**
 * Model references in requestModels / responseModels. A name must be a model of the API (every API
 * has `Empty` and `Error` from its creation [recorded]); an unknown one is AWS's
 * BadRequestException `Invalid model identifier specified: petModel` [recorded]. DeleteModel asks
 * `modelUsage` where a model is still named: AWS refuses to delete it [recorded].
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import { resourcePaths } from '../../model/resource.js';
import type { StoreTx } from '../../store/store.js';
import { checkContentTypes } from './content-types.js';

export async function checkModelReferences(tx: StoreTx, restApiId: string, models: Record<string, string | null>): Promise<void> {
  for (const name of Object.values(models)) {
    if (name === null || !(await tx.get('models', restApiId, name))) throw new BadRequestException(msg.invalidModelId(String(name)));
  }
  checkContentTypes(models);
}

/** Where a model is named, as AWS's message shows it: `<resource path>/<HTTP method>`. */
export type ModelUsage = { kind: 'request' | 'response'; where: string };

/**
 * The last method (in resource order) naming the model: AWS reported `/test/ANY` when both `/` and
 * `/test` used it, and `//ANY` once `/test` no longer did [recorded: test_put_method_model].
 * Request models are looked at before response models [guess].
 */
export async function modelUsage(tx: StoreTx, restApiId: string, name: string): Promise<ModelUsage | undefined> {
  const records = await tx.list('resources', restApiId);
  const paths = resourcePaths(records);
  let request: string | undefined;
  let response: string | undefined;
  for (const record of records) {
    for (const [verb, method] of Object.entries(record.resourceMethods)) {
      const where = `${paths.get(record.id)}/${verb}`;
      if (Object.values(method.requestModels ?? {}).includes(name)) request = where;
      for (const [status, mr] of Object.entries(method.methodResponses ?? {})) {
        if (Object.values(mr.responseModels ?? {}).includes(name)) response = `${where}/${status}`;
      }
    }
  }
  if (request !== undefined) return { kind: 'request', where: request };
  return response === undefined ? undefined : { kind: 'response', where: response };
}
