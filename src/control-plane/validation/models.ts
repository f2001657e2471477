/**
 * Model references in requestModels / responseModels. Every API has the models `Empty` and
 * `Error` from its creation [recorded]; Portico does not implement CreateModel yet, so those two
 * are the models that exist. An unknown name is AWS's BadRequestException
 * `Invalid model identifier specified: petModel` [recorded].
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import { checkContentTypes } from './content-types.js';

export const DEFAULT_MODELS = ['Empty', 'Error'] as const;

export function checkModelReferences(models: Record<string, string | null>): void {
  for (const name of Object.values(models)) {
    if (name === null || !(DEFAULT_MODELS as readonly string[]).includes(name)) throw new BadRequestException(msg.invalidModelId(String(name)));
  }
  checkContentTypes(models);
}
