/** What the data-plane stages need from outside: the store view, clients, the template engine. */
import type { Clock } from '../shared/clock.js';
import type { ContextVars, HeaderPair } from './context.js';
import type { FunctionInvoker } from '../shared/functions.js';
import type { DeployedApis } from './deployed-api.js';
import type { AuthorizerCache } from './handlers/authorization.js';
import type { HttpClient } from './integrations/http-client.js';
import type { JsonPathEvaluator } from './mapping/parameters.js';
import type { ResponseCache } from './response-cache.js';

/** `$input.params()` as templates see it. */
export type InputParams = {
  path: Record<string, string>;
  querystring: Record<string, string>;
  header: Record<string, string>;
};

export type RenderInput = {
  template: string;
  /** `$input.body`: the payload as text. */
  body: string;
  params: InputParams;
  /** `$context`; templates may change it (requestOverride, responseOverride). */
  context: ContextVars;
  stageVariables: Readonly<Record<string, string>>;
};

/** API Gateway's VTL environment (src/apigw-vtl); throws on template errors. */
export type TemplateEngine = {
  render(input: RenderInput): string;
  jsonPath: JsonPathEvaluator;
};

export type DataPlaneDeps = {
  readonly deployed: DeployedApis;
  readonly http: HttpClient;
  readonly templates: TemplateEngine;
  readonly cache: ResponseCache;
  /** Lambda authorizer results (handlers/authorization.ts). */
  readonly authorizerCache: AuthorizerCache;
  readonly clock: Clock;
  readonly account: string;
  readonly region: string;
  /** Backend host -> local origin overrides (`backend.example` -> `http://127.0.0.1:8080`). */
  readonly upstreams: ReadonlyMap<string, string>;
  /** VPC link id -> the origin its network load balancer stands for locally. */
  readonly vpcLinks: ReadonlyMap<string, string>;
  /** Lambda functions: local handlers or a Lambda endpoint (src/functions/). */
  readonly functions: FunctionInvoker;
  /** AWS service (`sqs`, `s3`, ...) -> the endpoint AWS integrations of that service are sent to. */
  readonly services: ReadonlyMap<string, string>;
  /** What AWS service requests are signed with (SigV4). */
  readonly credentials: AwsCredentials;
  readonly log: (line: string) => void;
};

export type AwsCredentials = { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };

export type { HeaderPair };
