/**
 * `$context` for one invocation (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html).
 * Keys are inserted in the order AWS's `$context.keySet()` listed them [recorded], identity keys
 * likewise; null values render empty. `isCanaryRequest` exists only on stages with a canary.
 */
import type { ContextVars, Invocation, MethodRequest } from './context.js';
import type { DataPlaneDeps } from './deps.js';

/** What `$context` is made of: the invocation as far as the method request stage knows it. */
export type ContextSource = {
  readonly requestId: string;
  readonly extendedRequestId: string;
  readonly request: MethodRequest;
  readonly resource?: { readonly id: string; readonly path: string };
  readonly deploymentId?: string;
  /** Only for stages with a canary: whether this request went to it. */
  readonly isCanaryRequest?: boolean;
  readonly accountId: string;
};

export function buildContextVars(inv: Invocation, deps: DataPlaneDeps, requestTimeEpoch: number): ContextVars {
  const { route, api } = inv;
  return contextVars(
    {
      requestId: inv.requestId,
      extendedRequestId: inv.extendedRequestId,
      request: inv.request,
      ...(route && { resource: { id: route.node.id, path: route.node.path } }),
      ...(api && { deploymentId: api.deploymentId }),
      ...(api?.hasCanary && { isCanaryRequest: api.isCanary }),
      accountId: deps.account,
    },
    requestTimeEpoch,
  );
}

export function contextVars(source: ContextSource, requestTimeEpoch: number): ContextVars {
  const { request } = source;
  const header = (name: string) => request.headers.find(([k]) => k.toLowerCase() === name)?.[1];
  const host = request.target.domainName ?? header('host') ?? `${request.target.apiId}.execute-api.localhost`;
  const vars: ContextVars = {
    resourceId: source.resource?.id,
    resourcePath: source.resource?.path,
    httpMethod: request.method,
    extendedRequestId: source.extendedRequestId,
    requestTime: clfTime(requestTimeEpoch),
    path: request.target.contextPath,
    accountId: source.accountId,
    protocol: 'HTTP/1.1',
    requestOverride: { path: {}, header: {}, querystring: {} },
    stage: request.target.stage,
    domainPrefix: host.split('.')[0],
    requestTimeEpoch,
    requestId: source.requestId,
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
    deploymentId: source.deploymentId,
    responseOverride: { header: {} },
    apiId: request.target.apiId,
  };
  if (source.isCanaryRequest !== undefined) vars.isCanaryRequest = source.isCanaryRequest;
  return vars;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The last second formatted: invocations arrive many to a second. */
let lastSecond = Number.NaN;
let lastText = '';

/** `dd/MMM/yyyy:HH:mm:ss +0000`, as `$context.requestTime` [docs]. */
export function clfTime(epochMs: number): string {
  const second = Math.floor(epochMs / 1000);
  if (second === lastSecond) return lastText;
  const d = new Date(epochMs);
  const p = (n: number) => String(n).padStart(2, '0');
  lastText = `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
  lastSecond = second;
  return lastText;
}
