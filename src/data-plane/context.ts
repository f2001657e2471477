/**
 * The invocation context: one value that every pipeline stage reads and extends, each stage owning
 * its own fields (convention 1). Field names follow AWS's execution log: method request,
 * integration (endpoint) request, endpoint response, method response.
 */
import type { HttpResponse } from '../shared/http.js';
import type { DeployedApi } from './deployed-api.js';
import type { InvocationTarget } from './routing/invocation-url.js';
import type { RouteMatch } from './routing/resource-tree.js';

/** A header as the client sent it: name casing kept. */
export type HeaderPair = readonly [name: string, value: string];

export type MethodRequest = {
  readonly method: string;
  readonly target: InvocationTarget;
  /** Query parameters, decoded, in order (`+` is a space [recorded]). */
  readonly query: readonly (readonly [string, string])[];
  /** Headers minus the ones API Gateway never shows (Connection, Content-Length, ...) [recorded]. */
  readonly headers: readonly HeaderPair[];
  readonly body: Buffer;
  readonly sourceIp: string;
};

/** What the integration is asked to do (built by the integration request stage). */
export type IntegrationRequest = {
  httpMethod: string;
  uri: string;
  headers: HeaderPair[];
  /** Query parameters to add to the URI's own, in order. */
  query: [string, string][];
  body: Buffer;
};

/** What the integration answered (its status drives integration response selection). */
export type EndpointResponse = {
  status: number;
  headers: HeaderPair[];
  body: Buffer;
  /** For Lambda custom integrations: the function error's `errorMessage`, the selection value. */
  errorMessage?: string;
};

/** `$context` as templates see it: a tree of plain maps that templates may change. */
export type ContextVars = Record<string, unknown> & {
  requestOverride: { path: Record<string, unknown>; header: Record<string, unknown>; querystring: Record<string, unknown> };
  responseOverride: Record<string, unknown> & { header: Record<string, unknown> };
};

export type Invocation = {
  readonly requestId: string;
  readonly extendedRequestId: string;
  readonly traceId: string;
  readonly startedAt: number;
  readonly request: MethodRequest;
  api?: DeployedApi;
  route?: RouteMatch;
  context?: ContextVars;
  /** Set by the integration request stage when the method's integration is a proxy. */
  integrationRequest?: IntegrationRequest;
  endpointResponse?: EndpointResponse;
  /** The integration response after mapping (non-proxy integrations). */
  mappedResponse?: { status: number; headers: HeaderPair[]; body: Buffer };
  /** The final response; a stage that sets it ends the pipeline (proxy integrations, cache hits). */
  response?: HttpResponse;
  /** Set when the response came from the stage cache. */
  cached?: boolean;
};
