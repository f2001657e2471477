/** What every integration type implements; `registry.ts` maps the type to its implementation. */
import type { Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';

export type IntegrationInvoker = {
  /**
   * Proxy integrations answer the client directly (they set `inv.response`) and skip integration
   * and method response mapping; the others set `inv.endpointResponse`.
   */
  readonly proxy: boolean;
  invoke(inv: Invocation, deps: DataPlaneDeps): void | Promise<void>;
};
