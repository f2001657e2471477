/**
 * Stage 1, method request: which deployed API, stage, resource and method the request addresses,
 * and the `$context` of the invocation. No route is AWS's 403 `Missing Authentication Token`
 * [recorded], and so is a stage the API does not have [community: the usual cause of that error].
 * An unknown API gets the emulators' 404 `The API id '...' does not correspond to a deployed API
 * Gateway API` (AWS cannot be asked: there is no DNS name for it).
 */
import { buildContextVars } from '../context-vars.js';
import type { Invocation } from '../context.js';
import type { DeployedApi } from '../deployed-api.js';
import type { DataPlaneDeps } from '../deps.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';

export function methodRequest(inv: Invocation, deps: DataPlaneDeps): void | Promise<void> {
  const { apiId, stage } = inv.request.target;
  const api = deps.deployed.resolve(apiId, stage);
  return api instanceof Promise ? api.then((loaded) => route(inv, deps, loaded)) : route(inv, deps, api);
}

function route(inv: Invocation, deps: DataPlaneDeps, api: DeployedApi | undefined): void | Promise<void> {
  const { apiId, rawPath } = inv.request.target;
  if (!api) return notServed(apiId, deps);
  inv.api = api;
  const route = api.routes.match(rawPath, inv.request.method);
  if (!route) {
    inv.context = buildContextVars(inv, deps, inv.startedAt);
    throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', gatewayMessages.missingAuthenticationToken);
  }
  inv.route = route;
  inv.context = buildContextVars(inv, deps, inv.startedAt);
}

async function notServed(apiId: string, deps: DataPlaneDeps): Promise<never> {
  if (await deps.deployed.exists(apiId)) throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', gatewayMessages.missingAuthenticationToken);
  throw new GatewayError('RESOURCE_NOT_FOUND', gatewayMessages.notDeployed(apiId), { status: 404 });
}
