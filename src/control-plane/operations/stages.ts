/**
 * CreateStage, GetStage, GetStages, DeleteStage
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateStage.html).
 *
 * Always present [recorded]: cacheClusterEnabled (false), cacheClusterStatus (NOT_AVAILABLE),
 * methodSettings ({}), tracingEnabled (false), createdDate, lastUpdatedDate. Canary settings echo
 * `percentTraffic` as a double and `useStageCache: false` [recorded]. GetStages is not paginated;
 * its list member is `item` [recorded].
 */
import type {
  CanarySettings as SdkCanarySettings,
  CreateStageRequest,
  DeleteStageRequest,
  FlushStageAuthorizersCacheRequest,
  FlushStageCacheRequest,
  GetStageRequest,
  GetStagesRequest,
  UpdateStageRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, ConflictException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { CanarySettings, Deployment, Stage } from '../../model/deployment.js';
import { applyPatch } from '../../patch/engine.js';
import { stageRules } from '../../patch/rules/stage.rules.js';
import type { StageCaches } from '../../shared/stage-caches.js';
import type { StoreTx } from '../../store/store.js';
import { requireRestApi } from '../lookup.js';
import { operation } from '../operation.js';

const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

export type StageInit = {
  stageName: string;
  deploymentId: string;
  description?: string;
  variables?: Record<string, string>;
  cacheClusterEnabled?: boolean;
  cacheClusterSize?: string;
  tracingEnabled?: boolean;
  canarySettings?: CanarySettings;
  documentationVersion?: string;
  tags?: Record<string, string>;
};

export function newStage(init: StageInit, now: number): Stage {
  const cache = init.cacheClusterEnabled ?? false;
  return {
    deploymentId: init.deploymentId,
    stageName: init.stageName,
    ...(init.description !== undefined && { description: init.description }),
    cacheClusterEnabled: cache,
    // A local cache cluster is ready at once.
    ...((cache || init.cacheClusterSize !== undefined) && { cacheClusterSize: init.cacheClusterSize ?? '0.5' }),
    cacheClusterStatus: cache ? 'AVAILABLE' : 'NOT_AVAILABLE',
    methodSettings: {},
    ...(init.variables !== undefined && { variables: init.variables }),
    ...(init.documentationVersion !== undefined && { documentationVersion: init.documentationVersion }),
    ...(init.canarySettings !== undefined && { canarySettings: init.canarySettings }),
    tracingEnabled: init.tracingEnabled ?? false,
    ...(init.tags !== undefined && { tags: init.tags }),
    createdDate: now,
    lastUpdatedDate: now,
  };
}

/** Canary settings as AWS stores them: the deployment defaults to the stage's, traffic to 0. */
export function canarySettingsOf(given: SdkCanarySettings, stageDeploymentId: string): CanarySettings {
  return {
    deploymentId: given.deploymentId ?? stageDeploymentId,
    percentTraffic: given.percentTraffic ?? 0,
    ...(given.stageVariableOverrides !== undefined && { stageVariableOverrides: given.stageVariableOverrides }),
    useStageCache: given.useStageCache ?? false,
  };
}

export async function requireDeployment(
  tx: StoreTx,
  restApiId: string,
  deploymentId: string,
  missing: 'not-found' | 'bad-request',
): Promise<Deployment> {
  const deployment = await tx.get('deployments', restApiId, deploymentId);
  if (deployment) return deployment;
  throw missing === 'not-found' ? new NotFoundException(msg.invalidDeploymentId()) : new BadRequestException(msg.deploymentDoesNotExist());
}

export const createStage = operation<CreateStageRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    await requireRestApi(tx, ctx, restApiId);
    const stageName = input.stageName!;
    if (!STAGE_NAME.test(stageName)) throw new BadRequestException(msg.invalidStageName());
    if (!input.deploymentId) throw new BadRequestException(msg.emptyDeploymentId());
    await requireDeployment(tx, restApiId, input.deploymentId, 'bad-request');
    if (input.canarySettings?.deploymentId) await requireDeployment(tx, restApiId, input.canarySettings.deploymentId, 'bad-request');
    if (await tx.get('stages', restApiId, stageName)) throw new ConflictException(msg.stageExists());
    const stage = newStage(
      {
        stageName,
        deploymentId: input.deploymentId,
        description: input.description,
        variables: input.variables,
        cacheClusterEnabled: input.cacheClusterEnabled,
        cacheClusterSize: input.cacheClusterSize,
        tracingEnabled: input.tracingEnabled,
        canarySettings: input.canarySettings && canarySettingsOf(input.canarySettings, input.deploymentId),
        documentationVersion: input.documentationVersion,
        tags: input.tags,
      },
      ctx.clock.nowEpochSeconds(),
    );
    await tx.put('stages', restApiId, stageName, stage);
    return stage;
  }),
);

async function requireStage(tx: StoreTx, restApiId: string, stageName: string): Promise<Stage> {
  const stage = await tx.get('stages', restApiId, stageName);
  if (!stage) throw new NotFoundException(msg.invalidStageId());
  return stage;
}

export const getStage = operation<GetStageRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    return requireStage(tx, input.restApiId!, input.stageName!);
  }),
);

export const getStages = operation<GetStagesRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    const stages = await tx.list('stages', input.restApiId!);
    return { item: input.deploymentId === undefined ? stages : stages.filter((s) => s.deploymentId === input.deploymentId) };
  }),
);

/**
 * UpdateStage: `patch/rules/stage.rules.ts`, then the deployments the stage and its canary point
 * at must exist [recorded text], and `lastUpdatedDate` moves.
 */
export const updateStage = operation<UpdateStageRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    await requireRestApi(tx, ctx, restApiId);
    const current = await requireStage(tx, restApiId, input.stageName!);
    const updated = applyPatch(stageRules, current, input.patchOperations ?? []);
    if (updated.deploymentId !== current.deploymentId) await requireDeployment(tx, restApiId, updated.deploymentId, 'bad-request');
    const canaryDeployment = updated.canarySettings?.deploymentId;
    if (canaryDeployment !== undefined && canaryDeployment !== current.canarySettings?.deploymentId) {
      await requireDeployment(tx, restApiId, canaryDeployment, 'bad-request');
    }
    updated.lastUpdatedDate = ctx.clock.nowEpochSeconds();
    await tx.put('stages', restApiId, updated.stageName, updated);
    return updated;
  }),
);

export const deleteStage = operation<DeleteStageRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    await requireStage(tx, input.restApiId!, input.stageName!);
    await tx.delete('stages', input.restApiId!, input.stageName!);
    return undefined;
  }),
);

/**
 * FlushStageCache and FlushStageAuthorizersCache: 202 with no body once the stage's cached method
 * responses / Lambda authorizer answers are gone (a server without a data plane has none to drop).
 */
function flushOperation(cache: keyof StageCaches) {
  return operation<FlushStageCacheRequest | FlushStageAuthorizersCacheRequest>(async (input, ctx) => {
    await ctx.store.read(async (tx) => {
      await requireRestApi(tx, ctx, input.restApiId!);
      await requireStage(tx, input.restApiId!, input.stageName!);
    });
    ctx.caches?.[cache](input.restApiId!, input.stageName!);
    return undefined;
  });
}

export const flushStageCache = flushOperation('flushResponses');
export const flushStageAuthorizersCache = flushOperation('flushAuthorizers');
