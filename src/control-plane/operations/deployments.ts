/**
 * CreateDeployment, GetDeployment, GetDeployments, DeleteDeployment
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateDeployment.html).
 *
 * A deployment freezes a snapshot of the API (the RestApi, every resource with its path and
 * methods); stages serve snapshots. With `stageName` the deployment also creates that stage or moves
 * it to the new deployment; with `canarySettings` it becomes the stage's canary instead [recorded].
 */
import type {
  CreateDeploymentRequest,
  DeleteDeploymentRequest,
  GetDeploymentRequest,
  GetDeploymentsRequest,
  UpdateDeploymentRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { ApiSnapshot, Deployment, MethodSnapshot } from '../../model/deployment.js';
import { resourcePaths } from '../../model/resource.js';
import type { RestApi } from '../../model/rest-api.js';
import { applyPatch } from '../../patch/engine.js';
import { deploymentRules } from '../../patch/rules/deployment.rules.js';
import { newDeploymentId } from '../../shared/ids.js';
import { setOwn } from '../../shared/objects.js';
import type { StoreTx } from '../../store/store.js';
import { requireRestApi } from '../lookup.js';
import { operation } from '../operation.js';
import { paginate } from '../paginate.js';
import { canarySettingsOf, newStage, requireDeployment } from './stages.js';

export const createDeployment = operation<CreateDeploymentRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const api = await requireRestApi(tx, ctx, restApiId);
    const stageName = input.stageName;
    const existingStage = stageName ? await tx.get('stages', restApiId, stageName) : undefined;
    if (input.canarySettings) {
      if (stageName === undefined) throw new BadRequestException(msg.canaryNeedsStageName('null'));
      if (stageName === '') throw new BadRequestException(msg.canaryNeedsStageName(''));
      if (!existingStage) throw new BadRequestException(msg.canaryNeedsExistingStage(stageName));
    }
    const snapshot = await takeSnapshot(tx, api);
    const now = ctx.clock.nowEpochSeconds();
    const deployment: Deployment = {
      id: newDeploymentId(),
      ...(input.description !== undefined && { description: input.description }),
      createdDate: now,
    };
    await tx.put('deployments', restApiId, deployment.id, deployment);
    await tx.put('snapshots', restApiId, deployment.id, snapshot);
    if (existingStage && input.canarySettings) {
      existingStage.canarySettings = canarySettingsOf({ ...input.canarySettings, deploymentId: deployment.id }, deployment.id);
      existingStage.lastUpdatedDate = now;
      await tx.put('stages', restApiId, existingStage.stageName, existingStage);
    } else if (existingStage) {
      existingStage.deploymentId = deployment.id;
      delete existingStage.canarySettings;
      if (input.stageDescription !== undefined) existingStage.description = input.stageDescription;
      if (input.variables !== undefined) existingStage.variables = input.variables;
      if (input.tracingEnabled !== undefined) existingStage.tracingEnabled = input.tracingEnabled;
      existingStage.lastUpdatedDate = now;
      await tx.put('stages', restApiId, existingStage.stageName, existingStage);
    } else if (stageName) {
      const stage = newStage(
        {
          stageName,
          deploymentId: deployment.id,
          description: input.stageDescription,
          variables: input.variables,
          cacheClusterEnabled: input.cacheClusterEnabled,
          cacheClusterSize: input.cacheClusterSize,
          tracingEnabled: input.tracingEnabled,
        },
        now,
      );
      await tx.put('stages', restApiId, stageName, stage);
    }
    return deployment;
  }),
);

/**
 * The API as its stages will serve it. AWS refuses to deploy an API without methods, or with a
 * method that has no integration [issue reports quoting AWS].
 */
async function takeSnapshot(tx: StoreTx, api: RestApi): Promise<ApiSnapshot> {
  const records = await tx.list('resources', api.id);
  const methods = records.flatMap((r) => Object.values(r.resourceMethods));
  if (methods.length === 0) throw new BadRequestException(msg.noMethods());
  if (methods.some((m) => !m.methodIntegration)) throw new BadRequestException(msg.noIntegration());
  const paths = resourcePaths(records);
  const gatewayResponses = await tx.list('gatewayResponses', api.id);
  const models = await tx.list('models', api.id);
  const requestValidators = await tx.list('requestValidators', api.id);
  const authorizers = await tx.list('authorizers', api.id);
  return { restApi: api, resources: records.map((r) => ({ ...r, path: paths.get(r.id)! })), gatewayResponses, models, requestValidators, authorizers };
}

export const getDeployment = operation<GetDeploymentRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    const restApiId = input.restApiId!;
    await requireRestApi(tx, ctx, restApiId);
    const deployment = await requireDeployment(tx, restApiId, input.deploymentId!, 'not-found');
    if (!(input.embed ?? []).some((e) => e.split(',').includes('apisummary'))) return deployment;
    const snapshot = await tx.get('snapshots', restApiId, deployment.id);
    return { ...deployment, apiSummary: snapshot ? apiSummaryOf(snapshot) : {} };
  }),
);

function apiSummaryOf(snapshot: ApiSnapshot): Record<string, Record<string, MethodSnapshot>> {
  const summary: Record<string, Record<string, MethodSnapshot>> = {};
  for (const resource of snapshot.resources) {
    const methods = Object.entries(resource.resourceMethods);
    if (methods.length === 0) continue;
    const entry: Record<string, MethodSnapshot> = {};
    for (const [verb, m] of methods) setOwn(entry, verb, { authorizationType: m.authorizationType, apiKeyRequired: m.apiKeyRequired });
    setOwn(summary, resource.path, entry);
  }
  return summary;
}

export const getDeployments = operation<GetDeploymentsRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    const deployments = await tx.list('deployments', input.restApiId!);
    return paginate(deployments, (d) => d.id, input.position, input.limit);
  }),
);

export const updateDeployment = operation<UpdateDeploymentRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    await requireRestApi(tx, ctx, restApiId);
    const current = await requireDeployment(tx, restApiId, input.deploymentId!, 'not-found');
    const updated = applyPatch(deploymentRules, current, input.patchOperations ?? []);
    await tx.put('deployments', restApiId, updated.id, updated);
    return updated;
  }),
);

export const deleteDeployment = operation<DeleteDeploymentRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    await requireRestApi(tx, ctx, restApiId);
    const id = input.deploymentId!;
    if (!(await tx.get('deployments', restApiId, id))) throw new NotFoundException(msg.invalidDeploymentId());
    const stages = await tx.list('stages', restApiId);
    if (stages.some((s) => s.deploymentId === id || s.canarySettings?.deploymentId === id)) {
      throw new BadRequestException(msg.activeStages());
    }
    await tx.delete('deployments', restApiId, id);
    await tx.delete('snapshots', restApiId, id);
    return undefined;
  }),
);
