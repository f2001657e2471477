/**
 * Ports of LocalStack's `test_apigateway_api.py::TestApigatewayIntegration` and
 * `::TestApigatewayIntegrationResponse` (responses recorded from AWS). Each test replays the calls
 * the LocalStack test makes, in the same order.
 */
import { describe } from 'vitest';
import { TEST_REGION } from '../support/server.js';
import { recordedTest, type Boto3Response, type RecordedContext } from './harness.js';

const INTEGRATION = 'test_apigateway_api.py::TestApigatewayIntegration';
const INTEGRATION_RESPONSE = 'test_apigateway_api.py::TestApigatewayIntegrationResponse';

/**
 * The recording has no top-level `message` for errors the service model does not declare
 * (ValidationException, SerializationException): botocore copies `message` only for modelled
 * exceptions. The harness adds it to every error, so it is not compared for those entries.
 */

const MOCK_TEMPLATES = { 'application/json': '{"statusCode": 200}' };

type Target = { restApiId: string; resourceId: string; httpMethod: string };

async function createApi(ctx: RecordedContext, description?: string): Promise<{ apiId: string; rootId: string }> {
  const api = await ctx.call('CreateRestApi', { name: ctx.unique('test-api'), ...(description === undefined ? {} : { description }) });
  return { apiId: String(api.id), rootId: String(api.rootResourceId) };
}

/** The common prefix of the integration-response tests: GET with a MOCK integration on the root. */
async function mockGet(ctx: RecordedContext): Promise<Target> {
  const { apiId, rootId } = await createApi(ctx);
  const target = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' };
  await ctx.call('PutMethod', { ...target, authorizationType: 'NONE' });
  await ctx.call('PutIntegration', { ...target, type: 'MOCK', requestTemplates: MOCK_TEMPLATES });
  return target;
}

/** The REST-JSON path of a method, for requests sent with `ctx.raw`. */
const methodPath = (t: Target): string => `/restapis/${t.restApiId}/resources/${t.resourceId}/methods/${t.httpMethod}`;

describe('recorded: TestApigatewayIntegration', () => {
  recordedTest(`${INTEGRATION}::test_put_integration_wrong_type`, async (ctx) => {
    const { apiId, rootId } = await createApi(ctx, 'APIGW test PutIntegration Types');
    ctx.match(
      'put-integration-wrong-type',
      await ctx.call('PutIntegration', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', type: 'HTTPS_PROXY' }),
    );
  });

  recordedTest(`${INTEGRATION}::test_put_integration_response_validation`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createApi(ctx, 'testing PutIntegrationResponse method exc');
    await call('PutMethod', { restApiId: apiId, resourceId: rootId, httpMethod: 'POST', authorizationType: 'NONE' });
    const integration = { integrationHttpMethod: 'GET', type: 'MOCK', requestTemplates: MOCK_TEMPLATES };
    match('put-integration-wrong-method', await call('PutIntegration', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', ...integration }));
    match('put-integration-wrong-resource', await call('PutIntegration', { restApiId: apiId, resourceId: 'badresource', httpMethod: 'GET', ...integration }));
    await call('PutIntegration', { restApiId: apiId, resourceId: rootId, httpMethod: 'POST', ...integration });

    const response = { statusCode: '200', selectionPattern: '', responseTemplates: { 'application/json': '{}' } };
    match('put-integration-response-wrong-method', await call('PutIntegrationResponse', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', ...response }));
    match(
      'put-integration-response-wrong-resource',
      await call('PutIntegrationResponse', { restApiId: apiId, resourceId: 'badresource', httpMethod: 'GET', ...response }),
    );
  });

  recordedTest(`${INTEGRATION}::test_put_integration_response_templates`, async (ctx) => {
    const { call, match, raw } = ctx;
    const { apiId, rootId } = await createApi(ctx, 'testing PutIntegrationResponse method exc');
    const target = { restApiId: apiId, resourceId: rootId, httpMethod: 'POST' };
    await call('PutMethod', { ...target, authorizationType: 'NONE' });
    await call('PutIntegration', { ...target, integrationHttpMethod: 'GET', type: 'MOCK', requestTemplates: MOCK_TEMPLATES });

    // boto3 without parameter validation sends the None template as JSON null.
    match(
      'put-integration-response-template-none',
      await raw('PUT', `${methodPath(target)}/integration/responses/200`, { selectionPattern: '', responseTemplates: { 'application/json': null } }),
    );
    match(
      'put-integration-response-template-empty',
      await call('PutIntegrationResponse', { ...target, statusCode: '200', selectionPattern: '', responseTemplates: { 'application/json': '' } }),
    );
    match('put-integration-no-response-template', await call('PutIntegrationResponse', { ...target, statusCode: '200', selectionPattern: '' }));
  });

  recordedTest(`${INTEGRATION}::test_put_integration_request_parameter_bool_type`, async (ctx) => {
    const { call, match, raw } = ctx;
    const { apiId, rootId } = await createApi(ctx, 'APIGW test PutIntegration RequestParam');
    const get = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' };
    match('bool-method', await call('PutMethod', { ...get, authorizationType: 'NONE', requestParameters: { 'method.request.path.testPath': true } }));
    // The Python key `True` is serialised by json.dumps as the string "true".
    match(
      'put-method-request-param-wrong-type',
      await call('PutMethod', {
        ...get,
        httpMethod: 'POST',
        authorizationType: 'NONE',
        requestParameters: { 'method.request.path.testPath': true, true: true },
      }),
    );
    // Booleans where the model has strings: sent raw, as boto3 without parameter validation does.
    match(
      'put-integration-request-param-wrong-type',
      await raw('PUT', `${methodPath(get)}/integration`, { type: 'HTTP_PROXY', requestParameters: { true: true } }),
    );
    match(
      'put-integration-request-param-bool-value',
      await raw('PUT', `${methodPath(get)}/integration`, { type: 'HTTP_PROXY', requestParameters: { 'integration.request.path.testPath': true } }),
    );
  });

  recordedTest(`${INTEGRATION}::test_get_integration_non_existent`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createApi(ctx, 'APIGW test PutIntegration Types');
    // The test uses short_uid() (8 hex characters) for the missing API and resource.
    match('get-integration-no-api', await call('GetIntegration', { restApiId: 'a1b2c3d4', resourceId: rootId, httpMethod: 'GET' }));
    match('get-integration-no-resource', await call('GetIntegration', { restApiId: apiId, resourceId: 'e5f6a7b8', httpMethod: 'GET' }));
    match('get-integration-no-method', await call('GetIntegration', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' }));
    await call('PutMethod', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE' });
    match('get-integration-no-integration', await call('GetIntegration', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' }));
  });

  describe('TestApigatewayIntegration (Update* operations)', () => {
    recordedTest(`${INTEGRATION}::test_create_integration_with_vpc_link`, async (ctx) => {
      const { call, match } = ctx;
      const api = await call('CreateRestApi', { name: ctx.unique('test-vpc-link') });
      const get = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET' };
      await call('PutMethod', { ...get, authorizationType: 'NONE' });
      match(
        'put-integration-vpc-link',
        await call('PutIntegration', {
          ...get,
          type: 'HTTP_PROXY',
          uri: `http://my-vpclink-test-nlb-1234567890abcdef.${TEST_REGION}.amazonaws.com`,
          integrationHttpMethod: 'GET',
          connectionType: 'VPC_LINK',
          connectionId: '${stageVariables.vpcLinkId}',
        }),
      );
      match('get-integration-vpc-link', await call('GetIntegration', get));
      match(
        'update-integration-vpc-link',
        await call('UpdateIntegration', { ...get, patchOperations: [{ op: 'replace', path: '/connectionId', value: '${stageVariables.vpcLinkIdBeta}' }] }),
      );
      match('get-integration-update-vpc-link', await call('GetIntegration', get));
    });
  });
});

describe('recorded: TestApigatewayIntegrationResponse', () => {
  recordedTest(`${INTEGRATION_RESPONSE}::test_integration_response_wrong_api`, async ({ call, match }) => {
    const target = { restApiId: 'wrong-api', resourceId: 'dummy-value', httpMethod: 'GET', statusCode: '200' };
    match('put-integration-response-wrong-api', await call('PutIntegrationResponse', target));
    match('get-integration-response-wrong-api', await call('GetIntegrationResponse', target));
  });

  recordedTest(`${INTEGRATION_RESPONSE}::test_integration_response_wrong_resource`, async (ctx) => {
    const { apiId } = await createApi(ctx, 'APIGW test Integration Resource');
    const target = { restApiId: apiId, resourceId: 'wrong-resource', httpMethod: 'GET', statusCode: '200' };
    ctx.match('put-integration-response-wrong-resource', await ctx.call('PutIntegrationResponse', target));
    ctx.match('get-integration-response-wrong-resource', await ctx.call('GetIntegrationResponse', target));
  });

  recordedTest(`${INTEGRATION_RESPONSE}::test_integration_response_wrong_method`, async (ctx) => {
    const { apiId, rootId } = await createApi(ctx, 'APIGW test Integration Method');
    const target = { restApiId: apiId, resourceId: rootId, httpMethod: 'wrong-method', statusCode: '200' };
    ctx.match('put-integration-response-wrong-method', await ctx.call('PutIntegrationResponse', target));
    ctx.match('get-integration-response-wrong-method', await ctx.call('GetIntegrationResponse', target));
  });

  recordedTest(`${INTEGRATION_RESPONSE}::test_integration_response_invalid_statuscode`, async (ctx) => {
    const { apiId, rootId } = await createApi(ctx, 'APIGW test Integration Invalid StatusCode');
    const target = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', statusCode: 'wrong' };
    ctx.match(
      'put-integration-response-invalid-statusCode',
      await ctx.call('PutIntegrationResponse', { ...target, responseTemplates: { 'application/json': '"created"' }, selectionPattern: '' }),
    );
    ctx.match('get-integration-response-invalid-statusCode', await ctx.call('GetIntegrationResponse', target));
  });

  recordedTest(`${INTEGRATION_RESPONSE}::test_integration_response_invalid_responsetemplates`, async (ctx) => {
    const { apiId, rootId } = await createApi(ctx, 'APIGW test wrong api');
    const get = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' };
    await ctx.call('PutMethod', { ...get, authorizationType: 'NONE' });
    await ctx.call('PutIntegration', { ...get, integrationHttpMethod: 'GET', type: 'MOCK', requestTemplates: MOCK_TEMPLATES });
    // A number where the model has a string: sent raw, as boto3 without parameter validation does.
    ctx.match(
      'put-integration-response-invalid-responseTemplates-1',
      await ctx.raw('PUT', `${methodPath(get)}/integration/responses/200`, { selectionPattern: '', responseTemplates: { 'application/json': 123 } }),
    );
    // The Python key 123 is serialised by json.dumps as the string "123".
    ctx.match(
      'put-integration-response-invalid-responseTemplates-2',
      await ctx.call('PutIntegrationResponse', { ...get, statusCode: '200', selectionPattern: '', responseTemplates: { '123': '{"statusCode": 200}' } }),
    );
  });

  recordedTest(`${INTEGRATION_RESPONSE}::test_integration_response_invalid_integration`, async (ctx) => {
    const { apiId, rootId } = await createApi(ctx);
    const get = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' };
    await ctx.call('PutMethod', { ...get, authorizationType: 'NONE' });
    ctx.match('get-integration-response-without-integration', await ctx.call('GetIntegrationResponse', { ...get, statusCode: '200' }));
  });

  recordedTest(`${INTEGRATION_RESPONSE}::test_integration_response_wrong_status_code`, async (ctx) => {
    const get = await mockGet(ctx);
    ctx.match('get-integration-response-wrong-status-code', await ctx.call('GetIntegrationResponse', { ...get, statusCode: '201' }));
  });

  recordedTest(`${INTEGRATION_RESPONSE}::test_delete_integration_response_errors`, async (ctx) => {
    const get = await mockGet(ctx);
    const del = (target: Partial<Target> & { statusCode?: string }): Promise<Boto3Response> =>
      ctx.call('DeleteIntegrationResponse', { ...get, statusCode: '200', ...target });
    ctx.match(
      'put-integration-response',
      await ctx.call('PutIntegrationResponse', { ...get, statusCode: '200', responseTemplates: { 'application/json': '"created"' }, selectionPattern: '' }),
    );
    ctx.match('non-existent-resource', await del({ resourceId: 'bad-resource' }));
    ctx.match('non-existent-api-id', await del({ restApiId: 'bad-api-id' }));
    ctx.match('non-existent-method', await del({ httpMethod: 'POST' }));
    ctx.match('non-existent-status-code', await del({ statusCode: '201' }));
    ctx.match('bad-method', await del({ httpMethod: 'WRONG', statusCode: '201' }));
  });

  describe('TestApigatewayIntegrationResponse (Update* operations)', () => {
    recordedTest(`${INTEGRATION_RESPONSE}::test_lifecycle_integration_response`, async (ctx) => {
      const get = await mockGet(ctx);
      const target = { ...get, statusCode: '200' };
      ctx.match(
        'put-integration-response',
        await ctx.call('PutIntegrationResponse', { ...target, responseTemplates: { 'application/json': '"created"' }, selectionPattern: '' }),
      );
      ctx.match('get-integration-response', await ctx.call('GetIntegrationResponse', target));
      ctx.match(
        'update-integration-response',
        await ctx.call('UpdateIntegrationResponse', { ...target, patchOperations: [{ op: 'replace', path: '/selectionPattern', value: 'updated-pattern' }] }),
      );
      ctx.match(
        'overwrite-integration-response',
        await ctx.call('PutIntegrationResponse', { ...target, responseTemplates: { 'application/json': 'overwrite' }, selectionPattern: 'overwrite-pattern' }),
      );
      ctx.match('get-method', await ctx.call('GetMethod', get));
      ctx.match('delete-integration-response', await ctx.call('DeleteIntegrationResponse', target));
    });
  });
});
