/**
 * Method, MethodResponse (https://docs.aws.amazon.com/apigateway/latest/api/API_Method.html).
 * A method embeds its method responses and its integration, as GetMethod returns them.
 */
import type { Integration } from './integration.js';

export const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'ANY'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type MethodResponse = {
  statusCode: string;
  responseParameters?: Record<string, boolean>;
  responseModels?: Record<string, string>;
};

export type Method = {
  httpMethod: string;
  authorizationType: string;
  authorizerId?: string;
  apiKeyRequired: boolean;
  requestValidatorId?: string;
  operationName?: string;
  requestParameters?: Record<string, boolean>;
  requestModels?: Record<string, string>;
  methodResponses?: Record<string, MethodResponse>;
  methodIntegration?: Integration;
  authorizationScopes?: string[];
};
