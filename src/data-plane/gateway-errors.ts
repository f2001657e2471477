/**
 * Failures inside an invocation, typed by the gateway response type AWS uses for them
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
 * Stages throw these; only `gateway-responses.ts` turns them into HTTP responses (convention 1).
 */
export const GATEWAY_RESPONSE_TYPES = [
  'ACCESS_DENIED', 'API_CONFIGURATION_ERROR', 'AUTHORIZER_CONFIGURATION_ERROR', 'AUTHORIZER_FAILURE',
  'BAD_REQUEST_PARAMETERS', 'BAD_REQUEST_BODY', 'DEFAULT_4XX', 'DEFAULT_5XX', 'EXPIRED_TOKEN',
  'INTEGRATION_FAILURE', 'INTEGRATION_TIMEOUT', 'INVALID_API_KEY', 'INVALID_SIGNATURE',
  'MISSING_AUTHENTICATION_TOKEN', 'QUOTA_EXCEEDED', 'REQUEST_TOO_LARGE', 'RESOURCE_NOT_FOUND', 'THROTTLED',
  'UNAUTHORIZED', 'UNSUPPORTED_MEDIA_TYPE', 'WAF_FILTERED',
] as const;
export type GatewayResponseType = (typeof GATEWAY_RESPONSE_TYPES)[number];

/** Status and `x-amzn-ErrorType` of each type when the API does not customise it. */
export const GATEWAY_RESPONSE_DEFAULTS: Readonly<Record<GatewayResponseType, { status: number; errorType: string }>> = {
  ACCESS_DENIED: { status: 403, errorType: 'AccessDeniedException' },
  API_CONFIGURATION_ERROR: { status: 500, errorType: 'InternalServerErrorException' },
  AUTHORIZER_CONFIGURATION_ERROR: { status: 500, errorType: 'AuthorizerConfigurationException' },
  AUTHORIZER_FAILURE: { status: 500, errorType: 'AuthorizerFailureException' },
  BAD_REQUEST_PARAMETERS: { status: 400, errorType: 'BadRequestException' },
  BAD_REQUEST_BODY: { status: 400, errorType: 'BadRequestException' },
  DEFAULT_4XX: { status: 400, errorType: 'BadRequestException' },
  DEFAULT_5XX: { status: 500, errorType: 'InternalServerErrorException' },
  EXPIRED_TOKEN: { status: 403, errorType: 'ExpiredTokenException' },
  INTEGRATION_FAILURE: { status: 504, errorType: 'InternalServerErrorException' },
  INTEGRATION_TIMEOUT: { status: 504, errorType: 'InternalServerErrorException' },
  INVALID_API_KEY: { status: 403, errorType: 'ForbiddenException' },
  INVALID_SIGNATURE: { status: 403, errorType: 'InvalidSignatureException' },
  MISSING_AUTHENTICATION_TOKEN: { status: 403, errorType: 'MissingAuthenticationTokenException' },
  QUOTA_EXCEEDED: { status: 429, errorType: 'LimitExceededException' },
  REQUEST_TOO_LARGE: { status: 413, errorType: 'RequestTooLargeException' },
  RESOURCE_NOT_FOUND: { status: 404, errorType: 'ResourceNotFoundException' },
  THROTTLED: { status: 429, errorType: 'TooManyRequestsException' },
  UNAUTHORIZED: { status: 401, errorType: 'UnauthorizedException' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, errorType: 'BadRequestException' },
  WAF_FILTERED: { status: 403, errorType: 'WafFilteredException' },
};

export type GatewayErrorOptions = {
  /** A status other than the type's default (AWS's 500 for some integration failures, 502 for bad Lambda output). */
  status?: number;
  /**
   * AWS answers configuration and integration failures with a fixed body,
   * `{"message": "Internal server error"}` (note the space, Content-Length 36 [recorded]), not with
   * the gateway response template — unless the API customises the response type.
   */
  fixedBody?: boolean;
  /**
   * The body when the API does not customise the response type, for types whose AWS body is not
   * the default template's (an authorizer's deny: `{"Message":"…"}` with a capital M).
   */
  defaultBody?: string;
  /** `$context.error.message` is null (AWS's authorizer failures render `{"message":null}`). */
  nullMessage?: boolean;
  /** For logs: what went wrong, beyond the client-facing message. */
  detail?: string;
};

export class GatewayError extends Error {
  constructor(
    readonly responseType: GatewayResponseType,
    message: string,
    readonly options: GatewayErrorOptions = {},
  ) {
    super(message);
  }
}

/** The texts of gateway errors, in one place. */
export const gatewayMessages = {
  missingAuthenticationToken: 'Missing Authentication Token',
  unsupportedMediaType: 'Unsupported Media Type',
  internalServerError: 'Internal server error',
  endpointTimedOut: 'Endpoint request timed out',
  forbidden: 'Forbidden',
  invalidJsonBody: 'Invalid JSON in request body',
  requestTooLarge: 'Request Too Long',
  notDeployed: (apiId: string) => `The API id '${apiId}' does not correspond to a deployed API Gateway API`,
  missingParameters: (names: readonly string[]) => `Missing required request parameters: [${names.join(', ')}]`,
  invalidRequestBody: 'Invalid request body',
  unauthorized: 'Unauthorized',
  notAuthorized: 'User is not authorized to access this resource',
  explicitDeny: 'User is not authorized to access this resource with an explicit deny',
} as const;
