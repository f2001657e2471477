/**
 * Ports of the recorded tests of documentation parts and versions, API keys and usage plans:
 * `test_apigateway_api.py::TestApiGatewayApiDocumentationPart`, `test_apigateway_common.py::
 * TestDocumentations`, `::TestStages` (their stages carry a documentation version),
 * `::TestUsagePlans` and `test_apigateway_extended.py::TestApigatewayApiKeysCrud` (responses
 * recorded from AWS). Each test replays the calls the LocalStack test makes, in the same order.
 */
import { describe } from 'vitest';
import { recordedTest, type Boto3Response, type RecordedContext } from './harness.js';

const DOC_PARTS = 'test_apigateway_api.py::TestApiGatewayApiDocumentationPart';
const DOCS = 'test_apigateway_common.py::TestDocumentations';
const STAGES = 'test_apigateway_common.py::TestStages';
const USAGE_PLANS = 'test_apigateway_common.py::TestUsagePlans';
const API_KEYS = 'test_apigateway_extended.py::TestApigatewayApiKeysCrud';

type Patch = { op: string; path: string; value?: string };

const SAMPLE = '{ "description": "Sample API description" }';
const UPDATED = '{ "description": "Updated Sample API description" }';

/** `create_rest_apigw(...)` with a documentation part at the API, as most of these tests begin. */
async function apiWithPart(ctx: RecordedContext): Promise<{ restApiId: string; partId: string }> {
  const api = await ctx.call('CreateRestApi', { name: ctx.unique('test-api'), description: 'this is my api' });
  const part = await ctx.call('CreateDocumentationPart', { restApiId: api.id, location: { type: 'API' }, properties: SAMPLE });
  return { restApiId: String(api.id), partId: String(part.id) };
}

describe('recorded: TestApiGatewayApiDocumentationPart', () => {
  recordedTest(`${DOC_PARTS}::test_doc_parts_crud_no_api`, async ({ call, match }) => {
    match(
      'wrong-rest-api-id-create-doc-part',
      await call('CreateDocumentationPart', {
        restApiId: 'test-fake-rest-id',
        location: { type: 'API' },
        properties: '{\n\t"info": {\n\t\t"description" : "Your first API with Amazon API Gateway."\n\t}\n}',
      }),
    );
    match('wrong-rest-api-id-get-doc-parts', await call('GetDocumentationParts', { restApiId: 'test-fake-rest-id' }));
  });

  recordedTest(`${DOC_PARTS}::test_invalid_get_documentation_part`, async (ctx) => {
    const { restApiId, partId } = await apiWithPart(ctx);
    ctx.match('get-documentation-part-invalid-api-id', await ctx.call('GetDocumentationPart', { restApiId: 'api_id', documentationPartId: partId }));
    ctx.match('get-documentation-part-invalid-doc-id', await ctx.call('GetDocumentationPart', { restApiId, documentationPartId: 'documentation_part_id' }));
  });

  recordedTest(`${DOC_PARTS}::test_invalid_get_documentation_parts`, async ({ call, match }) => {
    match('get-inavlid-documentation-parts', await call('GetDocumentationParts', { restApiId: 'api_id' }));
  });

  recordedTest(`${DOC_PARTS}::test_invalid_create_documentation_part_operations`, async (ctx) => {
    const api = await ctx.call('CreateRestApi', { name: ctx.unique('test-api'), description: 'this is my api' });
    ctx.match('create_documentation_part_invalid_api_id', await ctx.call('CreateDocumentationPart', { restApiId: 'api_id', location: { type: 'API' }, properties: SAMPLE }));
    ctx.match(
      'create_documentation_part_invalid_location_type',
      await ctx.call('CreateDocumentationPart', { restApiId: api.id, location: { type: 'INVALID' }, properties: SAMPLE }),
    );
  });

  recordedTest(`${DOC_PARTS}::test_invalid_delete_documentation_part`, async (ctx) => {
    const { restApiId, partId } = await apiWithPart(ctx);
    ctx.match('delete_documentation_part_wrong_api_id', await ctx.call('DeleteDocumentationPart', { restApiId: 'api_id', documentationPartId: partId }));
    ctx.match('delete_documentation_part', await ctx.call('DeleteDocumentationPart', { restApiId, documentationPartId: partId }));
    ctx.match('delete_already_deleted_documentation_part', await ctx.call('DeleteDocumentationPart', { restApiId, documentationPartId: partId }));
  });

  recordedTest(`${DOC_PARTS}::test_import_documentation_parts_bad_file`, async ({ call, match, unique }) => {
    const api = await call('CreateRestApi', { name: unique('test-api'), description: 'APIGW test import documentation' });
    const badYaml = 'test:\n    value:\n        - "value ... \\"escaped\\": $var, \\"dt\\": $(var +"%a")}\\"\n        ';
    match('import-documentation-parts-bad-yaml-file', await call('ImportDocumentationParts', { restApiId: api.id, mode: 'overwrite', body: Buffer.from(badYaml) }));
    match('import-documentation-parts-bad-json-file', await call('ImportDocumentationParts', { restApiId: api.id, mode: 'overwrite', body: Buffer.from("{'key:value}") }));
  });

  describe('TestApiGatewayApiDocumentationPart (Update* operations)', () => {
    recordedTest(`${DOC_PARTS}::test_documentation_part_lifecycle`, async (ctx) => {
      const { call, match } = ctx;
      const api = await call('CreateRestApi', { name: ctx.unique('test-api'), description: 'this is my api' });
      const restApiId = api.id;
      const created = await call('CreateDocumentationPart', { restApiId, location: { type: 'API' }, properties: SAMPLE });
      match('create-documentation-part', created);
      const target = { restApiId, documentationPartId: created.id };
      match('get-documentation-part', await call('GetDocumentationPart', target));
      match('get-documentation-parts', await call('GetDocumentationParts', { restApiId }));
      match('update-documentation-part', await call('UpdateDocumentationPart', { ...target, patchOperations: [{ op: 'replace', path: '/properties', value: UPDATED }] }));
      match('get-documentation-part-after-update', await call('GetDocumentationPart', target));
      match('delete_documentation_part', await call('DeleteDocumentationPart', target));
    });

    recordedTest(`${DOC_PARTS}::test_invalid_update_documentation_part`, async (ctx) => {
      const { restApiId, partId } = await apiWithPart(ctx);
      const update = (patch: Patch, apiId = restApiId): Promise<Boto3Response> =>
        ctx.call('UpdateDocumentationPart', { restApiId: apiId, documentationPartId: partId, patchOperations: [patch] });
      ctx.match('update-documentation-part-invalid-api-id', await update({ op: 'replace', path: '/properties', value: UPDATED }, 'api_id'));
      ctx.match('update-documentation-part-invalid-add-operation', await update({ op: 'add', path: '/properties', value: UPDATED }));
      ctx.match('update-documentation-part-invalid-path', await update({ op: 'replace', path: '/invalidPath', value: UPDATED }));
    });
  });
});

describe('recorded: TestDocumentations', () => {
  describe('TestDocumentations (Update* operations)', () => {
    recordedTest(`${DOCS}::test_documentation_parts_and_versions`, async ({ call, match, unique }) => {
      const api = await call('CreateRestApi', { name: unique('test-api') });
      const restApiId = api.id;
      match('create-part-response', await call('CreateDocumentationPart', { restApiId, location: { type: 'API' }, properties: '{"foo": "bar"}' }));
      match('get-parts-response', await call('GetDocumentationParts', { restApiId }));
      match('create-version-response', await call('CreateDocumentationVersion', { restApiId, documentationVersion: 'v123' }));
      match(
        'update-version-response',
        await call('UpdateDocumentationVersion', {
          restApiId,
          documentationVersion: 'v123',
          patchOperations: [{ op: 'replace', path: '/description', value: 'doc version new' }],
        }),
      );
      match('get-version-response', await call('GetDocumentationVersion', { restApiId, documentationVersion: 'v123' }));
    });
  });
});

describe('recorded: TestStages', () => {
  /** The `_create_api_with_stage` fixture: GET with a MOCK integration, a deployment, documentation v123, stage s1. */
  async function apiWithStage(ctx: RecordedContext): Promise<string> {
    const api = await ctx.call('CreateRestApi', { name: ctx.unique('test-api') });
    const restApiId = api.id;
    const root = { restApiId, resourceId: api.rootResourceId, httpMethod: 'GET' };
    await ctx.call('PutMethod', { ...root, authorizationType: 'NONE' });
    await ctx.call('PutIntegration', { ...root, type: 'MOCK' });
    const deployment = await ctx.call('CreateDeployment', { restApiId });
    await ctx.call('CreateDocumentationPart', { restApiId, location: { type: 'API' }, properties: '{"foo": "bar"}' });
    await ctx.call('CreateDocumentationVersion', { restApiId, documentationVersion: 'v123' });
    ctx.match(
      'create-stage',
      await ctx.call('CreateStage', { restApiId, stageName: 's1', deploymentId: deployment.id, description: 'my stage', documentationVersion: 'v123' }),
    );
    return String(restApiId);
  }

  describe('TestStages (Update* operations)', () => {
    recordedTest(`${STAGES}::test_create_update_stages`, async (ctx) => {
      const restApiId = await apiWithStage(ctx);
      const update = (patchOperations: Patch[]): Promise<Boto3Response> => ctx.call('UpdateStage', { restApiId, stageName: 's1', patchOperations });
      ctx.match('error-update-doc-version', await update([{ op: 'replace', path: '/documentation_version', value: '123' }]));
      ctx.match('error-update-tags', await update([{ op: 'replace', path: '/tags/tag1', value: 'value1' }]));
      ctx.match(
        'update-stage',
        await update([
          { op: 'replace', path: '/description', value: 'stage new' },
          { op: 'replace', path: '/variables/var1', value: 'test' },
          { op: 'replace', path: '/variables/var2', value: 'test2' },
          { op: 'replace', path: '/*/*/throttling/burstLimit', value: '123' },
          { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
          { op: 'replace', path: '/tracingEnabled', value: 'true' },
          { op: 'replace', path: '/test/GET/throttling/burstLimit', value: '124' },
        ]),
      );
      ctx.match('get-stage', await ctx.call('GetStage', { restApiId, stageName: 's1' }));
      ctx.match('update-stage-override', await update([{ op: 'replace', path: '/*/*/throttling/burstLimit', value: '100' }]));
    });

    recordedTest(`${STAGES}::test_update_stage_remove_wildcard`, async (ctx) => {
      const restApiId = await apiWithStage(ctx);
      const update = (patchOperations: Patch[]): Promise<Boto3Response> => ctx.call('UpdateStage', { restApiId, stageName: 's1', patchOperations });
      ctx.match('get-stage', await ctx.call('GetStage', { restApiId, stageName: 's1' }));
      ctx.match('delete-error', await update([{ op: 'remove', path: '/*/*' }]));
      ctx.match('update-stage', await update([{ op: 'replace', path: '/*/*/caching/enabled', value: 'true' }]));
      ctx.match('update-stage-reset', await update([{ op: 'remove', path: '/*/*' }]));
      ctx.match('get-stage-after-reset', await ctx.call('GetStage', { restApiId, stageName: 's1' }));
    });
  });
});

describe('recorded: TestUsagePlans', () => {
  recordedTest(`${USAGE_PLANS}::test_api_key_required_for_methods`, async (ctx) => {
    const { call, match, unique } = ctx;
    const api = await call('CreateRestApi', { name: 'test API key', apiKeySource: 'HEADER' });
    const restApiId = api.id;
    const resource = await call('CreateResource', { restApiId, parentId: api.rootResourceId, pathPart: 'test' });
    const get = { restApiId, resourceId: resource.id, httpMethod: 'GET' };
    await call('PutMethod', { ...get, authorizationType: 'NONE', apiKeyRequired: true });
    await call('PutMethodResponse', { ...get, statusCode: '200' });
    await call('PutIntegration', { ...get, integrationHttpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    await call('PutIntegrationResponse', { ...get, statusCode: '200', selectionPattern: '' });
    await call('CreateDeployment', { restApiId, stageName: 'dev' });
    const plan = await call('CreateUsagePlan', {
      name: unique('test-plan'),
      description: 'Test Usage Plan for API key',
      quota: { limit: 10, period: 'DAY', offset: 0 },
      throttle: { rateLimit: 2, burstLimit: 1 },
      apiStages: [{ apiId: restApiId, stage: 'dev' }],
      tags: { tag_key: 'tag_value' },
    });
    match('create-usage-plan', plan);
    const key = await call('CreateApiKey', { name: unique('testApiKey'), enabled: true });
    match('create-api-key', key);
    match('create-usage-plan-key', await call('CreateUsagePlanKey', { usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' }));
    // The test then invokes /dev/test with and without the key: no recorded key holds those answers.
    match('update-api-key-disabled', await call('UpdateApiKey', { apiKey: key.id, patchOperations: [{ op: 'replace', path: '/enabled', value: 'false' }] }));
  });

  describe('TestUsagePlans (Update* operations)', () => {
    recordedTest(`${USAGE_PLANS}::test_usage_plan_crud`, async ({ call, match, unique }) => {
      for (const old of ((await call('GetUsagePlans')).items as { id: string }[] | undefined) ?? []) await call('DeleteUsagePlan', { usagePlanId: old.id });
      const api = await call('CreateRestApi', { name: unique('test-api'), description: 'this is my api' });
      const restApiId = String(api.id);
      const root = { restApiId, resourceId: api.rootResourceId, httpMethod: 'GET' };
      await call('PutMethod', { ...root, authorizationType: 'none' });
      // echo_http_server_post: the URL is never called here.
      await call('PutIntegration', { ...root, integrationHttpMethod: 'POST', type: 'HTTP', uri: 'http://localhost:4566/post' });
      const deployment = await call('CreateDeployment', { restApiId });
      await call('CreateStage', { restApiId, stageName: 'dev', deploymentId: deployment.id });

      const plan = await call('CreateUsagePlan', { name: unique('test-usage-plan'), description: 'this is my usage plan', apiStages: [{ apiId: restApiId, stage: 'dev' }] });
      match('create-usage-plan', plan);
      const usagePlanId = String(plan.id);
      match('get-usage-plan', await call('GetUsagePlan', { usagePlanId }));
      match('get-usage-plans', await call('GetUsagePlans'));
      const update = (patchOperations: Patch[], id = usagePlanId): Promise<Boto3Response> => call('UpdateUsagePlan', { usagePlanId: id, patchOperations });
      match(
        'update-usage-plan',
        await update([
          { op: 'replace', path: '/throttle/burstLimit', value: '100' },
          { op: 'replace', path: '/throttle/rateLimit', value: '200' },
          { op: 'replace', path: '/quota/period', value: 'MONTH' },
          { op: 'replace', path: '/quota/limit', value: '5000' },
        ]),
      );
      match(
        'update-wrong-id',
        await update(
          [
            { op: 'replace', path: '/throttle/burstLimit', value: '100' },
            { op: 'replace', path: '/throttle/rateLimit', value: '200' },
          ],
          `${usagePlanId}1`,
        ),
      );
      match('update-wrong-api-stages-no-value', await update([{ op: 'remove', path: '/apiStages' }]));
      match('update-wrong-api-stages-wrong-api', await update([{ op: 'remove', path: '/apiStages', value: `${restApiId}b:dev` }]));
      match('update-wrong-api-stages-wrong-stage', await update([{ op: 'remove', path: '/apiStages', value: `${restApiId}:fakestagename` }]));
      match('update-wrong-api-stages-wrong-value', await update([{ op: 'remove', path: '/apiStages', value: 'fakevalue' }]));
      match('get-usage-plan-after-update', await call('GetUsagePlan', { usagePlanId }));
      match('get-usage-plans-after-update', await call('GetUsagePlans'));
    });
  });
});

describe('recorded: TestApigatewayApiKeysCrud', () => {
  recordedTest(`${API_KEYS}::test_get_api_keys`, async ({ call, match, unique }) => {
    const name1 = unique('test-key');
    const name2 = unique('test-key');
    match('get-api-keys', await call('GetApiKeys'));
    match('create-api-key', await call('CreateApiKey', { name: name1 }));
    match('get-api-keys-after-create-1', await call('GetApiKeys'));
    match('get-api-keys-wrong-name-query', await call('GetApiKeys', { nameQuery: name2 }));
    match('get-api-keys-prefix-name-query', await call('GetApiKeys', { nameQuery: name1.slice(0, 8) }));
    match('get-api-keys-prefix-name-query-cased', await call('GetApiKeys', { nameQuery: name1.slice(0, 8).toUpperCase() }));
    match('get-api-keys-postfix-name-query', await call('GetApiKeys', { nameQuery: name1.slice(2) }));
    match('get-api-keys-infix-name-query', await call('GetApiKeys', { nameQuery: name1.slice(2, 8) }));
    match('create-api-key-2', await call('CreateApiKey', { name: name2 }));
    match('get-api-keys-after-create-2', await call('GetApiKeys'));
    match('get-api-keys-name-query', await call('GetApiKeys', { nameQuery: name2 }));
    match('get-api-keys-prefix-name-query-2', await call('GetApiKeys', { nameQuery: name1.slice(0, 8) }));
    const page = await call('GetApiKeys', { limit: 1 });
    match('get-apis-keys-pagination', page);
    match('get-apis-keys-pagination-2', await call('GetApiKeys', { limit: 1, position: page.position }));
  });

  recordedTest(`${API_KEYS}::test_get_usage_plan_api_keys`, async ({ call, match, unique }) => {
    const name1 = unique('test-key');
    const name2 = unique('test-key');
    match('get-api-keys', await call('GetApiKeys'));
    const key1 = await call('CreateApiKey', { name: name1 });
    match('create-api-key', key1);
    const key2 = await call('CreateApiKey', { name: name2 });
    match('create-api-key-2', key2);
    match('get-api-keys-after-create-1', await call('GetApiKeys'));
    const plan = await call('CreateUsagePlan', { name: unique('usage-plan') });
    match('create-usage-plan', plan);
    const usagePlanId = plan.id;
    match('get-up-keys-before-create', await call('GetUsagePlanKeys', { usagePlanId }));
    match('create-up-key', await call('CreateUsagePlanKey', { usagePlanId, keyId: key1.id, keyType: 'API_KEY' }));
    match('create-up-key-2', await call('CreateUsagePlanKey', { usagePlanId, keyId: key2.id, keyType: 'API_KEY' }));
    match('get-up-keys', await call('GetUsagePlanKeys', { usagePlanId }));
    match('get-up-keys-name-query', await call('GetUsagePlanKeys', { usagePlanId, nameQuery: 'test-key' }));
    match('get-up-keys-name-query-cased', await call('GetUsagePlanKeys', { usagePlanId, nameQuery: 'TEST-key' }));
    match('get-up-keys-name-query-key-name', await call('GetUsagePlanKeys', { usagePlanId, nameQuery: name1 }));
    match('get-up-keys-bad-query', await call('GetUsagePlanKeys', { usagePlanId, nameQuery: 'nothing' }));
    await call('DeleteApiKey', { apiKey: key1.id });
    await call('DeleteApiKey', { apiKey: key2.id });
    match('get-up-keys-after-delete', await call('GetUsagePlanKeys', { usagePlanId }));
    match('get-up-keys-bad-usage-plan', await call('GetUsagePlanKeys', { usagePlanId: 'bad-id' }));
  });

  recordedTest(`${API_KEYS}::test_negative_get_usage_plan_api_keys`, async ({ call, match }) => {
    match('get-api-keys-invalid-limit', await call('GetApiKeys', { limit: -1 }));
    const key = await call('CreateApiKey', { name: 'key-enabled-false', enabled: false });
    match('create-api-key', key);
    match('update-api-key-name', await call('UpdateApiKey', { apiKey: key.id, patchOperations: [{ op: 'replace', path: '/name', value: 'new-name' }] }));
  });

  recordedTest(`${API_KEYS}::test_create_api_key_with_invalid_name`, async ({ call, match }) => {
    match('create-api-key-name-too-long', await call('CreateApiKey', { name: 'a'.repeat(1025) }));
    match('create-api-key-empty-name', await call('CreateApiKey', { name: '' }));
    match('create-api-key-no-name', await call('CreateApiKey', {}));
  });

  recordedTest(`${API_KEYS}::test_create_api_key_with_invalid_value`, async ({ call, match }) => {
    match('create-api-key-short-value', await call('CreateApiKey', { value: 'short' }));
    match('create-api-key-invalid-value-too-long', await call('CreateApiKey', { value: 'a'.repeat(129) }));
    match('create-api-key-empty-value', await call('CreateApiKey', { value: '' }));
  });

  describe('TestApigatewayApiKeysCrud (Update* operations)', () => {
    recordedTest(`${API_KEYS}::test_update_api_key_invalid_description_length`, async ({ call, match }) => {
      match('create-api-key-description-too-long', await call('CreateApiKey', { description: 'a'.repeat(125001) }));
      const key = await call('CreateApiKey', {});
      match(
        'update-api-key-description-too-long',
        await call('UpdateApiKey', { apiKey: key.id, patchOperations: [{ op: 'replace', path: '/description', value: 'a'.repeat(125001) }] }),
      );
    });

    recordedTest(`${API_KEYS}::test_update_api_key_invalid_enabled_type`, async ({ call, match }) => {
      const key = await call('CreateApiKey', {});
      match(
        'update-api-key-invalid-enabled-type',
        await call('UpdateApiKey', { apiKey: key.id, patchOperations: [{ op: 'replace', path: '/enabled', value: 'not-a-boolean' }] }),
      );
    });

    recordedTest(`${API_KEYS}::test_update_api_key_immutable_field`, async ({ call, match }) => {
      const key = await call('CreateApiKey', {});
      match('update-api-key-immutable-field', await call('UpdateApiKey', { apiKey: key.id, patchOperations: [{ op: 'replace', path: '/id', value: 'new-id' }] }));
    });
  });

  recordedTest(`${API_KEYS}::test_create_usage_plan_with_throttle`, async ({ call, match, unique }) => {
    match('create-usage-plan-burst-gt-rate', await call('CreateUsagePlan', { name: unique('invalid-throttle-burst-gt-rate'), throttle: { rateLimit: 10, burstLimit: 20 } }));
  });
});
