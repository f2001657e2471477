/**
 * RequestValidator — which parts of a request API Gateway validates before the integration
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_RequestValidator.html). Both flags are
 * always present, `false` unless set [recorded].
 */
export type RequestValidator = {
  id: string;
  name: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
};
