/**
 * CreateModel, GetModel, GetModels, UpdateModel, DeleteModel
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateModel.html).
 *
 * Models are addressed by name. Every API starts with `Empty` and `Error` (created with it, and
 * deletable like any other) [recorded]. Recorded texts: a missing API is `Invalid API identifier
 * specified` for CreateModel and GetModels but `Invalid model name specified: <name>` for
 * GetModel, UpdateModel and DeleteModel; a duplicate name is a ConflictException; an empty name or
 * schema is refused; a model a method still names cannot be deleted. An empty description is not
 * stored (`description: ""` gives no description) [recorded]. GetModels lists by name [guess: the
 * recording sorts before comparing].
 */
import type {
  CreateModelRequest,
  DeleteModelRequest,
  GetModelRequest,
  GetModelsRequest,
  UpdateModelRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, ConflictException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import { checkModelSchema, DEFAULT_MODELS, type Model } from '../../model/model.js';
import { applyPatch } from '../../patch/engine.js';
import { modelRules } from '../../patch/rules/model.rules.js';
import { randomId } from '../../shared/ids.js';
import type { StoreTx } from '../../store/store.js';
import { requireRestApi } from '../lookup.js';
import { operation } from '../operation.js';
import { paginate } from '../paginate.js';
import { modelUsage } from '../validation/models.js';

const newModelId = (): string => randomId(6);

/** Creates `Empty` and `Error` in a new API. */
export async function createDefaultModels(tx: StoreTx, restApiId: string): Promise<void> {
  for (const model of DEFAULT_MODELS) await tx.put('models', restApiId, model.name, { id: newModelId(), ...model });
}

async function requireModel(tx: StoreTx, restApiId: string, name: string): Promise<Model> {
  const model = await tx.get('models', restApiId, name);
  if (!model) throw new NotFoundException(msg.invalidModelName(name));
  return model;
}

export const createModel = operation<CreateModelRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    await requireRestApi(tx, ctx, restApiId);
    const name = input.name!;
    if (name === '') throw new BadRequestException(msg.emptyModelName());
    if (!/^[A-Za-z0-9]+$/.test(name)) throw new BadRequestException(msg.modelNameNotAlphanumeric());
    if (await tx.get('models', restApiId, name)) throw new ConflictException(msg.modelExists());
    const model: Model = {
      id: newModelId(),
      name,
      ...(input.description && { description: input.description }),
      schema: checkModelSchema(input.schema),
      contentType: input.contentType!,
    };
    await tx.put('models', restApiId, name, model);
    return model;
  }),
);

export const getModel = operation<GetModelRequest>(async (input, ctx) =>
  ctx.store.read((tx) => requireModel(tx, input.restApiId!, input.modelName!)),
);

export const getModels = operation<GetModelsRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    const models = await tx.list('models', input.restApiId!);
    return paginate(models, (m) => m.name, input.position, input.limit);
  }),
);

/** UpdateModel: `patch/rules/model.rules.ts`. */
export const updateModel = operation<UpdateModelRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const current = await requireModel(tx, input.restApiId!, input.modelName!);
    const updated = applyPatch(modelRules, current, input.patchOperations ?? []);
    await tx.put('models', input.restApiId!, updated.name, updated);
    return updated;
  }),
);

export const deleteModel = operation<DeleteModelRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const model = await requireModel(tx, restApiId, input.modelName!);
    const usage = await modelUsage(tx, restApiId, model.name);
    if (usage) {
      throw new ConflictException(usage.kind === 'request' ? msg.modelInUse(model.name, usage.where) : msg.modelInUseByResponse(model.name, usage.where));
    }
    await tx.delete('models', restApiId, model.name);
    return undefined;
  }),
);
