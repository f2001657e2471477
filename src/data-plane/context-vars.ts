/**
 * `$context` for one invocation (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html).
 * Keys are inserted in the order AWS's `$context.keySet()` listed them [recorded], identity keys
 * likewise; null values render empty. `isCanaryRequest` exists only on stages with a canary.
 */
import type { ContextVars, Invocation } from './context.js';
import type { DataPlaneDeps } from './deps.js';

export function buildContextVars(inv: Invocation, deps: DataPlaneDeps, requestTimeEpoch: number): ContextVars {
  const { request, route, api } = inv;
  const header = (name: string) => request.headers.find(([k]) => k.toLowerCase() === name)?.[1];
  const host = header('host') ?? `${request.target.apiId}.execute-api.localhost`;
  const vars: ContextVars = {
    resourceId: route?.node.id,
    resourcePath: route?.node.path,
    httpMethod: request.method,
    extendedRequestId: inv.extendedRequestId,
    requestTime: clfTime(requestTimeEpoch),
    path: request.target.contextPath,
    accountId: deps.account,
    protocol: 'HTTP/1.1',
    requestOverride: { path: {}, header: {}, querystring: {} },
    stage: request.target.stage,
    domainPrefix: host.split('.')[0],
    requestTimeEpoch,
    requestId: inv.requestId,
    identity: {
      cognitoIdentityPoolId: null,
      accountId: null,
      cognitoIdentityId: null,
      caller: null,
      sourceIp: request.sourceIp,
      principalOrgId: null,
      accessKey: null,
      cognitoAuthenticationType: null,
      cognitoAuthenticationProvider: null,
      userArn: null,
      userAgent: header('user-agent') ?? null,
      user: null,
    },
    domainName: host.split(':')[0],
    deploymentId: api?.deploymentId,
    responseOverride: { header: {} },
    apiId: request.target.apiId,
  };
  if (api?.hasCanary) vars.isCanaryRequest = api.isCanary;
  return vars;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `dd/MMM/yyyy:HH:mm:ss +0000`, as `$context.requestTime` [docs]. */
export function clfTime(epochMs: number): string {
  const d = new Date(epochMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
