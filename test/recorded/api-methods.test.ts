/**
 * Ports of LocalStack's `test_apigateway_api.py::TestApiGatewayApiMethod` and
 * `::TestApigatewayMethodResponse` (responses recorded from AWS). Each test replays the calls the
 * LocalStack test makes, in the same order.
 */
import { describe } from 'vitest';
import { recordedTest, type Boto3Response, type RecordedContext } from './harness.js';

const METHOD = 'test_apigateway_api.py::TestApiGatewayApiMethod';
const METHOD_RESPONSE = 'test_apigateway_api.py::TestApigatewayMethodResponse';

/**
 * The recording has no top-level `message` for errors the service model does not declare
 * (ValidationException): botocore copies `message` only for modelled exceptions. The harness adds
 * it to every error, so it is not compared for those entries.
 */

type Patch = { op: string; path: string; value?: string };

async function createApi(ctx: RecordedContext, description?: string): Promise<{ apiId: string; rootId: string }> {
  const api = await ctx.call('CreateRestApi', { name: ctx.unique('test-api'), ...(description === undefined ? {} : { description }) });
  return { apiId: String(api.id), rootId: String(api.rootResourceId) };
}

/**
 * The set-up of the TestApigatewayMethodResponse tests: GET with a MOCK integration on the root, and
 * (`withResponse`) a 200 method response with a header parameter and a model.
 */
async function mockGet(ctx: RecordedContext, withResponse: boolean): Promise<{ apiId: string; rootId: string }> {
  const { apiId, rootId } = await createApi(ctx);
  const target = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' };
  await ctx.call('PutMethod', { ...target, authorizationType: 'NONE' });
  await ctx.call('PutIntegration', { ...target, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } });
  if (withResponse) {
    await ctx.call('PutMethodResponse', {
      ...target,
      statusCode: '200',
      responseParameters: { 'method.response.header.my-header': false },
      responseModels: { 'application/json': 'Empty' },
    });
  }
  return { apiId, rootId };
}

describe('recorded: TestApiGatewayApiMethod', () => {
  recordedTest(`${METHOD}::test_method_lifecycle`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createApi(ctx, 'testing resource method lifecycle');
    const target = { restApiId: apiId, resourceId: rootId, httpMethod: 'ANY' };
    match('put-base-method-response', await call('PutMethod', { ...target, authorizationType: 'NONE' }));
    match('get-base-method-response', await call('GetMethod', target));
    match('del-base-method-response', await call('DeleteMethod', target));
    match('get-deleted-method-response', await call('GetMethod', target));
    match('delete-deleted-method-response', await call('DeleteMethod', target));
  });

  recordedTest(`${METHOD}::test_method_request_parameters`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createApi(ctx, 'testing resource method request params');
    const requestParameters = {
      'method.request.querystring.q_optional': false,
      'method.request.querystring.q_required': true,
      'method.request.header.h_optional': false,
      'method.request.header.h_required': true,
    };
    const any = { restApiId: apiId, resourceId: rootId, httpMethod: 'ANY' };
    match('put-method-request-params-response', await call('PutMethod', { ...any, authorizationType: 'NONE', requestParameters }));
    match('get-method-request-params-response', await call('GetMethod', any));
    match(
      'req-params-same-name',
      await call('PutMethod', {
        restApiId: apiId,
        resourceId: rootId,
        httpMethod: 'GET',
        authorizationType: 'NONE',
        requestParameters: { 'method.request.querystring.optional': false, 'method.request.header.optional': false },
      }),
    );
  });

  recordedTest(`${METHOD}::test_put_method_validation`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createApi(ctx, 'testing resource method request params');
    const put = (input: Record<string, unknown>): Promise<Boto3Response> =>
      call('PutMethod', { restApiId: apiId, resourceId: rootId, httpMethod: 'ANY', authorizationType: 'NONE', ...input });
    match('wrong-api', await put({ restApiId: 'fake-api', httpMethod: 'WRONG' }));
    match('wrong-resource', await put({ resourceId: 'fake-resource-id', httpMethod: 'WRONG' }));
    match('wrong-method', await put({ httpMethod: 'WRONG' }));
    match('missing-authorizer-id', await put({ authorizationType: 'CUSTOM' }));
    match('invalid-request-validator', await put({ requestValidatorId: 'fake-validator' }));
    match('invalid-model-name', await put({ requestModels: { 'application/json': 'petModel' } }));
  });

  recordedTest(`${METHOD}::test_put_method_model`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId: restApiId, rootId } = await createApi(ctx, 'testing resource method model');
    const schema = (title: string): string => `{"title": "${title}", "type": "object"}`;
    match('create-model', await call('CreateModel', { name: 'MySchema', restApiId, contentType: 'application/json', description: '', schema: schema('MySchema') }));
    match('create-model-2', await call('CreateModel', { name: 'MySchemaTwo', restApiId, contentType: 'application/json', description: '', schema: schema('MySchemaTwo') }));
    const root = { restApiId, resourceId: rootId, httpMethod: 'ANY' };
    match('put-method-request-models', await call('PutMethod', { ...root, authorizationType: 'NONE', requestModels: { 'application/json': 'MySchema' } }));
    match('delete-model-used', await call('DeleteModel', { restApiId, modelName: 'MySchema' }));
    const models = (op: string, value: string): Patch[] => [{ op, path: '/requestModels/application~1json', value }];
    match('update-method-model', await call('UpdateMethod', { ...root, patchOperations: models('replace', 'MySchemaTwo') }));
    match('delete-model-unused', await call('DeleteModel', { restApiId, modelName: 'MySchema' }));
    match('delete-model-used-2', await call('DeleteModel', { restApiId, modelName: 'MySchemaTwo' }));

    const resource = await call('CreateResource', { restApiId, parentId: rootId, pathPart: 'test' });
    const sub = { restApiId, resourceId: resource.id, httpMethod: 'ANY' };
    match('put-method-2-request-models', await call('PutMethod', { ...sub, authorizationType: 'NONE', requestModels: { 'application/json': 'MySchemaTwo' } }));
    // LocalStack does not compare this message ("we can't guarantee the last method will be the
    // same as AWS"); Portico names the last method in resource order, as AWS did here.
    match('delete-model-used-by-2-method', await call('DeleteModel', { restApiId, modelName: 'MySchemaTwo' }));
    match('update-method-model-2', await call('UpdateMethod', { ...sub, patchOperations: models('remove', 'MySchemaTwo') }));
    match('delete-model-used-by-method-1', await call('DeleteModel', { restApiId, modelName: 'MySchemaTwo' }));
    match('delete-method-using-model-2', await call('DeleteMethod', root));
    match('delete-model-unused-2', await call('DeleteModel', { restApiId, modelName: 'MySchemaTwo' }));
  });

  describe('TestApiGatewayApiMethod (Update* operations)', () => {
    recordedTest(`${METHOD}::test_update_method`, async (ctx) => {
      const { call, match } = ctx;
      const { apiId, rootId } = await createApi(ctx, 'testing update method');
      const target = { restApiId: apiId, resourceId: rootId, httpMethod: 'ANY' };
      const update = (patchOperations: Patch[]): Promise<Boto3Response> => call('UpdateMethod', { ...target, patchOperations });
      match('put-method-response', await call('PutMethod', { ...target, authorizationType: 'NONE' }));
      match(
        'update-method-add',
        await update([
          { op: 'add', path: '/requestParameters/method.request.querystring.optional', value: 'true' },
          { op: 'add', path: '/requestModels/application~1json', value: 'Empty' },
        ]),
      );
      match(
        'update-method-replace',
        await update([
          { op: 'replace', path: '/operationName', value: 'ReplacedOperationName' },
          { op: 'replace', path: '/apiKeyRequired', value: 'true' },
          { op: 'replace', path: '/authorizationType', value: 'AWS_IAM' },
          { op: 'replace', path: '/requestParameters/method.request.querystring.optional', value: 'false' },
        ]),
      );
      const authorizer = await call('CreateAuthorizer', {
        restApiId: apiId,
        name: 'authorizer-test',
        type: 'TOKEN',
        authorizerUri:
          'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:myApiAuthorizer/invocations',
        identitySource: 'method.request.header.Authorization',
      });
      match(
        'update-method-replace-authorizer',
        await update([
          { op: 'replace', path: '/authorizerId', value: String(authorizer.id) },
          { op: 'replace', path: '/authorizationType', value: 'CUSTOM' },
        ]),
      );
      match(
        'update-method-remove',
        await update([
          { op: 'remove', path: '/requestParameters/method.request.querystring.optional', value: 'true' },
          { op: 'remove', path: '/requestModels/application~1json', value: 'Empty' },
        ]),
      );
    });

    recordedTest(`${METHOD}::test_update_method_validation`, async (ctx) => {
      const { call, match } = ctx;
      const { apiId, rootId } = await createApi(ctx, 'testing resource method request params');
      const update = (patchOperations: Patch[], target: Record<string, unknown> = {}): Promise<Boto3Response> =>
        call('UpdateMethod', { restApiId: apiId, resourceId: rootId, httpMethod: 'ANY', patchOperations, ...target });

      match('wrong-rest-api', await update([], { restApiId: 'fake-api' }));
      match('wrong-resource-id', await update([], { resourceId: 'fake-resource-id' }));
      match('method-does-not-exist', await update([{ op: 'replace', path: '/operationName', value: 'methodDoesNotExist' }], { httpMethod: 'GET' }));
      match(
        'put-method-response',
        await call('PutMethod', { restApiId: apiId, resourceId: rootId, httpMethod: 'ANY', authorizationType: 'NONE', apiKeyRequired: true }),
      );
      match('unsupported-operation', await update([{ op: 'add', path: '/operationName', value: 'operationName' }]));
      match('unsupported-operation-2', await update([{ op: 'add', path: '/requestValidatorId', value: 'wrong-id' }]));
      match('unsupported-path', await update([{ op: 'add', path: '/httpMethod', value: 'PUT' }]));
      match(
        'wrong-path-request-parameters',
        await update([{ op: 'replace', path: '/requestParameters', value: 'method.request.querystring.optional=false' }]),
      );
      match('wrong-path-request-models', await update([{ op: 'add', path: '/requestModels/application/json', value: 'Empty' }]));
      match('wrong-value-type', await update([{ op: 'replace', path: '/apiKeyRequired', value: 'whatever' }]));
      match('wrong-auth-type', await update([{ op: 'replace', path: '/authorizationType', value: 'CUSTOM' }]));
      match('skip-auth-id-with-wrong-type', await update([{ op: 'replace', path: '/authorizerId', value: 'abc123' }]));
      match(
        'wrong-auth-id',
        await update([
          { op: 'replace', path: '/authorizationType', value: 'CUSTOM' },
          { op: 'replace', path: '/authorizerId', value: 'abc123' },
        ]),
      );
      match('wrong-req-validator-id', await update([{ op: 'replace', path: '/requestValidatorId', value: 'fake-id' }]));
    });
  });
});

describe('recorded: TestApigatewayMethodResponse', () => {
  describe('TestApigatewayMethodResponse (Update* operations)', () => {
    const header = '/responseParameters/method.response.header.my-header';
    const model = '/responseModels/application~1json';

    recordedTest(`${METHOD_RESPONSE}::test_update_method_wrong_param_names`, async (ctx) => {
      const { apiId, rootId } = await mockGet(ctx, true);
      const update = (patch: Patch): Promise<Boto3Response> =>
        ctx.call('UpdateMethodResponse', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200', patchOperations: [patch] });
      ctx.match('update-method-response-operation-with-wrong-param-name-1', await update({ op: 'replace', path: '/responseParameters/wrong', value: 'true' }));
      ctx.match('update-method-response-operation-with-wrong-param-name-2', await update({ op: 'remove', path: '/responseParameters/wrong', value: 'true' }));
      ctx.match('update-method-response-operation-with-wrong-param-name-3', await update({ op: 'replace', path: '/responseModels/wrong', value: 'Empty' }));
      ctx.match('update-method-response-operation-with-wrong-param-name-4', await update({ op: 'remove', path: '/responseModels/wrong', value: 'Empty' }));
    });

    recordedTest(`${METHOD_RESPONSE}::test_update_method_lack_response_parameters_and_models`, async (ctx) => {
      const { apiId, rootId } = await mockGet(ctx, false);
      const target = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200' };
      await ctx.call('PutMethodResponse', target);
      const update = (patch: Patch): Promise<Boto3Response> => ctx.call('UpdateMethodResponse', { ...target, patchOperations: [patch] });
      ctx.match('update-method-response-operation-without-response-parameters', await update({ op: 'remove', path: header, value: 'true' }));
      ctx.match('update-method-response-operation-without-response-models', await update({ op: 'remove', path: model, value: 'Empty' }));
      ctx.match(
        'update-method-response-operation-with-wrong-path',
        await update({ op: 'remove', path: '/wrong/method.response.header.my-header', value: 'true' }),
      );
    });

    recordedTest(`${METHOD_RESPONSE}::test_update_method_response_negative_tests`, async (ctx) => {
      const { apiId, rootId } = await mockGet(ctx, true);
      const replaceHeader: Patch = { op: 'replace', path: header, value: 'true' };
      const update = (target: Record<string, unknown>, patch: Patch = replaceHeader): Promise<Boto3Response> =>
        ctx.call('UpdateMethodResponse', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200', patchOperations: [patch], ...target });
      ctx.match('update-method-response-wrong-statuscode', await update({ statusCode: '201' }));
      ctx.match('update-method-response-invalid-statuscode', await update({ statusCode: 'wrong' }));
      ctx.match(
        'update-method-response-invalid-statuscode-and-wrong-op',
        await update({ statusCode: 'wrong' }, { op: 'wrong_op', path: header, value: 'true' }),
      );
      ctx.match('update-method-response-wrong-resource', await update({ resourceId: 'wrong' }));
      ctx.match('update-method-response-wrong-method', await update({ httpMethod: 'POST' }));
    });

    recordedTest(`${METHOD_RESPONSE}::test_update_method_response_wrong_operations`, async (ctx) => {
      const { apiId, rootId } = await mockGet(ctx, true);
      const update = (patchOperations: Patch[]): Promise<Boto3Response> =>
        ctx.call('UpdateMethodResponse', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200', patchOperations });
      const wrongHeader: Patch = { op: 'wrong_op', path: header, value: 'true' };
      const wrongModel: Patch = { op: 'wrong_op', path: model, value: 'Empty' };
      ctx.match('update-method-response-wrong-operation-1', await update([wrongHeader]));
      ctx.match('update-method-response-wrong-operation-2', await update([wrongModel]));
      ctx.match('update-method-response-wrong-operation-3', await update([wrongHeader, wrongModel]));
      ctx.match('update-method-response-wrong-operation-4', await update([wrongHeader, wrongModel, wrongHeader, wrongModel]));
      ctx.match(
        'update-method-response-wrong-operation-5',
        await update([wrongHeader, { op: 'remove', path: model, value: 'Empty' }, wrongModel]),
      );
    });

    recordedTest(`${METHOD_RESPONSE}::test_update_method_response`, async (ctx) => {
      const { apiId, rootId } = await mockGet(ctx, true);
      const update = (patchOperations: Patch[]): Promise<Boto3Response> =>
        ctx.call('UpdateMethodResponse', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200', patchOperations });
      ctx.match(
        'remove-update-method-response',
        await update([
          { op: 'remove', path: header, value: 'true' },
          { op: 'remove', path: model, value: 'Empty' },
        ]),
      );
      ctx.match(
        'add-update-method-response',
        await update([
          { op: 'add', path: header, value: 'true' },
          { op: 'add', path: model, value: 'Empty' },
        ]),
      );
    });

    recordedTest(`${METHOD_RESPONSE}::test_lifecycle_method_response`, async (ctx) => {
      const { apiId, rootId } = await mockGet(ctx, false);
      const target = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200' };
      const update = (patchOperations: Patch[]): Promise<Boto3Response> => ctx.call('UpdateMethodResponse', { ...target, patchOperations });
      ctx.match('put-method-response', await ctx.call('PutMethodResponse', { ...target, responseParameters: {}, responseModels: {} }));
      ctx.match('get-integration-response', await ctx.call('GetMethodResponse', target));
      ctx.match(
        'add-method-responses',
        await update([
          { op: 'add', path: header, value: 'true' },
          { op: 'add', path: model, value: 'Empty' },
        ]),
      );
      ctx.match(
        'update-method-responses',
        await update([
          { op: 'replace', path: header, value: 'true' },
          { op: 'replace', path: model, value: 'Empty' },
        ]),
      );
      ctx.match('get-method', await ctx.call('GetMethod', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' }));
      ctx.match('delete-method-response', await ctx.call('DeleteMethodResponse', target));
    });
  });
});
