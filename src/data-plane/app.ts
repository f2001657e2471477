/**
 * The data plane as a function: invocations of deployed stages
 * (`{apiId}.execute-api.localhost:{port}/{stage}/{path}` or
 * `/restapis/{apiId}/{stage}/_user_request_/{path}`) run through the pipeline of gateway.ts.
 * `handles(request)` tells the server which requests belong here.
 */
import { systemClock, type Clock } from '../shared/clock.js';
import type { FunctionInvoker } from '../shared/functions.js';
import { headerValue, splitUrl, type HttpHandler, type HttpRequest, type HttpResponse } from '../shared/http.js';
import { newRequestId } from '../shared/ids.js';
import type { StageCaches } from '../shared/stage-caches.js';
import { TtlCache } from '../shared/ttl-cache.js';
import type { Store } from '../store/store.js';
import type { HeaderPair, Invocation, MethodRequest } from './context.js';
import { DeployedApis } from './deployed-api.js';
import type { AwsCredentials, DataPlaneDeps, TemplateEngine } from './deps.js';
import { runPipeline } from './gateway.js';
import { GatewayError, gatewayMessages } from './gateway-errors.js';
import { gatewayResponse } from './gateway-responses.js';
import { HttpClient } from './integrations/http-client.js';
import { HIDDEN_REQUEST_HEADERS } from './mapping/header-rules.js';
import { ResponseCache, stageKeyPrefix } from './response-cache.js';
import { invocationTarget, type InvocationTarget } from './routing/invocation-url.js';
import { extendedRequestId, traceId } from './trace.js';

export type DataPlaneOptions = {
  store: Store;
  templates: TemplateEngine;
  clock?: Clock;
  account?: string;
  region?: string;
  /** Serve the current configuration instead of each stage's deployment. */
  live?: boolean;
  upstreams?: ReadonlyMap<string, string>;
  vpcLinks?: ReadonlyMap<string, string>;
  /** Lambda functions; without it every Lambda integration answers 500 (logged: not configured). */
  functions?: FunctionInvoker;
  /** AWS service name -> endpoint origin, for AWS service integrations. */
  services?: ReadonlyMap<string, string>;
  /** For signing AWS service requests; default: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, else test/test. */
  credentials?: AwsCredentials;
  log?: (line: string) => void;
  random?: () => number;
};

export type DataPlane = {
  handles(request: HttpRequest): boolean;
  handle: HttpHandler;
  /** The answer to an invocation whose body is over the 10 MB limit (REQUEST_TOO_LARGE, not customisable). */
  tooLarge(request: HttpRequest): HttpResponse;
  /** The stage caches, for the control plane's FlushStageCache / FlushStageAuthorizersCache. */
  readonly caches: StageCaches;
  close(): Promise<void>;
};

export function createDataPlane(options: DataPlaneOptions): DataPlane {
  const http = new HttpClient();
  const deps: DataPlaneDeps = {
    deployed: new DeployedApis(options.store, options.live ?? false, options.random),
    http,
    templates: options.templates,
    cache: new ResponseCache(),
    authorizerCache: new TtlCache(10_000),
    clock: options.clock ?? systemClock,
    account: options.account ?? '000000000000',
    region: options.region ?? 'us-east-1',
    upstreams: options.upstreams ?? new Map(),
    vpcLinks: options.vpcLinks ?? new Map(),
    functions: options.functions ?? NO_FUNCTIONS,
    services: options.services ?? new Map(),
    credentials: options.credentials ?? credentialsFromEnv(),
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };
  // The server asks `handles` and then `handle` for the same request: parse its target once.
  let lastRequest: HttpRequest | undefined;
  let lastTarget: InvocationTarget | undefined;
  const targetOf = (request: HttpRequest) => {
    if (request !== lastRequest) {
      lastRequest = request;
      lastTarget = invocationTarget(headerValue(request.headers, 'host'), splitUrl(request.url).path);
    }
    return lastTarget;
  };
  return {
    handles: (request) => targetOf(request) !== undefined,
    caches: {
      flushResponses: (apiId, stage) => deps.cache.flush(stageKeyPrefix(apiId, stage)),
      flushAuthorizers: (apiId, stage) => deps.authorizerCache.flush(stageKeyPrefix(apiId, stage)),
    },
    handle: (request) => runPipeline(invocation(request, targetOf(request)!), deps),
    tooLarge: (request) => gatewayResponse(invocation(request, targetOf(request)!), new GatewayError('REQUEST_TOO_LARGE', gatewayMessages.requestTooLarge)),
    close: async () => {
      await http.close();
    },
  };
}

function invocation(request: HttpRequest, target: InvocationTarget): Invocation {
  const now = Date.now();
  const headers = clientHeaders(request);
  const method: MethodRequest = {
    method: request.method,
    target,
    query: [...new URLSearchParams(splitUrl(request.url).query)],
    headers,
    body: request.body,
    sourceIp: (request.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
  };
  return {
    requestId: newRequestId(),
    extendedRequestId: extendedRequestId(),
    traceId: traceId(headers.find(([k]) => k.toLowerCase() === 'x-amzn-trace-id')?.[1], now),
    startedAt: now,
    request: method,
  };
}

/** The client's headers, names as sent, without the ones API Gateway never passes on [recorded]. */
function clientHeaders(request: HttpRequest): HeaderPair[] {
  const raw = request.rawHeaders;
  const pairs: HeaderPair[] = [];
  if (raw) for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  else for (const [k, v] of Object.entries(request.headers)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) pairs.push([k, x]);
  return pairs.filter(([name]) => !HIDDEN_REQUEST_HEADERS.has(name.toLowerCase()));
}

/** The invoker when no function runtime is configured. */
const NO_FUNCTIONS: FunctionInvoker = {
  invoke: async (request) => ({
    ok: false,
    reason: 'not-configured',
    message: `no function runtime is configured for ${request.functionRef}: declare it under "functions" in portico.config.json, or set "lambda.endpoint"`,
  }),
  close: async () => undefined,
};

function credentialsFromEnv(): AwsCredentials {
  const { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: secret, AWS_SESSION_TOKEN: token } = process.env;
  return id && secret ? { accessKeyId: id, secretAccessKey: secret, ...(token && { sessionToken: token }) } : { accessKeyId: 'test', secretAccessKey: 'test' };
}
