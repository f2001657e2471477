/**
 * Ports of LocalStack's `test_apigateway_api.py::TestApiGatewayGatewayResponse` (responses recorded
 * from AWS). Each test replays the calls the LocalStack test makes, in the same order. The
 * LocalStack tests sort GetGatewayResponses' items by responseType before comparing; so do these.
 */
import { describe } from 'vitest';
import { recordedTest, type Boto3Response, type RecordedContext } from './harness.js';

const KEY = 'test_apigateway_api.py::TestApiGatewayGatewayResponse';

type Patch = { op: string; path: string; value?: string };

/** The template of AWS's PutGatewayResponse example, as the tests send it. */
const EXAMPLE_TEMPLATE =
  '{\n     "message": $context.error.messageString,\n     "type":  "$context.error.responseType",\n     "stage":  "$context.stage",\n     "resourcePath":  "$context.resourcePath",\n     "stageVariables.a":  "$stageVariables.a",\n     "statusCode": "\'404\'"\n}';

const EXAMPLE_PARAMETERS = {
  'gatewayresponse.header.x-request-path': 'method.request.path.petId',
  'gatewayresponse.header.Access-Control-Allow-Origin': "'a.b.c'",
  'gatewayresponse.header.x-request-query': 'method.request.querystring.q',
  'gatewayresponse.header.x-request-header': 'method.request.header.Accept',
};

async function createApi(ctx: RecordedContext): Promise<string> {
  return String((await ctx.call('CreateRestApi', { name: ctx.unique('test-api'), description: 'APIGW test GatewayResponse' })).id);
}

/** LocalStack's `SortingTransformer(key="items", sorting_fn=itemgetter("responseType"))`. */
function sortedByType(response: Boto3Response): Boto3Response {
  const items = [...(response.items as { responseType: string }[])];
  items.sort((a, b) => (a.responseType < b.responseType ? -1 : a.responseType > b.responseType ? 1 : 0));
  return { ...response, items };
}

describe('recorded: TestApiGatewayGatewayResponse', () => {
  recordedTest(`${KEY}::test_gateway_response_crud`, async (ctx) => {
    const { call, match } = ctx;
    const restApiId = await createApi(ctx);
    const target = { restApiId, responseType: 'MISSING_AUTHENTICATION_TOKEN' };
    match('get-gateway-response-default', await call('GetGatewayResponse', target));
    match(
      'put-gateway-response',
      await call('PutGatewayResponse', { ...target, statusCode: '404', responseParameters: EXAMPLE_PARAMETERS, responseTemplates: { 'application/json': EXAMPLE_TEMPLATE } }),
    );
    match('get-gateway-responses', sortedByType(await call('GetGatewayResponses', { restApiId })));
    match('get-gateway-response', await call('GetGatewayResponse', target));
    match('delete-gateway-response', await call('DeleteGatewayResponse', target));
    match('get-deleted-gw-response', await call('GetGatewayResponse', target));
  });

  recordedTest(`${KEY}::test_gateway_response_put`, async (ctx) => {
    const { call, match } = ctx;
    const restApiId = await createApi(ctx);
    const target = { restApiId, responseType: 'MISSING_AUTHENTICATION_TOKEN' };
    const templates = { 'application/json': EXAMPLE_TEMPLATE };
    const acceptHeader = { 'gatewayresponse.header.x-request-header': 'method.request.header.Accept' };
    match('put-gateway-response-all-value', await call('PutGatewayResponse', { ...target, statusCode: '404', responseParameters: EXAMPLE_PARAMETERS, responseTemplates: templates }));
    match('put-gateway-response-status-only', await call('PutGatewayResponse', { ...target, statusCode: '404' }));
    match('put-gateway-response-response-parameters-only', await call('PutGatewayResponse', { ...target, responseParameters: acceptHeader }));
    match('put-gateway-response-response-templates-only', await call('PutGatewayResponse', { ...target, responseTemplates: templates }));
    match(
      'put-gateway-response-default-5xx',
      await call('PutGatewayResponse', { restApiId, responseType: 'DEFAULT_5XX', statusCode: '599', responseParameters: acceptHeader, responseTemplates: templates }),
    );
    match(
      'put-gateway-response-default-ignored',
      await call('PutGatewayResponse', { restApiId, responseType: 'AUTHORIZER_FAILURE', responseParameters: { 'gatewayresponse.header.foo': "'bar'" } }),
    );
    match('get-gateway-responses', sortedByType(await call('GetGatewayResponses', { restApiId })));
  });

  recordedTest(`${KEY}::test_gateway_response_validation`, async (ctx) => {
    const { call, match } = ctx;
    const restApiId = await createApi(ctx);
    // The test's fake id `apiid123<uid>` is recorded as `fake-api-id`.
    const fake = { restApiId: 'fake-api-id', responseType: 'DEFAULT_4XX' };
    match('get-gateway-responses-no-api', await call('GetGatewayResponses', { restApiId: fake.restApiId }));
    match('get-gateway-response-no-api', await call('GetGatewayResponse', fake));
    match('delete-gateway-response-no-api', await call('DeleteGatewayResponse', fake));
    match('update-gateway-response-no-api', await call('UpdateGatewayResponse', { ...fake, patchOperations: [] }));
    match('delete-gateway-response-not-set', await call('DeleteGatewayResponse', { restApiId, responseType: 'DEFAULT_4XX' }));
    const wrong = { restApiId, responseType: 'FAKE_RESPONSE_TYPE' };
    match('get-gateway-response-wrong-response-type', await call('GetGatewayResponse', wrong));
    match('delete-gateway-response-wrong-response-type', await call('DeleteGatewayResponse', wrong));
    match('update-gateway-response-wrong-response-type', await call('UpdateGatewayResponse', { ...wrong, patchOperations: [] }));
    match('put-gateway-response-wrong-response-type', await call('PutGatewayResponse', { ...wrong, statusCode: '404', responseParameters: {}, responseTemplates: {} }));
  });

  describe('TestApiGatewayGatewayResponse (Update* operations)', () => {
    recordedTest(`${KEY}::test_update_gateway_response`, async (ctx) => {
      const { call, match } = ctx;
      const restApiId = await createApi(ctx);
      const target = { restApiId, responseType: 'DEFAULT_4XX' };
      const update = (patchOperations: Patch[] | Record<string, string>[], responseType = 'DEFAULT_4XX'): Promise<Boto3Response> =>
        call('UpdateGatewayResponse', { restApiId, responseType, patchOperations });
      const allowOrigin = '/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin';

      match('update-gateway-response-not-set', await update([{ op: 'replace', path: '/statusCode', value: '444' }]));
      match('default-get-gateway-response', await call('GetGatewayResponse', target));
      match(
        'put-gateway-response',
        await call('PutGatewayResponse', {
          ...target,
          statusCode: '404',
          responseParameters: EXAMPLE_PARAMETERS,
          // Python's json.dumps({"application/json": '{"message":$context.error.messageString}'})
          responseTemplates: { 'application/json': '{"application/json": "{\\"message\\":$context.error.messageString}"}' },
        }),
      );
      match(
        'update-gateway-response',
        await update([
          { op: 'replace', path: '/statusCode', value: '444' },
          { op: 'replace', path: allowOrigin, value: "'example.com'" },
          {
            op: 'add',
            path: '/responseTemplates/application~1xml',
            value: '<gatewayResponse><message>$context.error.messageString</message><type>$context.error.responseType</type></gatewayResponse>',
          },
        ]),
      );
      match('get-gateway-response', await call('GetGatewayResponse', target));
      match('update-gateway-add-status-code', await update([{ op: 'add', path: '/statusCode', value: '444' }]));
      match('update-gateway-remove-status-code', await update([{ op: 'remove', path: '/statusCode' }]));
      match('update-gateway-replace-invalid-parameter', await update([{ op: 'replace', path: allowOrigin, value: "'example.com'" }], 'DEFAULT_5XX'));
      match('update-gateway-no-path', await update([{ op: 'add', value: "'example.com'" }]));
      match('update-gateway-wrong-op', await update([{ op: 'wrong-op', path: '/statusCode', value: "'example.com'" }]));
      match('update-gateway-wrong-path', await update([{ op: 'add', path: '/wrongPath', value: "'example.com'" }]));
      // The test loops over two paths with `value: None` (the SDK leaves a missing value out).
      match('update-gateway-replace-invalid-parameter-0-none', await update([{ op: 'replace', path: '/responseTemplates/application~1xml' }]));
      match('update-gateway-replace-invalid-parameter-1-none', await update([{ op: 'replace', path: allowOrigin }]));
    });
  });
});
