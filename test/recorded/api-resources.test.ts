/**
 * Ports of LocalStack's `test_apigateway_api.py::TestApiGatewayApiResource` (responses recorded from
 * AWS). Each test replays the calls the LocalStack test makes, in the same order.
 */
import { describe } from 'vitest';
import { recordedTest, type Boto3Response, type RecordedContext } from './harness.js';

const KEY = 'test_apigateway_api.py::TestApiGatewayApiResource';

type Patch = { op: string; path: string; value?: string };
type ResourceItem = { id: string; path: string };

/** `SortingTransformer("items", lambda x: x["path"])`, which several of these tests install. */
function sortedByPath(res: Boto3Response): Boto3Response {
  const items = res.items as ResourceItem[] | undefined;
  items?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return res;
}

/** CreateRestApi, then the root resource id as the tests read it: `get_resources(...)["items"][0]["id"]`. */
async function createApi(ctx: RecordedContext, description: string): Promise<{ apiId: string; rootId: string; resources: Boto3Response }> {
  const api = await ctx.call('CreateRestApi', { name: ctx.unique('test-api'), description });
  const resources = await ctx.call('GetResources', { restApiId: api.id });
  const rootId = (resources.items as ResourceItem[])[0]!.id;
  return { apiId: String(api.id), rootId, resources };
}

describe('recorded: TestApiGatewayApiResource', () => {
  recordedTest(`${KEY}::test_delete_resource`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createApi(ctx, 'testing resource behaviour');
    const pets = await call('CreateResource', { restApiId: apiId, parentId: rootId, pathPart: 'pets' });
    const subpets = await call('CreateResource', { restApiId: apiId, parentId: pets.id, pathPart: 'subpets' });
    match('delete-resource', await call('DeleteResource', { restApiId: apiId, resourceId: pets.id }));
    match('get-resources', await call('GetResources', { restApiId: apiId }));
    match('delete-subresource', await call('DeleteResource', { restApiId: apiId, resourceId: subpets.id }));
  });

  recordedTest(`${KEY}::test_create_resource_parent_invalid`, async ({ call, match, unique }) => {
    const api = await call('CreateRestApi', { name: unique('test-api'), description: 'testing resource parent' });
    match('wrong-resource-parent-id', await call('CreateResource', { restApiId: api.id, parentId: 'fake-resource-id', pathPart: 'subpets' }));
  });

  recordedTest(`${KEY}::test_create_proxy_resource`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createApi(ctx, 'testing resource proxy');
    const create = (parentId: unknown, pathPart: string): Promise<Boto3Response> => call('CreateResource', { restApiId: apiId, parentId, pathPart });

    match('create-base-proxy-resource', await create(rootId, '{proxy+}'));
    const parent = await create(rootId, 'parent');
    // The test snapshots only the id of this one.
    match('create-proxy-sibling-resource', parent.id);
    const parentProxy = await create(parent.id, '{proxy+}');
    match('create-proxy-sibling-proxy-child-resource', parentProxy);
    const child = await create(parent.id, 'child');
    match('create-proxy-sibling-static-child-resource', child);
    match('create-static-child-proxy-resource', await create(child.id, '{proxy+}'));
    match('all-resources', sortedByPath(await call('GetResources', { restApiId: apiId })));

    await call('DeleteResource', { restApiId: apiId, resourceId: parentProxy.id });
    const dynamicChild = await create(parent.id, '{child}');
    match('create-proxy-sibling-dynamic-child-resource', dynamicChild);
    match('create-dynamic-child-proxy-resource', await create(dynamicChild.id, '{proxy+}'));
    match('all-resources-2', sortedByPath(await call('GetResources', { restApiId: apiId })));
  });

  recordedTest(`${KEY}::test_create_proxy_resource_validation`, async (ctx) => {
    const { call, match } = ctx;
    const { apiId, rootId } = await createApi(ctx, 'testing resource proxy');
    const create = (parentId: unknown, pathPart: string): Promise<Boto3Response> => call('CreateResource', { restApiId: apiId, parentId, pathPart });

    const baseProxy = await create(rootId, '{proxy+}');
    match('create-base-proxy-resource', baseProxy);
    match('create-proxy-dynamic-sibling-resource', await create(rootId, '{dynamic}'));
    match('create-proxy-static-child-resource', await create(baseProxy.id, 'child'));
    match('create-proxy-dynamic-child-resource', await create(baseProxy.id, '{child}'));
    const parent = await create(rootId, 'parent');
    match('create-greedy-child-resource', await create(parent.id, '{child+}'));
  });

  describe('TestApiGatewayApiResource (Update* operations)', () => {
    recordedTest(`${KEY}::test_resource_lifecycle`, async (ctx) => {
      const { call, match } = ctx;
      const { apiId, rootId, resources } = await createApi(ctx, 'testing resource lifecycle');
      match('rest-api-root-resource', sortedByPath(resources));

      const pets = await call('CreateResource', { restApiId: apiId, parentId: rootId, pathPart: 'pets' });
      match('create-resource', pets);
      match('rest-api-resources-after-create', sortedByPath(await call('GetResources', { restApiId: apiId })));
      match('create-subresource', await call('CreateResource', { restApiId: apiId, parentId: pets.id, pathPart: 'subpets' }));
      match('rest-api-resources-after-create-sub', sortedByPath(await call('GetResources', { restApiId: apiId })));

      const patchOperations: Patch[] = [{ op: 'replace', path: '/pathPart', value: 'dogs' }];
      match('update-path-part', await call('UpdateResource', { restApiId: apiId, resourceId: pets.id, patchOperations }));
      match('get-resp-after-update-path-part', await call('GetResource', { restApiId: apiId, resourceId: pets.id }));
      match('del-resource', await call('DeleteResource', { restApiId: apiId, resourceId: pets.id }));
      match('rest-api-resources-after-delete', sortedByPath(await call('GetResources', { restApiId: apiId })));
    });

    recordedTest(`${KEY}::test_update_resource_behaviour`, async (ctx) => {
      const { call, match } = ctx;
      const { apiId, rootId } = await createApi(ctx, 'testing resource behaviour');
      const update = (resourceId: unknown, patchOperations: Patch[]): Promise<Boto3Response> =>
        call('UpdateResource', { restApiId: apiId, resourceId, patchOperations });

      const pets = await call('CreateResource', { restApiId: apiId, parentId: rootId, pathPart: 'pets' });
      match('nonexistent-resource', await update('fake-resource', [{ op: 'replace', path: '/pathPart', value: 'dogs' }]));
      match('invalid-path-part', await update(pets.id, [{ op: 'replace', path: '/invalid', value: 'dogs' }]));
      match('invalid-parent-id', await update(pets.id, [{ op: 'replace', path: '/parentId', value: 'fake-parent-id' }]));

      const subpets = await call('CreateResource', { restApiId: apiId, parentId: pets.id, pathPart: 'subpets' });
      match('create-subresource', subpets);
      const subpetsChild = await call('CreateResource', { restApiId: apiId, parentId: subpets.id, pathPart: 'pets' });
      match('create-subresource-child', subpetsChild);

      match('existing-future-sibling-path', await update(subpetsChild.id, [{ op: 'replace', path: '/parentId', value: rootId }]));
      await call('DeleteResource', { restApiId: apiId, resourceId: subpetsChild.id });

      match('update-parent-id-to-subresource-id', await update(pets.id, [{ op: 'replace', path: '/parentId', value: String(subpets.id) }]));
      match('update-parent-id-to-root-id', await update(subpets.id, [{ op: 'replace', path: '/parentId', value: rootId }]));
      match('update-path-already-exists', await update(subpets.id, [{ op: 'replace', path: '/pathPart', value: 'pets' }]));

      await call('DeleteResource', { restApiId: apiId, resourceId: pets.id });
      match('resources-after-deletion', sortedByPath(await call('GetResources', { restApiId: apiId })));

      match('remove-unsupported', await update(subpets.id, [{ op: 'remove', path: '/pathPart' }]));
      match('add-unsupported', await update(subpets.id, [{ op: 'add', path: '/pathPart', value: 'added-pets' }]));
    });

    recordedTest(`${KEY}::test_update_resource_on_root`, async ({ call, match, unique }) => {
      const api = await call('CreateRestApi', { name: unique('test-api'), description: 'testing resource behaviour' });
      const rootId = String(api.rootResourceId);
      const update = (patchOperations: Patch[]): Promise<Boto3Response> => call('UpdateResource', { restApiId: api.id, resourceId: rootId, patchOperations });
      match('update-root-path-part', await update([{ op: 'replace', path: '/pathPart', value: 'dogs' }]));
      match('update-root-parent', await update([{ op: 'replace', path: '/parentId', value: rootId }]));
    });
  });
});
