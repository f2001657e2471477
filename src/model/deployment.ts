/**
 * Deployment and Stage (https://docs.aws.amazon.com/apigateway/latest/api/API_Deployment.html,
 * API_Stage.html). A deployment freezes a snapshot of the API; stages point at a deployment and
 * serve its snapshot.
 */
import type { Authorizer } from './authorizer.js';
import type { Method } from './method.js';
import type { RestApi } from './rest-api.js';

export type MethodSnapshot = { authorizationType?: string; apiKeyRequired?: boolean };

export type Deployment = {
  id: string;
  description?: string;
  createdDate: number;
  apiSummary?: Record<string, Record<string, MethodSnapshot>>;
};

/** A customised gateway response, as the data plane needs it. */
export type GatewayResponseSnapshot = {
  responseType: string;
  statusCode?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string | null>;
};

/**
 * The frozen API a deployment serves: the RestApi, every resource with its full path, its gateway
 * responses, models, request validators and authorizers (absent from snapshots of older versions).
 */
export type ApiSnapshot = {
  restApi: RestApi;
  resources: { id: string; parentId?: string; pathPart?: string; path: string; resourceMethods: Record<string, Method> }[];
  gatewayResponses?: GatewayResponseSnapshot[];
  models?: { name: string; schema?: string; contentType: string }[];
  requestValidators?: { id: string; validateRequestBody?: boolean; validateRequestParameters?: boolean }[];
  authorizers?: Authorizer[];
};

export type AccessLogSettings = { format?: string; destinationArn?: string };
export type CanarySettings = {
  percentTraffic?: number;
  deploymentId?: string;
  stageVariableOverrides?: Record<string, string>;
  useStageCache?: boolean;
};
export type MethodSetting = {
  metricsEnabled?: boolean;
  loggingLevel?: string;
  dataTraceEnabled?: boolean;
  throttlingBurstLimit?: number;
  throttlingRateLimit?: number;
  cachingEnabled?: boolean;
  cacheTtlInSeconds?: number;
  cacheDataEncrypted?: boolean;
  requireAuthorizationForCacheControl?: boolean;
  unauthorizedCacheControlHeaderStrategy?: string;
};

export type Stage = {
  deploymentId: string;
  clientCertificateId?: string;
  stageName: string;
  description?: string;
  cacheClusterEnabled: boolean;
  cacheClusterSize?: string;
  cacheClusterStatus: string;
  methodSettings: Record<string, MethodSetting>;
  variables?: Record<string, string>;
  documentationVersion?: string;
  accessLogSettings?: AccessLogSettings;
  canarySettings?: CanarySettings;
  tracingEnabled: boolean;
  webAclArn?: string;
  tags?: Record<string, string>;
  createdDate: number;
  lastUpdatedDate: number;
};
