/**
 * Authorizer — a Lambda (TOKEN, REQUEST) or Cognito user pool (COGNITO_USER_POOLS) authorizer of a
 * REST API (https://docs.aws.amazon.com/apigateway/latest/api/API_Authorizer.html). Methods refer
 * to one by id with authorizationType CUSTOM or COGNITO_USER_POOLS.
 */
export const AUTHORIZER_TYPES = ['TOKEN', 'REQUEST', 'COGNITO_USER_POOLS'] as const;
export type AuthorizerType = (typeof AUTHORIZER_TYPES)[number];

export type Authorizer = {
  id: string;
  name: string;
  type: AuthorizerType;
  providerARNs?: string[];
  authType?: string;
  authorizerUri?: string;
  authorizerCredentials?: string;
  identitySource?: string;
  identityValidationExpression?: string;
  authorizerResultTtlInSeconds?: number;
};

/** The authorizer types an authorizationType may use: CUSTOM takes Lambda authorizers. */
export function authorizerFits(authorizationType: string, type: AuthorizerType): boolean {
  return authorizationType === 'COGNITO_USER_POOLS' ? type === 'COGNITO_USER_POOLS' : type !== 'COGNITO_USER_POOLS';
}
