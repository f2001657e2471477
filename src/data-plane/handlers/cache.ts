/**
 * The stage cache around the integration (response-cache.ts): a hit answers before the
 * integration request; a miss stores the method response afterwards.
 */
import type { Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';
import { cacheTtl, stageKeyPrefix } from '../response-cache.js';

function cacheKey(inv: Invocation): string | undefined {
  const api = inv.api!;
  const route = inv.route!;
  const ttl = cacheTtl(api.stage, route.node.path, inv.request.method);
  if (ttl === undefined) return undefined;
  const integration = route.method.methodIntegration;
  const values = (integration?.cacheKeyParameters ?? []).map((p) => {
    const [, location, name] = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(p) ?? [];
    if (location === 'path') return inv.route!.pathParameters[name!] ?? '';
    if (location === 'querystring') return inv.request.query.filter(([k]) => k === name).map(([, v]) => v).join(',');
    return inv.request.headers.filter(([k]) => k === name).map(([, v]) => v).join(',');
  });
  const stageKey = stageKeyPrefix(inv.request.target.apiId, inv.request.target.stage);
  return `${stageKey}${integration?.cacheNamespace ?? route.node.id}\u0000${inv.request.method} ${route.node.path}\u0000${JSON.stringify(values)}`;
}

const wantsRefresh = (inv: Invocation): boolean =>
  inv.request.headers.some(([k, v]) => k.toLowerCase() === 'cache-control' && /(^|,)\s*max-age\s*=\s*0\s*(,|$)/i.test(v)) &&
  inv.route!.method.authorizationType === 'NONE';

export function cacheLookup(inv: Invocation, deps: DataPlaneDeps): void {
  const key = cacheKey(inv);
  if (key === undefined || wantsRefresh(inv)) return;
  const hit = deps.cache.get(key, deps.clock.nowEpochSeconds() * 1000);
  if (!hit) return;
  inv.cached = true;
  inv.response = { ...hit, headers: { ...hit.headers, 'x-amzn-RequestId': inv.requestId, 'x-amz-apigw-id': inv.extendedRequestId } };
}

export function cacheStore(inv: Invocation, deps: DataPlaneDeps): void {
  if (inv.cached || !inv.response) return;
  const key = cacheKey(inv);
  if (key === undefined) return;
  deps.cache.set(key, inv.response, cacheTtl(inv.api!.stage, inv.route!.node.path, inv.request.method)!, deps.clock.nowEpochSeconds() * 1000);
}
