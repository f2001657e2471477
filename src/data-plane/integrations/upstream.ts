/**
 * Where an HTTP integration's request really goes: the URI's origin, or the local origin an
 * upstream override or a VPC link names (see http-client.ts). The Host header keeps naming the
 * URI's host.
 */
import type { Integration } from '../../model/integration.js';
import type { HeaderPair, Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import type { UpstreamRequest } from './http-client.js';

export function upstreamRequest(inv: Invocation, integration: Integration, deps: DataPlaneDeps, query: readonly (readonly [string, string])[]): UpstreamRequest {
  const req = inv.integrationRequest!;
  const url = new URL(req.uri);
  for (const [k, v] of query) url.searchParams.append(k, v);
  let origin = deps.upstreams.get(url.host) ?? deps.upstreams.get(url.hostname);
  if (integration.connectionType === 'VPC_LINK') {
    const id = (integration.connectionId ?? '').replace(/\$\{stageVariables\.([A-Za-z0-9_.-]+)\}/g, (_m, n: string) => inv.api!.stageVariables[n] ?? '');
    origin = deps.vpcLinks.get(id);
    if (!origin) {
      throw new GatewayError('INTEGRATION_FAILURE', gatewayMessages.internalServerError, {
        status: 500,
        fixedBody: true,
        detail: `VPC link ${id} has no local target (portico serve --vpc-link ${id}=http://host:port)`,
      });
    }
  }
  const headers: HeaderPair[] = req.headers.some(([k]) => k.toLowerCase() === 'host') ? req.headers : [['Host', url.host], ...req.headers];
  return {
    method: req.httpMethod,
    url,
    headers,
    body: req.body,
    timeoutMs: integration.timeoutInMillis,
    insecure: integration.tlsConfig?.insecureSkipVerification === true,
    ...(origin !== undefined && { origin }),
  };
}
