/**
 * GatewayResponse — what API Gateway answers when a request fails before or around the
 * integration (https://docs.aws.amazon.com/apigateway/latest/api/API_GatewayResponse.html).
 *
 * Every API has a response for each of the 21 types. Until one is put (PutGatewayResponse,
 * UpdateGatewayResponse) it is a default (`defaultResponse: true`) with the type's status code,
 * no parameters and the template `{"message":$context.error.messageString}`; DEFAULT_4XX and
 * DEFAULT_5XX have no status code [recorded: test_gateway_response_crud]. A put DEFAULT_4XX or
 * DEFAULT_5XX is inherited by the default responses of its class — status code, parameters and
 * templates — while responses put explicitly keep their own [recorded: test_gateway_response_put].
 */
export const GATEWAY_RESPONSE_TYPES = [
  'ACCESS_DENIED',
  'API_CONFIGURATION_ERROR',
  'AUTHORIZER_CONFIGURATION_ERROR',
  'AUTHORIZER_FAILURE',
  'BAD_REQUEST_BODY',
  'BAD_REQUEST_PARAMETERS',
  'DEFAULT_4XX',
  'DEFAULT_5XX',
  'EXPIRED_TOKEN',
  'INTEGRATION_FAILURE',
  'INTEGRATION_TIMEOUT',
  'INVALID_API_KEY',
  'INVALID_SIGNATURE',
  'MISSING_AUTHENTICATION_TOKEN',
  'QUOTA_EXCEEDED',
  'REQUEST_TOO_LARGE',
  'RESOURCE_NOT_FOUND',
  'THROTTLED',
  'UNAUTHORIZED',
  'UNSUPPORTED_MEDIA_TYPE',
  'WAF_FILTERED',
] as const;
export type GatewayResponseType = (typeof GATEWAY_RESPONSE_TYPES)[number];

export type GatewayResponse = {
  responseType: GatewayResponseType;
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  defaultResponse: boolean;
};

/** Each type's own status code [recorded]; the two DEFAULT_* types have none. */
export const DEFAULT_STATUS: Readonly<Record<GatewayResponseType, string | undefined>> = {
  ACCESS_DENIED: '403',
  API_CONFIGURATION_ERROR: '500',
  AUTHORIZER_CONFIGURATION_ERROR: '500',
  AUTHORIZER_FAILURE: '500',
  BAD_REQUEST_BODY: '400',
  BAD_REQUEST_PARAMETERS: '400',
  DEFAULT_4XX: undefined,
  DEFAULT_5XX: undefined,
  EXPIRED_TOKEN: '403',
  INTEGRATION_FAILURE: '504',
  INTEGRATION_TIMEOUT: '504',
  INVALID_API_KEY: '403',
  INVALID_SIGNATURE: '403',
  MISSING_AUTHENTICATION_TOKEN: '403',
  QUOTA_EXCEEDED: '429',
  REQUEST_TOO_LARGE: '413',
  RESOURCE_NOT_FOUND: '404',
  THROTTLED: '429',
  UNAUTHORIZED: '401',
  UNSUPPORTED_MEDIA_TYPE: '415',
  WAF_FILTERED: '403',
};

/** [recorded] The template of every default response. */
export const DEFAULT_TEMPLATES: Readonly<Record<string, string>> = { 'application/json': '{"message":$context.error.messageString}' };

/** DEFAULT_4XX or DEFAULT_5XX, whichever covers the type's status class; undefined for those two. */
export function classDefaultOf(type: GatewayResponseType): GatewayResponseType | undefined {
  const status = DEFAULT_STATUS[type];
  if (status === undefined) return undefined;
  return status.startsWith('5') ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
}

/** The response AWS reports for a type that was never put, given the put ones. */
export function effectiveResponse(type: GatewayResponseType, put: ReadonlyMap<GatewayResponseType, GatewayResponse>): GatewayResponse {
  const own = put.get(type);
  if (own) return own;
  const base = classDefaultOf(type);
  const inherited = base === undefined ? undefined : put.get(base);
  const statusCode = inherited?.statusCode ?? DEFAULT_STATUS[type];
  return {
    responseType: type,
    ...(statusCode !== undefined && { statusCode }),
    responseParameters: { ...(inherited?.responseParameters ?? {}) },
    responseTemplates: { ...(inherited?.responseTemplates ?? DEFAULT_TEMPLATES) },
    defaultResponse: true,
  };
}
