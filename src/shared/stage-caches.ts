/**
 * The data plane's per-stage caches, as the control plane's FlushStageCache and
 * FlushStageAuthorizersCache operations reach them (the control plane does not import the data plane).
 */
export interface StageCaches {
  /** Drops every cached method response of the stage. */
  flushResponses(apiId: string, stage: string): void;
  /** Drops every cached Lambda authorizer answer of the stage. */
  flushAuthorizers(apiId: string, stage: string): void;
}
