/**
 * The integration lifecycle driven by @aws-sdk/client-api-gateway against a real server on an
 * ephemeral 127.0.0.1 port: every operation of the foundation issue, their defaults and errors.
 */
import * as sdk from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PorticoServer } from '../../src/server/start.js';
import { sdkClient, startTestServer, TEST_ACCOUNT } from '../support/server.js';

let server: PorticoServer;
let client: sdk.APIGatewayClient;

beforeAll(async () => {
  server = await startTestServer();
  client = sdkClient(server);
});
afterAll(async () => {
  client.destroy();
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string; status: number }> {
  try {
    await promise;
  } catch (err) {
    const e = err as { name: string; message: string; $metadata: { httpStatusCode: number } };
    return { name: e.name, message: e.message, status: e.$metadata.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}

describe('SDK: rest APIs', () => {
  it('creates, reads, lists and deletes, with AWS defaults', async () => {
    const api = await client.send(new sdk.CreateRestApiCommand({ name: 'pets', description: 'd' }));
    expect(api.$metadata.httpStatusCode).toBe(201);
    expect(api).toMatchObject({
      name: 'pets',
      description: 'd',
      apiKeySource: 'HEADER',
      disableExecuteApiEndpoint: false,
      endpointConfiguration: { types: ['EDGE'], ipAddressType: 'ipv4' },
    });
    expect(api.id).toMatch(/^[a-z0-9]{10}$/);
    expect(api.rootResourceId).toMatch(/^[a-z0-9]{10}$/);
    expect(api.createdDate).toBeInstanceOf(Date);
    expect(api.tags).toBeUndefined();
    const got = await client.send(new sdk.GetRestApiCommand({ restApiId: api.id }));
    expect(got.tags).toEqual({});
    expect(got.createdDate?.getTime()).toBe(api.createdDate?.getTime());
    const list = await client.send(new sdk.GetRestApisCommand({}));
    expect(list.items?.map((a) => a.id)).toContain(api.id);
    const deleted = await client.send(new sdk.DeleteRestApiCommand({ restApiId: api.id }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    expect(await failure(client.send(new sdk.GetRestApiCommand({ restApiId: api.id! })))).toEqual({
      name: 'NotFoundException',
      message: `Invalid API identifier specified ${TEST_ACCOUNT}:${api.id}`,
      status: 404,
    });
  });

  it('pages through GetRestApis with limit and position', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 7; i++) ids.add((await client.send(new sdk.CreateRestApiCommand({ name: `page-${i}` }))).id!);
    const seen: string[] = [];
    let position: string | undefined;
    let pages = 0;
    do {
      const page = await client.send(new sdk.GetRestApisCommand({ limit: 3, position }));
      expect(page.items!.length).toBeLessThanOrEqual(3);
      seen.push(...page.items!.map((a) => a.id!));
      position = page.position;
      pages++;
    } while (position);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
    const paginated: string[] = [];
    for await (const page of sdk.paginateGetRestApis({ client, pageSize: 2 }, {})) paginated.push(...page.items!.map((a) => a.id!));
    expect(paginated).toEqual(seen);
  });

  it('validates endpoint configuration as AWS does', async () => {
    expect(await failure(client.send(new sdk.CreateRestApiCommand({ name: 'x', endpointConfiguration: { types: ['EDGE', 'REGIONAL'] } })))).toEqual({
      name: 'BadRequestException',
      message: 'Cannot create an api with multiple Endpoint Types.',
      status: 400,
    });
    const priv = await client.send(new sdk.CreateRestApiCommand({ name: 'p', endpointConfiguration: { types: ['PRIVATE'] } }));
    expect(priv.endpointConfiguration).toEqual({ types: ['PRIVATE'], ipAddressType: 'dualstack' });
  });
});

describe('SDK: resources, methods, integrations', () => {
  it('runs the whole lifecycle down to integration responses', async () => {
    const api = await client.send(new sdk.CreateRestApiCommand({ name: 'lifecycle' }));
    const restApiId = api.id!;
    const root = api.rootResourceId!;
    const pets = await client.send(new sdk.CreateResourceCommand({ restApiId, parentId: root, pathPart: 'pets' }));
    expect(pets).toMatchObject({ parentId: root, pathPart: 'pets', path: '/pets' });
    expect(pets.id).toMatch(/^[a-z0-9]{6}$/);
    const pet = await client.send(new sdk.CreateResourceCommand({ restApiId, parentId: pets.id, pathPart: '{petId}' }));
    expect(pet.path).toBe('/pets/{petId}');

    const method = await client.send(
      new sdk.PutMethodCommand({
        restApiId,
        resourceId: pet.id,
        httpMethod: 'GET',
        authorizationType: 'NONE',
        requestParameters: { 'method.request.path.petId': true },
      }),
    );
    expect(method.$metadata.httpStatusCode).toBe(201);
    expect(method).toMatchObject({ httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: false });
    await client.send(new sdk.PutMethodResponseCommand({ restApiId, resourceId: pet.id, httpMethod: 'GET', statusCode: '200' }));

    const integration = await client.send(
      new sdk.PutIntegrationCommand({
        restApiId,
        resourceId: pet.id,
        httpMethod: 'GET',
        type: 'HTTP',
        integrationHttpMethod: 'GET',
        uri: 'http://petstore.example.com/pets/{id}',
        requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
        requestTemplates: { 'application/json': '{"id": "$input.params(\'petId\')"}' },
      }),
    );
    expect(integration).toMatchObject({
      type: 'HTTP',
      httpMethod: 'GET',
      connectionType: 'INTERNET',
      passthroughBehavior: 'WHEN_NO_MATCH',
      timeoutInMillis: 29000,
      cacheNamespace: pet.id,
      cacheKeyParameters: [],
    });
    const response = await client.send(
      new sdk.PutIntegrationResponseCommand({ restApiId, resourceId: pet.id, httpMethod: 'GET', statusCode: '200', selectionPattern: '' }),
    );
    expect(response).toMatchObject({ statusCode: '200', selectionPattern: '' });
    expect(response.responseTemplates).toBeUndefined();

    const full = await client.send(new sdk.GetMethodCommand({ restApiId, resourceId: pet.id, httpMethod: 'GET' }));
    expect(full.methodResponses).toEqual({ '200': { statusCode: '200' } });
    expect(full.methodIntegration?.integrationResponses?.['200']).toMatchObject({ statusCode: '200', selectionPattern: '' });

    const got = await client.send(new sdk.GetIntegrationCommand({ restApiId, resourceId: pet.id, httpMethod: 'GET' }));
    expect(got.requestTemplates).toEqual({ 'application/json': '{"id": "$input.params(\'petId\')"}' });

    const embedded = await client.send(new sdk.GetResourcesCommand({ restApiId, embed: ['methods'] }));
    const petView = embedded.items!.find((r) => r.id === pet.id)!;
    expect(petView.resourceMethods?.GET?.methodIntegration?.type).toBe('HTTP');
    const plain = await client.send(new sdk.GetResourcesCommand({ restApiId }));
    expect(plain.items!.find((r) => r.id === pet.id)!.resourceMethods).toEqual({ GET: {} });

    await client.send(new sdk.DeleteIntegrationResponseCommand({ restApiId, resourceId: pet.id, httpMethod: 'GET', statusCode: '200' }));
    const after = await client.send(new sdk.GetIntegrationCommand({ restApiId, resourceId: pet.id, httpMethod: 'GET' }));
    expect(after.integrationResponses).toBeUndefined();
    await client.send(new sdk.DeleteIntegrationCommand({ restApiId, resourceId: pet.id, httpMethod: 'GET' }));
    expect((await failure(client.send(new sdk.GetIntegrationCommand({ restApiId, resourceId: pet.id, httpMethod: 'GET' })))).message).toBe(
      'Invalid Integration identifier specified',
    );
    await client.send(new sdk.DeleteMethodResponseCommand({ restApiId, resourceId: pet.id, httpMethod: 'GET', statusCode: '200' }));
    await client.send(new sdk.DeleteMethodCommand({ restApiId, resourceId: pet.id, httpMethod: 'GET' }));
    await client.send(new sdk.DeleteResourceCommand({ restApiId, resourceId: pets.id }));
    const remaining = await client.send(new sdk.GetResourcesCommand({ restApiId }));
    expect(remaining.items).toEqual([{ id: root, path: '/' }]);
  });

  it('reports what is missing, outside in', async () => {
    const api = await client.send(new sdk.CreateRestApiCommand({ name: 'missing' }));
    const at = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: 'GET' };
    expect((await failure(client.send(new sdk.GetIntegrationCommand({ ...at, restApiId: 'nope' })))).message).toBe('Invalid Resource identifier specified');
    expect((await failure(client.send(new sdk.GetIntegrationCommand({ ...at, resourceId: 'nope' })))).message).toBe('Invalid Resource identifier specified');
    expect((await failure(client.send(new sdk.GetIntegrationCommand(at)))).message).toBe('Invalid Method identifier specified');
    await client.send(new sdk.PutMethodCommand({ ...at, authorizationType: 'NONE' }));
    expect(await failure(client.send(new sdk.PutMethodCommand({ ...at, authorizationType: 'NONE' })))).toMatchObject({
      name: 'ConflictException',
      message: 'Method already exists for this resource',
    });
    expect((await failure(client.send(new sdk.GetIntegrationCommand(at)))).message).toBe('Invalid Integration identifier specified');
    expect(
      await failure(client.send(new sdk.PutIntegrationCommand({ ...at, type: 'HTTP', integrationHttpMethod: 'GET', uri: 'http://x', timeoutInMillis: 29001 }))),
    ).toMatchObject({ name: 'BadRequestException', message: 'Timeout should be between 50 ms and 29000 ms' });
    expect(await failure(client.send(new sdk.PutIntegrationCommand({ ...at, type: 'HTTP', uri: 'http://x' })))).toMatchObject({
      message: 'Enumeration value for HttpMethod must be non-empty',
    });
    expect(await failure(client.send(new sdk.GetIntegrationResponseCommand({ ...at, statusCode: 'abc' })))).toMatchObject({
      name: 'ValidationException',
      message: "1 validation error detected: Value 'abc' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
    });
  });
});

describe('SDK: deployments and stages', () => {
  it('deploys a snapshot, serves it from stages and guards deletion', async () => {
    const api = await client.send(new sdk.CreateRestApiCommand({ name: 'deploy' }));
    const restApiId = api.id!;
    const at = { restApiId, resourceId: api.rootResourceId!, httpMethod: 'GET' };
    expect(await failure(client.send(new sdk.CreateDeploymentCommand({ restApiId })))).toMatchObject({
      message: "The REST API doesn't contain any methods",
    });
    await client.send(new sdk.PutMethodCommand({ ...at, authorizationType: 'NONE' }));
    expect(await failure(client.send(new sdk.CreateDeploymentCommand({ restApiId })))).toMatchObject({ message: 'No integration defined for method' });
    await client.send(new sdk.PutIntegrationCommand({ ...at, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));

    const d1 = await client.send(new sdk.CreateDeploymentCommand({ restApiId, stageName: 'dev', description: 'first' }));
    expect(d1.$metadata.httpStatusCode).toBe(201);
    expect(d1).toMatchObject({ description: 'first' });
    const stage = await client.send(new sdk.GetStageCommand({ restApiId, stageName: 'dev' }));
    expect(stage).toMatchObject({
      deploymentId: d1.id,
      stageName: 'dev',
      cacheClusterEnabled: false,
      cacheClusterStatus: 'NOT_AVAILABLE',
      methodSettings: {},
      tracingEnabled: false,
    });
    const summary = await client.send(new sdk.GetDeploymentCommand({ restApiId, deploymentId: d1.id, embed: ['apisummary'] }));
    expect(summary.apiSummary).toEqual({ '/': { GET: { authorizationType: 'NONE', apiKeyRequired: false } } });

    expect(await failure(client.send(new sdk.DeleteDeploymentCommand({ restApiId, deploymentId: d1.id })))).toMatchObject({
      message: 'Active stages pointing to this deployment must be moved or deleted',
    });
    const d2 = await client.send(new sdk.CreateDeploymentCommand({ restApiId }));
    await client.send(new sdk.CreateStageCommand({ restApiId, stageName: 'prod', deploymentId: d2.id, variables: { a: 'b' } }));
    expect(await failure(client.send(new sdk.CreateStageCommand({ restApiId, stageName: 'prod', deploymentId: d2.id })))).toMatchObject({
      name: 'ConflictException',
    });
    const byDeployment = await client.send(new sdk.GetStagesCommand({ restApiId, deploymentId: d2.id }));
    expect(byDeployment.item?.map((s) => s.stageName)).toEqual(['prod']);
    expect((await client.send(new sdk.GetDeploymentsCommand({ restApiId }))).items).toHaveLength(2);

    await client.send(new sdk.DeleteStageCommand({ restApiId, stageName: 'dev' }));
    await client.send(new sdk.DeleteDeploymentCommand({ restApiId, deploymentId: d1.id }));
    expect(await failure(client.send(new sdk.GetStageCommand({ restApiId, stageName: 'dev' })))).toMatchObject({
      name: 'NotFoundException',
      message: 'Invalid stage identifier specified',
    });
  });
});

describe('SDK: VPC links', () => {
  it('creates PENDING, reads AVAILABLE, deletes', async () => {
    const arn = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/nlb/50dc6c495c0c9188';
    const link = await client.send(new sdk.CreateVpcLinkCommand({ name: 'link', targetArns: [arn] }));
    expect(link.$metadata.httpStatusCode).toBe(202);
    expect(link.status).toBe('PENDING');
    const got = await client.send(new sdk.GetVpcLinkCommand({ vpcLinkId: link.id }));
    expect(got).toMatchObject({ status: 'AVAILABLE', statusMessage: 'Your vpc link is ready for use', tags: {}, targetArns: [arn] });
    expect((await client.send(new sdk.GetVpcLinksCommand({}))).items?.map((l) => l.id)).toContain(link.id);
    await client.send(new sdk.DeleteVpcLinkCommand({ vpcLinkId: link.id }));
    expect((await failure(client.send(new sdk.GetVpcLinkCommand({ vpcLinkId: link.id! })))).message).toBe('Invalid Vpc Link identifier specified');
  });
});
