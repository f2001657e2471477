/**
 * Ports of LocalStack's `test_apigateway_api.py::TestApiGatewayApiRestApi` (responses recorded from
 * AWS). Each test replays the calls the LocalStack test makes, in the same order.
 */
import { describe } from 'vitest';
import { recordedTest, type Boto3Response } from './harness.js';

const KEY = 'test_apigateway_api.py::TestApiGatewayApiRestApi';

/**
 * The recording has no top-level `message` for errors the service model does not declare
 * (ValidationException): botocore copies `message` only for modelled exceptions. The harness adds
 * it to every error, so it is not compared for those entries.
 */

type Patch = { op: string; path: string; value?: string };

describe('recorded: TestApiGatewayApiRestApi', () => {
  recordedTest(`${KEY}::test_list_and_delete_apis`, async ({ call, match, unique }) => {
    const api1 = await call('CreateRestApi', { name: unique('test-list-and-delete-apis'), description: 'this is my api' });
    match('create-rest-api-1', api1);
    const api2 = await call('CreateRestApi', { name: unique('test-list-and-delete-apis'), description: 'this is my api2' });
    match('create-rest-api-2', api2);

    // The test sorts the listing by createdDate; equal dates keep the order of creation.
    const created = [api1.id, api2.id];
    const list = await call('GetRestApis');
    (list.items as { id: string; createdDate: Date }[]).sort(
      (a, b) => a.createdDate.getTime() - b.createdDate.getTime() || created.indexOf(a.id) - created.indexOf(b.id),
    );
    match('get-rest-api-before-delete', list);

    match('delete-rest-api', await call('DeleteRestApi', { restApiId: api1.id }));
    match('get-rest-api-after-delete', await call('GetRestApis'));
  });

  recordedTest(
    `${KEY}::test_get_api_case_insensitive`,
    async ({ call, match, unique }) => {
      const api = await call('CreateRestApi', { name: unique('test-case-sensitive-apis'), description: 'lower case api' });
      match('create-rest-api', api);
      match('get-api-upper-case', await call('GetRestApi', { restApiId: String(api.id).toUpperCase() }));
    },
    // Recorded in April 2024, before AWS added `endpointConfiguration.ipAddressType` (every later
    // recording of CreateRestApi, e.g. test_list_and_delete_apis, has it).
    { ignore: ['$.endpointConfiguration.ipAddressType'] },
  );

  recordedTest(`${KEY}::test_create_rest_api_with_optional_params`, async ({ call, match, unique }) => {
    match('create-only-name', await call('CreateRestApi', { name: unique('test-api') }));
    match('create-empty-desc', await call('CreateRestApi', { name: unique('test-api'), description: '' }));
    match('create-with-version', await call('CreateRestApi', { name: unique('test-api'), version: 'v1' }));
    match('create-with-empty-binary-media', await call('CreateRestApi', { name: unique('test-api'), binaryMediaTypes: [] }));
    match('string-compression-size', await call('CreateRestApi', { name: unique('test-api'), minimumCompressionSize: -1 }));
  });

  recordedTest(`${KEY}::test_create_rest_api_with_binary_media_types`, async ({ call, match, unique }) => {
    match('create-with-binary-media', await call('CreateRestApi', { name: unique('test-api'), binaryMediaTypes: ['image/png'] }));
  });

  recordedTest(`${KEY}::test_create_rest_api_with_tags`, async ({ call, match, unique }) => {
    const api = await call('CreateRestApi', { name: unique('test-api'), description: 'this is my api', tags: { MY_TAG1: 'MY_VALUE1' } });
    match('create-rest-api-w-tags', api);
    match('get-rest-api-w-tags', await call('GetRestApi', { restApiId: api.id }));
    match('get-rest-apis-w-tags', await call('GetRestApis'));
  });

  recordedTest(`${KEY}::test_create_rest_api_with_endpoint_configuration`, async ({ call, match, unique }) => {
    const create = (input: Record<string, unknown>): Promise<Boto3Response> => call('CreateRestApi', { name: unique('test-api'), ...input });
    match('create-with-empty-types', await create({ endpointConfiguration: { types: [] } }));
    match('create-with-invalid-ip-address-type', await create({ endpointConfiguration: { ipAddressType: 'wrong', types: ['EDGE'] } }));
    match('create-with-invalid-types', await create({ endpointConfiguration: { ipAddressType: 'ipv4', types: ['wrong'] } }));
    match(
      'create-with-invalid-ip-address-type-and-types',
      await create({ endpointConfiguration: { ipAddressType: 'wrong', types: ['wrong'] } }),
    );
    match(
      'create-with-invalid-types-and-ip-address-type',
      await create({ endpointConfiguration: { types: ['wrong'], ipAddressType: 'wrong' } }),
    );
    match(
      'create-with-multiple-errors-1',
      await create({ description: '', minimumCompressionSize: -1, endpointConfiguration: { ipAddressType: 'wrong', types: ['wrong'] } }),
    );
    match(
      'create-with-multiple-errors-2',
      await create({ description: '', minimumCompressionSize: -1, endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] } }),
    );
    match('create-with-two-types', await create({ endpointConfiguration: { types: ['EDGE', 'REGIONAL'] } }));
    match('create-with-endpoint-config-dualstack', await create({ endpointConfiguration: { ipAddressType: 'dualstack', types: ['EDGE'] } }));
    match('create-with-endpoint-config-regional', await create({ endpointConfiguration: { ipAddressType: 'ipv4', types: ['REGIONAL'] } }));
  });

  recordedTest(`${KEY}::test_create_rest_api_private_type`, async ({ call, match, unique }) => {
    const create = (input: Record<string, unknown>): Promise<Boto3Response> => call('CreateRestApi', { name: unique('test-api'), ...input });
    match('create-with-private-type-and-ipv4-ip-address-type', await create({ endpointConfiguration: { ipAddressType: 'ipv4', types: ['PRIVATE'] } }));
    match(
      'create-with-private-type-and-wrong-ip-address-type',
      await create({ endpointConfiguration: { ipAddressType: 'wrong', types: ['PRIVATE'] } }),
    );
    match(
      'create-with-private-type-and-ipv4-ip-address-type-and-empty-description',
      await create({ description: '', endpointConfiguration: { ipAddressType: 'ipv4', types: ['PRIVATE'] } }),
    );
  });

  recordedTest(`${KEY}::test_create_rest_api_verify_defaults`, async ({ call, match, unique }) => {
    const create = (input: Record<string, unknown>): Promise<Boto3Response> => call('CreateRestApi', { name: unique('test-api'), ...input });
    match('create-with-edge-default', await create({ endpointConfiguration: { types: ['EDGE'] } }));
    match('create-with-regional-default', await create({ endpointConfiguration: { types: ['REGIONAL'] } }));
    match('create-with-private-default', await create({ endpointConfiguration: { types: ['PRIVATE'] } }));
    match('create-with-empty-default', await create({}));
    match(
      'create-with-empty-ip-address-type-and-wrong-type',
      await create({ description: '', endpointConfiguration: { types: ['wrong'] } }),
    );
  });

  describe('TestApiGatewayApiRestApi (Update* operations)', () => {
    recordedTest(`${KEY}::test_update_rest_api_operation_add_remove`, async ({ call, match, unique }) => {
      const api = await call('CreateRestApi', { name: unique('test-api'), description: 'this is my api' });
      const update = (patchOperations: Patch[]): Promise<Boto3Response> => call('UpdateRestApi', { restApiId: api.id, patchOperations });
      match(
        'update-rest-api-add',
        await update([
          { op: 'add', path: '/binaryMediaTypes/image~1png' },
          { op: 'add', path: '/binaryMediaTypes/image~1jpeg' },
        ]),
      );
      match('update-rest-api-replace', await update([{ op: 'replace', path: '/binaryMediaTypes/image~1png', value: 'image/gif' }]));
      match(
        'update-rest-api-remove',
        await update([
          { op: 'remove', path: '/binaryMediaTypes/image~1gif' },
          { op: 'remove', path: '/description' },
        ]),
      );
    });

    recordedTest(`${KEY}::test_update_rest_api_compression`, async ({ call, match, unique }) => {
      const api = await call('CreateRestApi', { name: unique('test-api'), description: 'this is my api' });
      const update = (patchOperations: Patch[]): Promise<Boto3Response> => call('UpdateRestApi', { restApiId: api.id, patchOperations });
      const expectReadable = async (): Promise<void> => {
        const got = await call('GetRestApi', { restApiId: api.id });
        if (got.ResponseMetadata?.HTTPStatusCode !== 200) throw new Error(`GetRestApi after update: ${JSON.stringify(got)}`);
      };
      match('enable-compression', await update([{ op: 'replace', path: '/minimumCompressionSize', value: '10' }]));
      await expectReadable();
      match('disable-compression', await update([{ op: 'replace', path: '/minimumCompressionSize', value: '' }]));
      await expectReadable();
      match('set-compression-zero', await update([{ op: 'replace', path: '/minimumCompressionSize', value: '0' }]));
      await expectReadable();
      match('set-negative-compression', await update([{ op: 'replace', path: '/minimumCompressionSize', value: '-1' }]));
      match('set-string-compression', await update([{ op: 'replace', path: '/minimumCompressionSize', value: 'test' }]));
      match('unsupported-operation', await update([{ op: 'add', path: '/minimumCompressionSize', value: '10' }]));
    });

    recordedTest(`${KEY}::test_update_rest_api_behaviour`, async ({ call, match, unique }) => {
      const api = await call('CreateRestApi', { name: unique('test-api'), description: 'this is my api' });
      const update = (patchOperations: Patch[]): Promise<Boto3Response> => call('UpdateRestApi', { restApiId: api.id, patchOperations });
      match('update-rest-api-array', await update([{ op: 'add', path: '/binaryMediaTypes/-', value: 'image/png' }]));
      match('update-rest-api-add-base-path', await update([{ op: 'add', path: '/binaryMediaTypes', value: 'image/gif' }]));
      match('update-rest-api-replace-base-path', await update([{ op: 'replace', path: '/binaryMediaTypes', value: 'image/gif' }]));
      match('update-rest-api-remove-base-path', await update([{ op: 'remove', path: '/binaryMediaTypes' }]));
    });

    recordedTest(`${KEY}::test_update_rest_api_invalid_api_id`, async ({ call, match }) => {
      const patchOperations: Patch[] = [{ op: 'replace', path: '/apiKeySource', value: 'AUTHORIZER' }];
      match('not-found-update-rest-api', await call('UpdateRestApi', { restApiId: 'api_id', patchOperations }));
    });

    recordedTest(`${KEY}::test_update_rest_api_ip_address_type`, async ({ call, match, unique }) => {
      const api = await call('CreateRestApi', { name: unique('test-api') });
      const update = (patchOperations: Patch[]): Promise<Boto3Response> => call('UpdateRestApi', { restApiId: api.id, patchOperations });
      match(
        'update-rest-api-replace-type',
        await update([
          { op: 'replace', path: '/endpointConfiguration/types/0', value: 'EDGE' },
          { op: 'replace', path: '/endpointConfiguration/types/0', value: 'REGIONAL' },
          { op: 'replace', path: '/endpointConfiguration/types/0', value: 'PRIVATE' },
        ]),
      );
      match(
        'update-rest-api-replace-to-ipv4-within-private-type',
        await update([{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'ipv4' }]),
      );
      match('update-rest-api-wrong-ipAddressType', await update([{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'wrong' }]));
      match('update-rest-api-wrong-type', await update([{ op: 'replace', path: '/endpointConfiguration/types/0', value: 'wrong' }]));
      match(
        'update-rest-api-invalid-operation-on-ipAddressType',
        await update([{ op: 'remove', path: '/endpointConfiguration/ipAddressType', value: 'dualstack' }]),
      );
      match('update-rest-api-invalid-operation-on-type', await update([{ op: 'remove', path: '/endpointConfiguration/types/0', value: 'EDGE' }]));
      match(
        'update-rest-api-replace-ip-address-type',
        await update([{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'dualstack' }]),
      );
    });

    recordedTest(`${KEY}::test_update_rest_api_concatenation_of_errors`, async ({ call, match, unique }) => {
      const api = await call('CreateRestApi', { name: unique('test-api') });
      const update = (patchOperations: Patch[]): Promise<Boto3Response> => call('UpdateRestApi', { restApiId: api.id, patchOperations });
      const onIpAddressType: Patch = { op: 'wrong', path: '/endpointConfiguration/ipAddressType', value: 'dualstack' };
      const onType: Patch = { op: 'wrong', path: '/endpointConfiguration/types/0', value: 'EDGE' };
      match('update-rest-api-wrong-operations-on-ipAddressType', await update([onIpAddressType, onIpAddressType]));
      match('update-rest-api-wrong-operations-on-type', await update([onType, onType]));
      match(
        'update-rest-api-wrong-operations-on-type-and-on-ip-address-type',
        await update([onIpAddressType, onType, { op: 'wrong', path: '/binaryMediaTypes', value: 'image/gif' }]),
      );
    });
  });
});
