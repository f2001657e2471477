/**
 * Ports of LocalStack's recorded control-plane tests from the service-integration test files
 * (dynamodb, lambda, basic, s3). AWS-only side steps (a Lambda function, an IAM role, an S3 bucket)
 * only supply ARNs/names here, replaced by synthetic well-formed values. Invocations of a deployed
 * stage, and calls to other services, are skipped (with their reason).
 */
import { describe } from 'vitest';
import { recordedTest, type RecordedContext } from './harness.js';

const ACCOUNT = '111111111111';
const REGION = 'us-east-1';

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

/** What `create_role_with_policy` / `create_iam_role_with_policy` would return. */
const roleArn = (ctx: RecordedContext): string => `arn:aws:iam::${ACCOUNT}:role/${ctx.unique('role-apigw')}`;
/** What `create_lambda_function` would return as FunctionArn. */
const lambdaArn = (ctx: RecordedContext): string => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${ctx.unique('test')}`;
/** `arns.apigateway_invocations_arn(lambda_arn, region)`. */
const invocationsArn = (fnArn: string): string => `arn:aws:apigateway:${REGION}:lambda:path/2015-03-31/functions/${fnArn}/invocations`;

describe('test_apigateway_dynamodb.py', () => {
  recordedTest('test_apigateway_dynamodb.py::test_error_aws_proxy_not_supported', async (ctx) => {
    const { call, match } = ctx;
    const integrationUri = `arn:aws:apigateway:${REGION}:dynamodb:action/Query`;

    // create_rest_api_with_integration(integration_uri, integration_type="AWS")
    const { apiId, rootId } = await createRestApigw(ctx, { name: ctx.unique('test-apigw'), endpointConfiguration: { types: ['REGIONAL'] } });
    const resourceId = String((await call('CreateResource', { restApiId: apiId, parentId: rootId, pathPart: 'test' })).id);
    const post = { restApiId: apiId, resourceId, httpMethod: 'POST' };
    await call('PutMethod', { ...post, authorizationType: 'NONE', apiKeyRequired: false, requestParameters: {} });
    await call('PutIntegration', {
      ...post,
      integrationHttpMethod: 'POST',
      type: 'AWS',
      credentials: roleArn(ctx),
      uri: integrationUri,
      requestTemplates: {},
      requestParameters: {},
    });
    await call('PutMethodResponse', { ...post, statusCode: '200' });
    await call('PutIntegrationResponse', { ...post, statusCode: '200', responseTemplates: { 'application/json': "$input.json('$')" } });
    const deploymentId = String((await call('CreateDeployment', { restApiId: apiId })).id);
    await call('CreateStage', { restApiId: apiId, stageName: 'dev', deploymentId });

    // AWS_PROXY is not supported for DynamoDB integrations
    const resources = (await call('GetResources', { restApiId: apiId })).items as { id: string; parentId?: string }[];
    const child = resources.find((r) => r.parentId)!;
    match(
      'create-integration-error',
      await call('PutIntegration', {
        restApiId: apiId,
        resourceId: child.id,
        httpMethod: 'POST',
        integrationHttpMethod: 'POST',
        type: 'AWS_PROXY',
        uri: integrationUri,
      }),
    );
  });
});

describe('test_apigateway_lambda.py', () => {
  recordedTest('test_apigateway_lambda.py::test_put_integration_aws_proxy_uri', async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createRestApigw(ctx, {
      name: ctx.unique('test-api'),
      description: 'APIGW test PutIntegration AWS_PROXY URI',
    });
    const fnArn = lambdaArn(ctx);
    const role = roleArn(ctx);

    await call('PutMethod', { restApiId: apiId, resourceId: rootId, httpMethod: 'ANY', authorizationType: 'NONE' });
    const defaults = { restApiId: apiId, resourceId: rootId, httpMethod: 'ANY', type: 'AWS_PROXY', integrationHttpMethod: 'POST', credentials: role };

    match('put-integration-lambda-uri', await call('PutIntegration', { ...defaults, uri: fnArn }));
    match(
      'put-integration-wrong-arn',
      await call('PutIntegration', { ...defaults, uri: `bad-arn:lambda:path/2015-03-31/functions/${fnArn}/invocations` }),
    );
    match(
      'put-integration-wrong-type',
      await call('PutIntegration', { ...defaults, uri: `arn:aws:apigateway:${REGION}:lambda:test/2015-03-31/functions/${fnArn}/invocations` }),
    );
    match(
      'put-integration-wrong-firehose',
      await call('PutIntegration', { ...defaults, uri: `arn:aws:apigateway:${REGION}:firehose:path/2015-03-31/functions/${fnArn}/invocations` }),
    );
    match(
      'put-integration-bad-lambda-arn',
      await call('PutIntegration', { ...defaults, uri: `arn:aws:apigateway:${REGION}:lambda:path/random/value/${fnArn}/invocations` }),
    );
  });

  recordedTest('test_apigateway_lambda.py::test_lambda_aws_integration', async (ctx) => {
    const { call, match, skip } = ctx;
    const targetUri = invocationsArn(lambdaArn(ctx));
    const role = roleArn(ctx);
    const { apiId, rootId } = await createRestApigw(ctx, { name: ctx.unique('test-api') });
    const resourceId = String((await call('CreateResource', { restApiId: apiId, parentId: rootId, pathPart: 'test' })).id);
    const post = { restApiId: apiId, resourceId, httpMethod: 'POST' };

    match('put-method', await call('PutMethod', { ...post, authorizationType: 'NONE' }));
    match('put-integration', await call('PutIntegration', { ...post, type: 'AWS', integrationHttpMethod: 'POST', uri: targetUri, credentials: role }));
    match('put-integration-response', await call('PutIntegrationResponse', { ...post, statusCode: '200' }));
    match('put-method-response', await call('PutMethodResponse', { ...post, statusCode: '200' }));

    await call('CreateDeployment', { restApiId: apiId, stageName: 'api' });
    skip('lambda-aws-integration', 'data plane (issue 5)');
  });

  recordedTest('test_apigateway_lambda.py::test_lambda_aws_integration_with_request_template', async (ctx) => {
    const { call, match, skip } = ctx;
    const targetUri = invocationsArn(lambdaArn(ctx));
    const role = roleArn(ctx);
    const { apiId, rootId } = await createRestApigw(ctx, { name: ctx.unique('test-api') });
    const resourceId = String((await call('CreateResource', { restApiId: apiId, parentId: rootId, pathPart: 'test' })).id);
    const get = { restApiId: apiId, resourceId, httpMethod: 'GET' };

    match(
      'put-method',
      await call('PutMethod', { ...get, authorizationType: 'NONE', requestParameters: { 'method.request.querystring.param1': false } }),
    );
    match('put-method-response', await call('PutMethodResponse', { ...get, statusCode: '200' }));
    match(
      'put-integration',
      await call('PutIntegration', {
        ...get,
        integrationHttpMethod: 'POST',
        type: 'AWS',
        uri: targetUri,
        credentials: role,
        requestTemplates: { 'application/json': `{"param1": "$input.params('param1')"}` },
      }),
    );
    match('put-integration-response', await call('PutIntegrationResponse', { ...get, statusCode: '200', selectionPattern: '' }));

    await call('CreateDeployment', { restApiId: apiId, stageName: 'api' });
    skip('lambda-aws-integration-1', 'data plane (issue 5)');
    skip('lambda-aws-integration-2', 'data plane (issue 5)');

    match('delete-integration', await call('DeleteIntegration', get));
    match('get-integration-after-delete', await call('GetIntegration', get));
  });
});

describe('test_apigateway_basic.py TestAPIGateway', () => {
  describe('TestAPIGateway (Update* operations)', () => {
    recordedTest('test_apigateway_basic.py::TestAPIGateway::test_update_rest_api_deployment', async (ctx) => {
      const { call, match } = ctx;
      const { apiId, rootId } = await createRestApigw(ctx, { name: ctx.unique('test_gateway5') });
      const get = { restApiId: apiId, resourceId: rootId, httpMethod: 'GET' };

      await call('PutMethod', { ...get, authorizationType: 'none' });
      await call('PutIntegration', { ...get, type: 'HTTP', uri: 'http://httpbin.org/robots.txt', integrationHttpMethod: 'POST' });
      await call('PutIntegrationResponse', { ...get, statusCode: '200', selectionPattern: 'foobar', responseTemplates: {} });
      const deploymentId = String((await call('CreateDeployment', { restApiId: apiId, description: 'my deployment' })).id);
      match(
        'after-update',
        await call('UpdateDeployment', {
          restApiId: apiId,
          deploymentId,
          patchOperations: [{ op: 'replace', path: '/description', value: 'new-description' }],
        }),
      );
    });
  });
});

describe('test_apigateway_s3.py TestApiGatewayS3BinarySupport', () => {
  /** The `setup_s3_apigateway` fixture with deploy=False; matches `put-integration`. */
  async function setupS3Apigateway(
    ctx: RecordedContext,
    requestContentHandling?: string,
    responseContentHandling?: string,
  ): Promise<{ apiId: string; resourceId: string }> {
    const { call, match } = ctx;
    const { apiId, rootId } = await createRestApigw(ctx);
    const bucket = ctx.unique('s3-bucket');
    const role = roleArn(ctx);
    const resourceId = String((await call('CreateResource', { restApiId: apiId, parentId: rootId, pathPart: '{object_path+}' })).id);
    const any = { restApiId: apiId, resourceId, httpMethod: 'ANY' };

    await call('PutMethod', {
      ...any,
      authorizationType: 'NONE',
      requestParameters: {
        'method.request.path.object_path': true,
        'method.request.header.Content-Type': false,
        'method.request.header.response-content-type': false,
      },
    });
    await call('PutMethodResponse', { ...any, statusCode: '200', responseParameters: { 'method.response.header.ETag': false } });
    match(
      'put-integration',
      await call('PutIntegration', {
        ...any,
        integrationHttpMethod: 'ANY',
        type: 'AWS',
        uri: `arn:aws:apigateway:${REGION}:s3:path/${bucket}/{object_path}`,
        requestParameters: {
          'integration.request.path.object_path': 'method.request.path.object_path',
          'integration.request.header.Content-Type': 'method.request.header.Content-Type',
          'integration.request.querystring.response-content-type': 'method.request.header.response-content-type',
        },
        credentials: role,
        ...(requestContentHandling ? { contentHandling: requestContentHandling } : {}),
      }),
    );
    await call('PutIntegrationResponse', {
      ...any,
      statusCode: '200',
      responseParameters: { 'method.response.header.ETag': 'integration.response.header.ETag' },
      ...(responseContentHandling ? { contentHandling: responseContentHandling } : {}),
    });
    return { apiId, resourceId };
  }

  describe('TestApiGatewayS3BinarySupport (Update* operations)', () => {
    const KEY = 'test_apigateway_s3.py::TestApiGatewayS3BinarySupport';

    recordedTest(`${KEY}::test_apigw_s3_binary_support_request_convert_to_binary_with_request_template`, async (ctx) => {
      const { call, match, skip } = ctx;
      const { apiId, resourceId } = await setupS3Apigateway(ctx, 'CONVERT_TO_BINARY');
      const any = { restApiId: apiId, resourceId, httpMethod: 'ANY' };

      await call('UpdateIntegration', {
        ...any,
        patchOperations: [{ op: 'add', path: '/requestTemplates/application~1json', value: pyDumps({ data: '$input.body' }) }],
      });
      match('get-integration', await call('GetIntegration', any));
      await call('CreateDeployment', { restApiId: apiId, stageName: 'test' });
      // PUT through the stage, then S3 GetObject of what arrived
      skip('get-obj-encoded', 'data plane (issue 5)');
    });

    recordedTest(`${KEY}::test_apigw_s3_binary_support_response_convert_to_binary_with_request_template`, async (ctx) => {
      const { call, match, skip } = ctx;
      const { apiId, resourceId } = await setupS3Apigateway(ctx, undefined, 'CONVERT_TO_TEXT');
      const response = { restApiId: apiId, resourceId, httpMethod: 'ANY', statusCode: '200' };

      await call('UpdateRestApi', { restApiId: apiId, patchOperations: [{ op: 'add', path: '/binaryMediaTypes/image~1png' }] });
      await call('UpdateIntegrationResponse', {
        ...response,
        patchOperations: [{ op: 'add', path: '/responseTemplates/application~1json', value: pyDumps({ data: '$input.body' }) }],
      });
      match('get-integration-response', await call('GetIntegrationResponse', response));
      await call('CreateDeployment', { restApiId: apiId, stageName: 'test' });

      skip('put-obj-encoded', 'S3 PutObject response, not API Gateway');
      skip('encoded-text-payload-binary-accept', 'data plane (issue 5)');

      await call('UpdateIntegrationResponse', {
        ...response,
        patchOperations: [{ op: 'replace', path: '/contentHandling', value: 'CONVERT_TO_BINARY' }],
      });
      match('get-integration-response-update', await call('GetIntegrationResponse', response));
      await call('CreateDeployment', { restApiId: apiId, stageName: 'test' });
      // the original then expects a 500 from the stage (data plane, issue 5)
    });
  });
});
