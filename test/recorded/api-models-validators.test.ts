/**
 * Ports of LocalStack's `test_apigateway_api.py::TestApiGatewayApiModels` and
 * `::TestApiGatewayApiRequestValidator` (responses recorded from AWS). Each test replays the calls
 * the LocalStack test makes, in the same order.
 */
import { describe } from 'vitest';
import { recordedTest, type Boto3Response, type RecordedContext } from './harness.js';

const MODELS = 'test_apigateway_api.py::TestApiGatewayApiModels';
const VALIDATORS = 'test_apigateway_api.py::TestApiGatewayApiRequestValidator';

type Patch = { op: string; path: string; value?: string };

/** The schema of AWS's CreateModel example, as the test sends it. */
const CALC_OUTPUT_SCHEMA =
  '{\n\t"title": "Calc output",\n\t"type": "object",\n\t"properties": {\n\t\t"a": {\n\t\t\t"type": "number"\n\t\t},\n\t\t"b": {\n\t\t\t"type": "number"\n\t\t},\n\t\t"op": {\n\t\t\t"description": "operation of +, -, * or /",\n\t\t\t"type": "string"\n\t\t},\n\t\t"c": {\n\t\t    "type": "number"\n\t\t}\n\t},\n\t"required": ["a", "b", "op"]\n}\n';

/** Python's `json.dumps({"title": title, "type": "object"})`. */
const objectSchema = (title: string): string => JSON.stringify({ title, type: 'object' }).replace(/":/g, '": ').replace(/,"/g, ', "');

async function createApi(ctx: RecordedContext, description: string): Promise<string> {
  return String((await ctx.call('CreateRestApi', { name: ctx.unique('test-api'), description })).id);
}

describe('recorded: TestApiGatewayApiModels', () => {
  recordedTest(`${MODELS}::test_model_lifecycle`, async (ctx) => {
    const { call, match } = ctx;
    const restApiId = await createApi(ctx, 'testing resource model lifecycle');
    match(
      'create-model',
      await call('CreateModel', { name: 'CalcOutput', restApiId, contentType: 'application/json', description: 'Calc output model', schema: CALC_OUTPUT_SCHEMA }),
    );
    const models = await call('GetModels', { restApiId });
    (models.items as { name: string }[]).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    match('get-models', models);
    match('get-model', await call('GetModel', { restApiId, modelName: 'CalcOutput' }));
    match('del-model', await call('DeleteModel', { restApiId, modelName: 'CalcOutput' }));
  });

  recordedTest(`${MODELS}::test_model_validation`, async (ctx) => {
    const { call, match } = ctx;
    const restApiId = await createApi(ctx, 'testing resource model lifecycle');
    const fake = 'abcde0';
    const schema = objectSchema('MySchema');
    match('create-model-wrong-id', await call('CreateModel', { name: 'MySchema', restApiId: fake, contentType: 'application/json', description: 'Test model', schema }));
    match('get-models-wrong-id', await call('GetModels', { restApiId: fake }));
    match('get-model-wrong-id', await call('GetModel', { restApiId: fake, modelName: 'MySchema' }));
    match('del-model-wrong-id', await call('DeleteModel', { restApiId: fake, modelName: 'MySchema' }));

    // The test asserts that a model with an empty description is created (201).
    const created = await call('CreateModel', { name: 'MySchema', restApiId, contentType: 'application/json', description: '', schema });
    if (created.ResponseMetadata?.HTTPStatusCode !== 201) throw new Error(`CreateModel: ${JSON.stringify(created)}`);

    match('create-model-already-exists', await call('CreateModel', { name: 'MySchema', restApiId, contentType: 'application/json', description: '', schema }));
    match('create-model-empty-name', await call('CreateModel', { name: '', restApiId, contentType: 'application/json', description: '', schema }));
    match('create-model-empty-schema', await call('CreateModel', { name: 'MyEmptySchema', restApiId, contentType: 'application/json', description: '', schema: '' }));
    match('create-model-no-schema-json', await call('CreateModel', { name: 'MyEmptySchema', restApiId, contentType: 'application/json', description: '' }));
    match('create-model-no-schema-xml', await call('CreateModel', { name: 'MyEmptySchemaXml', restApiId, contentType: 'application/xml', description: '' }));
  });

  describe('TestApiGatewayApiModels (Update* operations)', () => {
    recordedTest(`${MODELS}::test_update_model`, async (ctx) => {
      const { call, match } = ctx;
      const restApiId = await createApi(ctx, 'testing update resource model');
      const update = (patchOperations: Patch[], target: Record<string, unknown> = {}): Promise<Boto3Response> =>
        call('UpdateModel', { restApiId, modelName: 'MySchema', patchOperations, ...target });
      const patch: Patch[] = [
        { op: 'replace', path: '/schema', value: objectSchema('Updated schema') },
        { op: 'replace', path: '/description', value: '' },
      ];
      match('update-model-wrong-id', await update(patch, { restApiId: 'abcde0', modelName: 'mySchema' }));
      match('create-model', await call('CreateModel', { name: 'MySchema', restApiId, contentType: 'application/json', description: '', schema: objectSchema('MySchema') }));
      match('update-model', await update(patch));
      match('update-model-invalid-op', await update([{ op: 'add', path: '/wrong-path', value: 'not supported op' }]));
      match('update-model-invalid-path', await update([{ op: 'replace', path: '/name', value: 'invalid' }]));
      match('update-model-empty-schema', await update([{ op: 'replace', path: '/schema', value: '' }]));
    });
  });
});

describe('recorded: TestApiGatewayApiRequestValidator', () => {
  /** `create-rest-api` and `create-request-validator`, as the lifecycle tests start. */
  async function apiWithValidator(ctx: RecordedContext, matchCreates: boolean): Promise<{ restApiId: string; validatorId: string }> {
    const api = await ctx.call('CreateRestApi', { name: ctx.unique('test-api'), description: 'my api' });
    if (matchCreates) ctx.match('create-rest-api', api);
    const validator = await ctx.call('CreateRequestValidator', { restApiId: api.id, name: ctx.unique('test-validator') });
    if (matchCreates) ctx.match('create-request-validator', validator);
    return { restApiId: String(api.id), validatorId: String(validator.id) };
  }

  recordedTest(`${VALIDATORS}::test_validators_crud_no_api`, async ({ call, match }) => {
    match(
      'wrong-rest-api-id-create-validator',
      await call('CreateRequestValidator', { restApiId: 'test-fake-rest-id', name: 'test-validator', validateRequestBody: true, validateRequestParameters: false }),
    );
    match('wrong-rest-api-id-get-validators', await call('GetRequestValidators', { restApiId: 'test-fake-rest-id' }));
  });

  recordedTest(`${VALIDATORS}::test_invalid_get_request_validator`, async (ctx) => {
    const { restApiId, validatorId } = await apiWithValidator(ctx, false);
    ctx.match('get-request-validators-invalid-api-id', await ctx.call('GetRequestValidator', { restApiId: 'api_id', requestValidatorId: validatorId }));
    ctx.match('get-request-validators-invalid-validator-id', await ctx.call('GetRequestValidator', { restApiId, requestValidatorId: 'validator_id' }));
  });

  recordedTest(`${VALIDATORS}::test_invalid_get_request_validators`, async ({ call, match }) => {
    match('get-invalid-request-validators', await call('GetRequestValidators', { restApiId: 'api_id' }));
  });

  recordedTest(`${VALIDATORS}::test_invalid_delete_request_validator`, async (ctx) => {
    const { restApiId, validatorId } = await apiWithValidator(ctx, false);
    ctx.match('delete-request-validator-invalid-api-id', await ctx.call('DeleteRequestValidator', { restApiId: 'api_id', requestValidatorId: validatorId }));
    ctx.match('delete-request-validator-invalid-validator-id', await ctx.call('DeleteRequestValidator', { restApiId, requestValidatorId: 'validator_id' }));
  });

  recordedTest(`${VALIDATORS}::test_create_request_validator_invalid_api_id`, async ({ call, match, unique }) => {
    match('invalid-create-request-validator', await call('CreateRequestValidator', { restApiId: 'api_id', name: unique('test-validator') }));
  });

  describe('TestApiGatewayApiRequestValidator (Update* operations)', () => {
    recordedTest(`${VALIDATORS}::test_request_validator_lifecycle`, async (ctx) => {
      const { call, match } = ctx;
      const { restApiId, validatorId } = await apiWithValidator(ctx, true);
      const target = { restApiId, requestValidatorId: validatorId };
      match('get-request-validator', await call('GetRequestValidator', target));
      match('get-request-validators', await call('GetRequestValidators', { restApiId }));
      match('update-request-validator-with-value', await call('UpdateRequestValidator', { ...target, patchOperations: [{ op: 'replace', path: '/validateRequestBody', value: 'true' }] }));
      match('update-request-validator-without-value', await call('UpdateRequestValidator', { ...target, patchOperations: [{ op: 'replace', path: '/validateRequestBody' }] }));
      match('get-request-validators-after-update-operation', await call('GetRequestValidator', target));
      match('delete-request-validator', await call('DeleteRequestValidator', target));
      match('get-deleted-request-validator', await call('GetRequestValidator', target));
      match('get-request-validators-after-delete', await call('GetRequestValidators', { restApiId }));
    });

    recordedTest(`${VALIDATORS}::test_invalid_update_request_validator_operations`, async (ctx) => {
      const { restApiId, validatorId } = await apiWithValidator(ctx, true);
      const update = (patch: Patch): Promise<Boto3Response> =>
        ctx.call('UpdateRequestValidator', { restApiId, requestValidatorId: validatorId, patchOperations: [patch] });
      ctx.match('update-request-validator-invalid-add-operation', await update({ op: 'add', path: '/validateRequestBody', value: 'true' }));
      ctx.match('update-request-validator-invalid-remove-operation', await update({ op: 'remove', path: '/validateRequestBody', value: 'true' }));
      ctx.match('update-request-validator-invalid-path', await update({ op: 'replace', path: '/invalidPath', value: 'true' }));
      ctx.match('update-request-validator-empty-name-value', await update({ op: 'replace', path: '/name' }));
    });
  });
});
