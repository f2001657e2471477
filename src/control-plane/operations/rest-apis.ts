/**
 * CreateRestApi, GetRestApi, GetRestApis, DeleteRestApi
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateRestApi.html).
 *
 * A new API gets a root resource `/` (its id is `rootResourceId`). Defaults [recorded]:
 * apiKeySource HEADER, disableExecuteApiEndpoint false, endpointConfiguration EDGE; ipAddressType
 * ipv4, except dualstack for PRIVATE APIs. It also gets the models `Empty` and `Error` [recorded].
 */
import type {
  CreateRestApiRequest,
  DeleteRestApiRequest,
  GetRestApiRequest,
  GetRestApisRequest,
  UpdateRestApiRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { EndpointConfiguration, RestApi } from '../../model/rest-api.js';
import type { ResourceRecord } from '../../model/resource.js';
import { applyPatch } from '../../patch/engine.js';
import { restApiRules } from '../../patch/rules/rest-api.rules.js';
import { newResourceId, newRestApiId, newRootResourceId } from '../../shared/ids.js';
import { ACCOUNT_SCOPE, type StoreTx } from '../../store/store.js';
import { requireRestApi } from '../lookup.js';
import { operation, type OperationContext } from '../operation.js';
import { paginate } from '../paginate.js';
import { createDefaultModels } from './models.js';

const MAX_COMPRESSION_SIZE = 10_485_760;

export const createRestApi = operation<CreateRestApiRequest>(async (input, ctx) => {
  if (input.description === '') throw new BadRequestException(msg.emptyDescription());
  const endpointConfiguration = endpointConfigurationOf(input.endpointConfiguration);
  const size = input.minimumCompressionSize;
  if (size !== undefined && (size < 0 || size > MAX_COMPRESSION_SIZE)) {
    throw new BadRequestException(msg.invalidCompressionSize(MAX_COMPRESSION_SIZE));
  }
  return ctx.store.write(async (tx) => {
    const source = input.cloneFrom === undefined ? undefined : await requireRestApi(tx, ctx, input.cloneFrom);
    const api: RestApi = {
      id: newRestApiId(),
      name: input.name!,
      ...(input.description !== undefined && { description: input.description }),
      createdDate: ctx.clock.nowEpochSeconds(),
      ...(input.version !== undefined && { version: input.version }),
      ...(input.binaryMediaTypes?.length && { binaryMediaTypes: input.binaryMediaTypes }),
      ...(size !== undefined && { minimumCompressionSize: size }),
      apiKeySource: input.apiKeySource ?? 'HEADER',
      endpointConfiguration,
      ...(input.policy !== undefined && { policy: input.policy }),
      ...(input.tags && Object.keys(input.tags).length > 0 && { tags: input.tags }),
      disableExecuteApiEndpoint: input.disableExecuteApiEndpoint ?? false,
      rootResourceId: newRootResourceId(),
      ...(input.securityPolicy !== undefined && { securityPolicy: input.securityPolicy }),
      ...(input.endpointAccessMode !== undefined && { endpointAccessMode: input.endpointAccessMode }),
    };
    await tx.put('restApis', ACCOUNT_SCOPE, api.id, api);
    if (source) {
      await cloneResources(tx, source, api);
      await cloneDefinitions(tx, source.id, api.id);
    } else {
      await tx.put('resources', api.id, api.rootResourceId, { id: api.rootResourceId, resourceMethods: {} });
      await createDefaultModels(tx, api.id);
    }
    return api;
  });
});

function endpointConfigurationOf(given: CreateRestApiRequest['endpointConfiguration']): EndpointConfiguration {
  const types = given?.types ?? ['EDGE'];
  if (types.length === 0) throw new BadRequestException(msg.endpointTypesBothDisabled());
  if (types.length > 1) throw new BadRequestException(msg.multipleEndpointTypes());
  const type = types[0]!;
  const ipAddressType = given?.ipAddressType ?? (type === 'PRIVATE' ? 'dualstack' : 'ipv4');
  if (type === 'PRIVATE' && ipAddressType !== 'dualstack') throw new BadRequestException(msg.privateApiNeedsDualstack());
  return {
    types: [type],
    ipAddressType,
    ...(given?.vpcEndpointIds?.length && { vpcEndpointIds: given.vpcEndpointIds }),
  };
}

/** `cloneFrom`: the new API starts with a copy of the source's resources and methods. */
async function cloneResources(tx: StoreTx, source: RestApi, target: RestApi): Promise<void> {
  const resources = await tx.list('resources', source.id);
  const ids = new Map<string, string>([[source.rootResourceId, target.rootResourceId]]);
  for (const r of resources) if (!ids.has(r.id)) ids.set(r.id, newResourceId());
  for (const r of resources) {
    const id = ids.get(r.id)!;
    const copy: ResourceRecord = { ...r, id, resourceMethods: r.resourceMethods };
    if (r.parentId !== undefined) copy.parentId = ids.get(r.parentId);
    for (const method of Object.values(copy.resourceMethods)) {
      if (method.methodIntegration?.cacheNamespace === r.id) method.methodIntegration.cacheNamespace = id;
    }
    await tx.put('resources', target.id, id, copy);
  }
}

/**
 * `cloneFrom` also copies what the methods refer to — models, request validators, authorizers —
 * and the gateway responses and documentation parts, keeping their ids so that the copied methods
 * still point at them. Deployments, stages and documentation versions are not copied [guess].
 */
async function cloneDefinitions(tx: StoreTx, from: string, to: string): Promise<void> {
  for (const m of await tx.list('models', from)) await tx.put('models', to, m.name, m);
  for (const v of await tx.list('requestValidators', from)) await tx.put('requestValidators', to, v.id, v);
  for (const a of await tx.list('authorizers', from)) await tx.put('authorizers', to, a.id, a);
  for (const g of await tx.list('gatewayResponses', from)) await tx.put('gatewayResponses', to, g.responseType, g);
  for (const d of await tx.list('documentationParts', from)) await tx.put('documentationParts', to, d.id, d);
}

/** GetRestApi shows `tags: {}` when there are none; CreateRestApi and GetRestApis omit it [recorded]. */
export const getRestApi = operation<GetRestApiRequest>(async (input, ctx) => {
  const api = await ctx.store.read((tx) => requireRestApi(tx, ctx, input.restApiId!));
  return { ...api, tags: api.tags ?? {} };
});

/** UpdateRestApi: `patch/rules/rest-api.rules.ts`; shows `tags: {}` as GetRestApi does [recorded]. */
export const updateRestApi = operation<UpdateRestApiRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const current = await requireRestApi(tx, ctx, input.restApiId!);
    const updated = applyPatch(restApiRules, current, input.patchOperations ?? []);
    const ec = updated.endpointConfiguration;
    if (ec.types?.includes('PRIVATE') && ec.ipAddressType !== 'dualstack') throw new BadRequestException(msg.privateApiNeedsDualstack());
    await tx.put('restApis', ACCOUNT_SCOPE, updated.id, updated);
    return { ...updated, tags: updated.tags ?? {} };
  }),
);

export const getRestApis = operation<GetRestApisRequest>(async (input, ctx) => {
  const all = await ctx.store.read((tx) => tx.list('restApis', ACCOUNT_SCOPE));
  return paginate(all, (a) => a.id, input.position, input.limit);
});

export const deleteRestApi = operation<DeleteRestApiRequest>(async (input, ctx: OperationContext) =>
  ctx.store.write(async (tx) => {
    const api = await requireRestApi(tx, ctx, input.restApiId!);
    await tx.deleteScope(api.id);
    await tx.delete('restApis', ACCOUNT_SCOPE, api.id);
    return undefined;
  }),
);
