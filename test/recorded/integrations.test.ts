/**
 * Ports of LocalStack's recorded `tests/aws/services/apigateway/test_apigateway_integrations.py` tests
 * whose recorded keys are control-plane responses. Where the original also invokes the deployed stage
 * without recording the answer, that invocation is left out (data plane, issue 5).
 */
import { describe } from 'vitest';
import { recordedTest, type RecordedContext } from './harness.js';

const FILE = 'test_apigateway_integrations.py';
const ACCOUNT = '111111111111';
const REGION = 'us-east-1';
/** Stands in for the echo server URLs of the original tests (only used as an integration URI here). */
const ECHO_POST_URL = 'http://httpbin.org/post';

/** Python's `json.dumps` with its default separators (`, ` and `: `), as the test sends it. */
function pyDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyDumps).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${pyDumps(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** `create_rest_apigw(**kwargs)`: CreateRestApi, returns the id and the root resource id. */
async function createRestApigw(ctx: RecordedContext, input: Record<string, unknown> = {}): Promise<{ apiId: string; rootId: string }> {
  const api = await ctx.call('CreateRestApi', { name: ctx.unique('api'), ...input });
  return { apiId: String(api.id), rootId: String(api.rootResourceId) };
}

describe('test_apigateway_integrations.py', () => {
  recordedTest(`${FILE}::test_put_integration_responses`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createRestApigw(ctx, { name: ctx.unique('my_api'), description: 'this is my api' });
    const get = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' };
    const put = { restApiId: apiId, resourceId: rootId, httpMethod: 'PUT' };

    match('put-method-get', await call('PutMethod', { ...get, authorizationType: 'NONE' }));
    match('put-method-response-get', await call('PutMethodResponse', { ...get, statusCode: '200' }));
    match('put-integration-get', await call('PutIntegration', { ...get, type: 'HTTP', uri: ECHO_POST_URL, integrationHttpMethod: 'POST' }));
    match(
      'put-integration-response-get',
      await call('PutIntegrationResponse', { ...get, statusCode: '200', selectionPattern: '2\\d{2}', responseTemplates: {} }),
    );
    match('get-integration-response-get', await call('GetIntegrationResponse', { ...get, statusCode: '200' }));
    match('get-method-get', await call('GetMethod', get));

    match('deploy', await call('CreateDeployment', { restApiId: apiId, stageName: 'local' }));
    // The original GETs the deployed stage here and only asserts a 2xx (nothing recorded): data plane, issue 5.

    match('delete-integration-response-get', await call('DeleteIntegrationResponse', { ...get, statusCode: '200' }));
    match('get-method-get-after-int-resp-delete', await call('GetMethod', get));

    // a new method, with an integration response in CONVERT_TO_BINARY
    match('put-method-put', await call('PutMethod', { ...put, authorizationType: 'none' }));
    match('put-method-response-put', await call('PutMethodResponse', { ...put, statusCode: '200' }));
    match('put-integration-put', await call('PutIntegration', { ...put, type: 'HTTP', uri: ECHO_POST_URL, integrationHttpMethod: 'POST' }));
    match(
      'put-integration-response-put',
      await call('PutIntegrationResponse', { ...put, statusCode: '200', selectionPattern: '2\\d{2}', contentHandling: 'CONVERT_TO_BINARY' }),
    );
    match('get-integration-response-put', await call('GetIntegrationResponse', { ...put, statusCode: '200' }));
  });

  recordedTest(`${FILE}::test_put_integration_response_with_response_template`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createRestApigw(ctx, { name: ctx.unique('test-apigw') });
    const get = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' };

    await call('PutMethod', { ...get, authorizationType: 'NONE' });
    await call('PutMethodResponse', { ...get, statusCode: '200' });
    await call('PutIntegration', { ...get, type: 'HTTP', uri: ECHO_POST_URL, integrationHttpMethod: 'POST' });
    await call('PutIntegrationResponse', {
      ...get,
      statusCode: '200',
      selectionPattern: 'foobar',
      responseTemplates: { 'application/json': pyDumps({ data: 'test' }) },
    });
    match('get-integration-response', await call('GetIntegrationResponse', { ...get, statusCode: '200' }));
  });

  recordedTest(`${FILE}::test_put_integration_validation`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createRestApigw(ctx, { name: ctx.unique('test-apigw') });
    const get = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' };
    const roleArn = `arn:aws:iam::${ACCOUNT}:role/service-role/testfunction-role-oe783psq`;
    const s3Uri = `arn:aws:apigateway:${REGION}:s3:path/b/k`;
    const lambdaUri = `arn:aws:apigateway:${REGION}:lambda:path/2015-03-31/functions/arn:aws:lambda:${REGION}:${ACCOUNT}:function:MyLambda/invocations`;

    await call('PutMethod', { ...get, authorizationType: 'NONE' });
    await call('PutMethodResponse', { ...get, statusCode: '200' });

    // these types fail without integrationHttpMethod
    for (const type of ['HTTP', 'HTTP_PROXY', 'AWS']) {
      match(`required-integration-method-${type}`, await call('PutIntegration', { ...get, type, uri: 'http://example.com' }));
    }
    // MOCK does not need it
    match('not-required-integration-method-MOCK', await call('PutIntegration', { ...get, type: 'MOCK', uri: 'http://example.com' }));
    for (const type of ['HTTP', 'HTTP_PROXY']) {
      match(`http-method-${type}`, await call('PutIntegration', { ...get, type, uri: 'http://example.com', integrationHttpMethod: 'POST' }));
    }
    match(
      'aws-integration-AWS',
      await call('PutIntegration', { ...get, credentials: roleArn, type: 'AWS', uri: s3Uri, integrationHttpMethod: 'POST' }),
    );
    // credentials are not required when the URI points to a Lambda function
    for (const type of ['AWS', 'AWS_PROXY']) {
      match(`aws-integration-type-${type}`, await call('PutIntegration', { ...get, type, uri: lambdaUri, integrationHttpMethod: 'POST' }));
    }
    // AWS_PROXY does not support S3
    match(
      'no-s3-support-AWS_PROXY',
      await call('PutIntegration', { ...get, credentials: roleArn, type: 'AWS_PROXY', uri: s3Uri, integrationHttpMethod: 'POST' }),
    );
    for (const type of ['HTTP', 'HTTP_PROXY']) {
      match(`invalid-uri-${type}`, await call('PutIntegration', { ...get, type, uri: 'non-valid-http', integrationHttpMethod: 'POST' }));
    }
    match('invalid-uri-not-an-arn', await call('PutIntegration', { ...get, type: 'AWS', uri: 'non-valid-arn', integrationHttpMethod: 'POST' }));
    match(
      'invalid-uri-invalid-arn',
      await call('PutIntegration', { ...get, type: 'AWS', uri: 'arn:aws:iam::0000000000:role/service-role/asdf', integrationHttpMethod: 'POST' }),
    );
  });

  recordedTest(`${FILE}::test_integration_mock_with_path_param`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createRestApigw(ctx, { name: ctx.unique('test-api'), description: 'this is my api' });
    const resourceId = String((await call('CreateResource', { restApiId: apiId, parentId: rootId, pathPart: '{testPath}' })).id);
    const get = { restApiId: apiId, resourceId, httpMethod: 'GET' };

    await call('PutMethod', { ...get, authorizationType: 'none', requestParameters: { 'method.request.path.testPath': true } });
    await call('PutMethodResponse', { ...get, statusCode: '200' });
    // no URI needed for MOCK; integration path parameters are accepted even though unused
    match(
      'integration',
      await call('PutIntegration', {
        ...get,
        integrationHttpMethod: 'POST',
        type: 'MOCK',
        requestParameters: { 'integration.request.path.integrationPath': 'method.request.path.testPath' },
        // not valid JSON (as CDK generates it for CORS), accepted by AWS
        requestTemplates: { 'application/json': '{statusCode: 200}' },
      }),
    );
    await call('PutIntegrationResponse', { ...get, statusCode: '200', selectionPattern: '2\\d{2}', responseTemplates: {} });
    await call('CreateDeployment', { restApiId: apiId, stageName: 'dev' });
    // The original then GETs /dev/test-path and asserts an empty 200 (nothing recorded): data plane, issue 5.
  });
});
