/**
 * Ports of LocalStack's `test_apigateway_api.py::TestApiGatewayApiAuthorizer` and
 * `test_apigateway_basic.py::TestAPIGateway::test_apigateway_with_custom_authorization_method`
 * (responses recorded from AWS). `test_apigateway_api.py::TestApiGatewayApiMethod::test_update_method`,
 * which sets an authorizer on a method with UpdateMethod, is in api-methods.test.ts.
 */
import { describe } from 'vitest';
import { TEST_ACCOUNT, TEST_REGION } from '../support/server.js';
import { recordedTest } from './harness.js';

const AUTHORIZER = 'test_apigateway_api.py::TestApiGatewayApiAuthorizer';
const BASIC = 'test_apigateway_basic.py::TestAPIGateway';

describe('recorded: TestApiGatewayApiAuthorizer', () => {
  recordedTest(`${AUTHORIZER}::test_authorizer_crud_no_api`, async ({ call, match }) => {
    match(
      'wrong-rest-api-id-create-authorizer',
      await call('CreateAuthorizer', {
        restApiId: 'test-fake-rest-id',
        name: 'fake-auth-name',
        type: 'TOKEN',
        authorizerUri:
          'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:myApiAuthorizer/invocations',
        identitySource: 'method.request.header.Authorization',
      }),
    );
    match('wrong-rest-api-id-get-authorizers', await call('GetAuthorizers', { restApiId: 'test-fake-rest-id' }));
  });
});

describe('recorded: TestAPIGateway (authorizers)', () => {
  recordedTest(`${BASIC}::test_apigateway_with_custom_authorization_method`, async ({ call, match }) => {
    const api = await call('CreateRestApi', { name: 'test-api' });
    match('api-id', { api_id: api.id });
    const resources = await call('GetResources', { restApiId: api.id });
    const rootId = (resources.items as { id: string }[])[0]!.id;
    // The test's URI keeps the line continuation of its Python source (spaces and all).
    const lambdaArn = `arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:function:integration-lambda`;
    const authorizer = await call('CreateAuthorizer', {
      restApiId: api.id,
      name: 'lambda_authorizer',
      type: 'TOKEN',
      authorizerUri: `arn:aws:apigateway:us-east-1:lambda:path/ \\\n                2015-03-31/functions/${lambdaArn}/invocations`.replace('\\\n', ''),
      identitySource: 'method.request.header.Auth',
    });
    match('authorizer', authorizer);
    match(
      'put-method-response',
      await call('PutMethod', { restApiId: api.id, resourceId: rootId, httpMethod: 'GET', authorizationType: 'CUSTOM', authorizerId: authorizer.id, apiKeyRequired: true }),
    );
  });
});
