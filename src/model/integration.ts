/**
 * Integration and IntegrationResponse
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html).
 */
export const INTEGRATION_TYPES = ['HTTP', 'AWS', 'MOCK', 'HTTP_PROXY', 'AWS_PROXY'] as const;
export type IntegrationType = (typeof INTEGRATION_TYPES)[number];
export type ConnectionType = 'INTERNET' | 'VPC_LINK';
export type ContentHandlingStrategy = 'CONVERT_TO_BINARY' | 'CONVERT_TO_TEXT';
export const PASSTHROUGH_BEHAVIORS = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'] as const;
export type PassthroughBehavior = (typeof PASSTHROUGH_BEHAVIORS)[number];

export type IntegrationResponse = {
  statusCode: string;
  selectionPattern?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string | null>;
  contentHandling?: ContentHandlingStrategy;
};

export type TlsConfig = { insecureSkipVerification?: boolean };

export type Integration = {
  type: IntegrationType;
  httpMethod?: string;
  uri?: string;
  connectionType?: ConnectionType;
  connectionId?: string;
  credentials?: string;
  requestParameters?: Record<string, string>;
  requestTemplates?: Record<string, string | null>;
  passthroughBehavior?: string;
  contentHandling?: ContentHandlingStrategy;
  timeoutInMillis: number;
  cacheNamespace?: string;
  cacheKeyParameters?: string[];
  integrationResponses?: Record<string, IntegrationResponse>;
  tlsConfig?: TlsConfig;
  responseTransferMode?: string;
  integrationTarget?: string;
};

export const DEFAULT_TIMEOUT_IN_MILLIS = 29_000;
export const MIN_TIMEOUT_IN_MILLIS = 50;
export const MAX_TIMEOUT_IN_MILLIS = 29_000;
