/**
 * CreateRequestValidator, GetRequestValidator, GetRequestValidators, UpdateRequestValidator,
 * DeleteRequestValidator (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateRequestValidator.html).
 *
 * Both flags are always shown, false unless set [recorded]. A missing API reads differently per
 * operation [recorded]: BadRequest `Invalid REST API identifier specified` on create, NotFound
 * `Invalid API identifier specified <account>:<id>` on GetRequestValidators, NotFound `Invalid
 * Request Validator identifier specified` on Get and Delete (Update follows them [guess]).
 * A validator that a method uses cannot be deleted [guess: ConflictException, as for models].
 */
import type {
  CreateRequestValidatorRequest,
  DeleteRequestValidatorRequest,
  GetRequestValidatorRequest,
  GetRequestValidatorsRequest,
  UpdateRequestValidatorRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, ConflictException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { RequestValidator } from '../../model/request-validator.js';
import { applyPatch } from '../../patch/engine.js';
import { requestValidatorRules } from '../../patch/rules/request-validator.rules.js';
import { randomId } from '../../shared/ids.js';
import type { StoreTx } from '../../store/store.js';
import { methodUsing, requireRestApi, restApiExists } from '../lookup.js';
import { operation } from '../operation.js';
import { paginate } from '../paginate.js';

async function requireValidator(tx: StoreTx, restApiId: string, id: string): Promise<RequestValidator> {
  const validator = await tx.get('requestValidators', restApiId, id);
  if (!validator) throw new NotFoundException(msg.requestValidatorNotFound());
  return validator;
}

export const createRequestValidator = operation<CreateRequestValidatorRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    if (!(await restApiExists(tx, restApiId))) throw new BadRequestException(msg.invalidRestApiId());
    if (input.name === undefined || input.name.trim() === '') throw new BadRequestException(msg.blankRequestValidatorName());
    const validator: RequestValidator = {
      id: randomId(6),
      name: input.name,
      validateRequestBody: input.validateRequestBody ?? false,
      validateRequestParameters: input.validateRequestParameters ?? false,
    };
    await tx.put('requestValidators', restApiId, validator.id, validator);
    return validator;
  }),
);

export const getRequestValidator = operation<GetRequestValidatorRequest>(async (input, ctx) =>
  ctx.store.read((tx) => requireValidator(tx, input.restApiId!, input.requestValidatorId!)),
);

export const getRequestValidators = operation<GetRequestValidatorsRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    return paginate(await tx.list('requestValidators', input.restApiId!), (v) => v.id, input.position, input.limit);
  }),
);

/** UpdateRequestValidator: `patch/rules/request-validator.rules.ts`. */
export const updateRequestValidator = operation<UpdateRequestValidatorRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const current = await requireValidator(tx, input.restApiId!, input.requestValidatorId!);
    const updated = applyPatch(requestValidatorRules, current, input.patchOperations ?? []);
    await tx.put('requestValidators', input.restApiId!, updated.id, updated);
    return updated;
  }),
);

export const deleteRequestValidator = operation<DeleteRequestValidatorRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const validator = await requireValidator(tx, restApiId, input.requestValidatorId!);
    const where = await methodUsing(tx, restApiId, (m) => m.requestValidatorId === validator.id);
    if (where) throw new ConflictException(msg.requestValidatorInUse(validator.id, where));
    await tx.delete('requestValidators', restApiId, validator.id);
    return undefined;
  }),
);
