/**
 * What a stage serves. A stage serves its deployment's frozen snapshot (a change is live only
 * after CreateDeployment, as on AWS); with `live` the current configuration is served instead, for
 * development. Compiled views are cached and dropped whenever the store commits a write.
 *
 * Canary: with `canarySettings`, a request goes to the canary deployment with probability
 * `percentTraffic`%, and sees the stage variables merged with `stageVariableOverrides` [recorded].
 */
import type { ApiSnapshot, Stage } from '../model/deployment.js';
import { resourcePaths } from '../model/resource.js';
import { ACCOUNT_SCOPE, type Store } from '../store/store.js';
import { buildTree } from './routing/resource-tree.js';
import { RouteTable } from './routing/route-table.js';

export type DeployedApi = {
  readonly snapshot: ApiSnapshot;
  readonly deploymentId: string;
  readonly stage: Stage;
  readonly stageVariables: Readonly<Record<string, string>>;
  readonly isCanary: boolean;
  readonly hasCanary: boolean;
  readonly routes: RouteTable;
};

type Compiled = { snapshot: ApiSnapshot; routes: RouteTable };

const NO_VARIABLES: Readonly<Record<string, string>> = Object.freeze({});

export class DeployedApis {
  private generation = -1;
  private readonly compiled = new Map<string, Compiled>();
  private readonly stages = new Map<string, Stage | null>();
  private readonly apis = new Map<string, boolean>();

  constructor(
    private readonly store: Store,
    private readonly live: boolean,
    private readonly random: () => number = Math.random,
  ) {}

  /**
   * The API as the stage serves it to this request, or undefined when there is no such stage.
   * Answers synchronously when the stage and its deployment are already loaded (the hot path).
   */
  resolve(apiId: string, stageName: string): DeployedApi | undefined | Promise<DeployedApi | undefined> {
    this.invalidateIfChanged();
    const stageKey = `${apiId}\u0000${stageName}`;
    const stage = this.stages.get(stageKey);
    if (stage === null) return undefined;
    if (stage) {
      const { deploymentId, isCanary } = this.pick(stage);
      const compiled = this.compiled.get(this.deploymentKey(apiId, deploymentId));
      if (compiled) return this.serve(stage, compiled, deploymentId, isCanary);
    }
    return this.load(apiId, stageName);
  }

  private async load(apiId: string, stageName: string): Promise<DeployedApi | undefined> {
    const stage = await this.stage(apiId, stageName);
    if (!stage) return undefined;
    const { deploymentId, isCanary } = this.pick(stage);
    const compiled = await this.deployment(apiId, deploymentId);
    return compiled && this.serve(stage, compiled, deploymentId, isCanary);
  }

  /** Which deployment serves this request: the canary's for its share of traffic. */
  private pick(stage: Stage): { deploymentId: string; isCanary: boolean } {
    const canary = stage.canarySettings;
    const isCanary = canary?.deploymentId !== undefined && this.random() * 100 < (canary.percentTraffic ?? 0);
    return { deploymentId: isCanary ? canary!.deploymentId! : stage.deploymentId, isCanary };
  }

  private serve(stage: Stage, compiled: Compiled, deploymentId: string, isCanary: boolean): DeployedApi {
    const overrides = isCanary ? stage.canarySettings?.stageVariableOverrides : undefined;
    const stageVariables = overrides ? { ...(stage.variables ?? {}), ...overrides } : (stage.variables ?? NO_VARIABLES);
    return { snapshot: compiled.snapshot, routes: compiled.routes, deploymentId, stage, stageVariables, isCanary, hasCanary: stage.canarySettings !== undefined };
  }

  private deploymentKey(apiId: string, deploymentId: string): string {
    return this.live ? `${apiId}\u0000live` : `${apiId}\u0000${deploymentId}`;
  }

  /** Whether the REST API exists at all (deployed or not). */
  async exists(apiId: string): Promise<boolean> {
    this.invalidateIfChanged();
    let known = this.apis.get(apiId);
    if (known === undefined) {
      known = (await this.store.read((tx) => tx.get('restApis', ACCOUNT_SCOPE, apiId))) !== undefined;
      this.apis.set(apiId, known);
    }
    return known;
  }

  private invalidateIfChanged(): void {
    if (this.store.generation === this.generation) return;
    this.generation = this.store.generation;
    this.compiled.clear();
    this.stages.clear();
    this.apis.clear();
  }

  private async stage(apiId: string, stageName: string): Promise<Stage | undefined> {
    const key = `${apiId}\u0000${stageName}`;
    if (!this.stages.has(key)) this.stages.set(key, (await this.store.read((tx) => tx.get('stages', apiId, stageName))) ?? null);
    return this.stages.get(key) ?? undefined;
  }

  private async deployment(apiId: string, deploymentId: string): Promise<Compiled | undefined> {
    const key = this.deploymentKey(apiId, deploymentId);
    let compiled = this.compiled.get(key);
    if (!compiled) {
      let snapshot = this.live ? await this.liveSnapshot(apiId) : await this.store.read((tx) => tx.get('snapshots', apiId, deploymentId));
      if (!snapshot) return undefined;
      // Snapshots taken before authorizers were kept use the API's current ones.
      if (!snapshot.authorizers) snapshot = { ...snapshot, authorizers: await this.store.read((tx) => tx.list('authorizers', apiId)) };
      compiled = { snapshot, routes: new RouteTable(buildTree(snapshot.resources)) };
      this.compiled.set(key, compiled);
    }
    return compiled;
  }

  private liveSnapshot(apiId: string): Promise<ApiSnapshot | undefined> {
    return this.store.read(async (tx) => {
      const restApi = await tx.get('restApis', ACCOUNT_SCOPE, apiId);
      if (!restApi) return undefined;
      const records = await tx.list('resources', apiId);
      const paths = resourcePaths(records);
      const gatewayResponses = await tx.list('gatewayResponses', apiId);
      const models = await tx.list('models', apiId);
      const requestValidators = await tx.list('requestValidators', apiId);
      const authorizers = await tx.list('authorizers', apiId);
      return { restApi, resources: records.map((r) => ({ ...r, path: paths.get(r.id)! })), gatewayResponses, models, requestValidators, authorizers };
    });
  }
}
