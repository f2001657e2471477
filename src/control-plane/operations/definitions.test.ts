/**
 * The REST API's definitions beyond resources (models, request validators, authorizers, gateway
 * responses, documentation) and the account-level API keys and usage plans: how they hang together.
 * The recorded AWS behaviour is checked in test/recorded; these cover what no recording shows.
 */
import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../../shared/http.js';
import { MemoryStore } from '../../store/memory/memory-store.js';
import { COLLECTIONS } from '../../store/store.js';
import { createControlPlane } from '../app.js';

type Reply = { status: number; type?: string; json: Record<string, unknown> };

function plane() {
  const store = new MemoryStore();
  const handle = createControlPlane({ store, account: '123456789012', log: () => {} });
  const call = async (method: string, url: string, body?: object | string): Promise<Reply> => {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    const res: HttpResponse = await handle({ method, url, headers: { 'content-type': 'application/json' }, body: Buffer.from(text) });
    const raw = res.body.toString();
    return { status: res.status, type: res.headers['x-amzn-ErrorType'] as string | undefined, json: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} };
  };
  return { store, call };
}

const URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations';

async function apiWithEverything(call: ReturnType<typeof plane>['call']) {
  const api = (await call('POST', '/restapis', { name: 'full' })).json;
  const id = api.id as string;
  const model = await call('POST', `/restapis/${id}/models`, { name: 'Pet', contentType: 'application/json', schema: '{"type": "object"}' });
  const validator = await call('POST', `/restapis/${id}/requestvalidators`, { name: 'all', validateRequestBody: true });
  const authorizer = await call('POST', `/restapis/${id}/authorizers`, { name: 'a', type: 'TOKEN', authorizerUri: URI, identitySource: 'method.request.header.Auth' });
  await call('PUT', `/restapis/${id}/gatewayresponses/DEFAULT_4XX`, { statusCode: '418' });
  await call('POST', `/restapis/${id}/documentation/parts`, { location: { type: 'API' }, properties: '{"a": 1}' });
  const method = await call('PUT', `/restapis/${id}/resources/${api.rootResourceId as string}/methods/GET`, {
    authorizationType: 'CUSTOM',
    authorizerId: authorizer.json.id,
    requestValidatorId: validator.json.id,
    requestModels: { 'application/json': 'Pet' },
  });
  expect([model.status, validator.status, authorizer.status, method.status]).toEqual([201, 201, 201, 201]);
  return { id, root: api.rootResourceId as string, authorizerId: authorizer.json.id as string, validatorId: validator.json.id as string };
}

describe('REST API definitions', () => {
  it('deletes every entity of an API with the API', async () => {
    const { call, store } = plane();
    const { id } = await apiWithEverything(call);
    await call('POST', `/restapis/${id}/documentation/versions`, { documentationVersion: 'v1' });
    expect((await call('DELETE', `/restapis/${id}`)).status).toBe(202);
    const left = await store.read(async (tx) => {
      const counts: Record<string, number> = {};
      for (const c of COLLECTIONS) counts[c] = (await tx.list(c, id)).length;
      return counts;
    });
    expect(Object.values(left).every((n) => n === 0)).toBe(true);
  });

  it('clones what methods refer to, so cloned methods stay valid', async () => {
    const { call } = plane();
    const { id, authorizerId } = await apiWithEverything(call);
    const clone = (await call('POST', '/restapis', { name: 'copy', cloneFrom: id })).json;
    const cloneId = clone.id as string;
    expect((await call('GET', `/restapis/${cloneId}/authorizers/${authorizerId}`)).status).toBe(200);
    expect(((await call('GET', `/restapis/${cloneId}/models`)).json.item as { name: string }[]).map((m) => m.name)).toEqual(['Empty', 'Error', 'Pet']);
    expect((await call('GET', `/restapis/${cloneId}/gatewayresponses/DEFAULT_4XX`)).json.statusCode).toBe('418');
    const update = await call('PATCH', `/restapis/${cloneId}/resources/${clone.rootResourceId as string}/methods/GET`, {
      patchOperations: [{ op: 'replace', path: '/operationName', value: 'getIt' }],
    });
    expect(update.status).toBe(200);
  });

  it('refuses to delete an authorizer, validator or model that a method uses', async () => {
    const { call } = plane();
    const { id, root, authorizerId, validatorId } = await apiWithEverything(call);
    const authorizer = await call('DELETE', `/restapis/${id}/authorizers/${authorizerId}`);
    expect([authorizer.status, authorizer.json.message]).toEqual([409, "Cannot delete authorizer 'a', is referenced in method: //GET"]);
    const validator = await call('DELETE', `/restapis/${id}/requestvalidators/${validatorId}`);
    expect([validator.status, validator.type]).toEqual([409, 'ConflictException']);
    await call('PUT', `/restapis/${id}/resources/${root}/methods/GET/responses/200`, { responseModels: { 'application/json': 'Error' } });
    const model = await call('DELETE', `/restapis/${id}/models/Error`);
    expect([model.status, model.json.message]).toEqual([409, "Cannot delete model 'Error', is referenced in method response: //GET/200"]);
    expect((await call('DELETE', `/restapis/${id}/resources/${root}/methods/GET`)).status).toBe(204);
    expect((await call('DELETE', `/restapis/${id}/authorizers/${authorizerId}`)).status).toBe(202);
    expect((await call('DELETE', `/restapis/${id}/requestvalidators/${validatorId}`)).status).toBe(202);
    expect((await call('DELETE', `/restapis/${id}/models/Error`)).status).toBe(202);
  });

  it('needs an authorizer of the right kind for CUSTOM and COGNITO_USER_POOLS', async () => {
    const { call } = plane();
    const { id, root, authorizerId } = await apiWithEverything(call);
    const cognito = await call('PUT', `/restapis/${id}/resources/${root}/methods/POST`, { authorizationType: 'COGNITO_USER_POOLS', authorizerId });
    expect([cognito.status, cognito.json.message]).toEqual([
      400,
      'Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.',
    ]);
    const pool = await call('POST', `/restapis/${id}/authorizers`, { name: 'p', type: 'COGNITO_USER_POOLS', providerARNs: ['arn:aws:cognito-idp:us-east-1:1:userpool/x'] });
    expect(pool.json.authType).toBe('cognito_user_pools');
    const ok = await call('PUT', `/restapis/${id}/resources/${root}/methods/POST`, { authorizationType: 'COGNITO_USER_POOLS', authorizerId: pool.json.id });
    expect(ok.status).toBe(201);
  });

  it('checks what an authorizer needs, on create and after an update', async () => {
    const { call } = plane();
    const { id, authorizerId } = await apiWithEverything(call);
    expect((await call('POST', `/restapis/${id}/authorizers`, { name: 'b', type: 'TOKEN', identitySource: 'method.request.header.A' })).status).toBe(400);
    const source = await call('POST', `/restapis/${id}/authorizers`, { name: 'b', type: 'TOKEN', authorizerUri: URI, identitySource: 'method.request.querystring.q' });
    expect(source.json.message).toMatch(/^Invalid token source expression: method\.request\.querystring\.q\./);
    const update = await call('PATCH', `/restapis/${id}/authorizers/${authorizerId}`, { patchOperations: [{ op: 'replace', path: '/authorizerUri', value: '' }] });
    expect(update.status).toBe(400);
  });

  it('lets default responses of a class inherit a put DEFAULT_4XX', async () => {
    const { call } = plane();
    const { id } = await apiWithEverything(call);
    const denied = (await call('GET', `/restapis/${id}/gatewayresponses/ACCESS_DENIED`)).json;
    expect([denied.statusCode, denied.defaultResponse]).toEqual(['418', true]);
    expect((await call('GET', `/restapis/${id}/gatewayresponses/INTEGRATION_FAILURE`)).json.statusCode).toBe('504');
  });

  it('imports documentation parts from OpenAPI JSON, merging by location', async () => {
    const { call } = plane();
    const { id } = await apiWithEverything(call);
    const doc = {
      openapi: '3.0.1',
      'x-amazon-apigateway-documentation': {
        documentationParts: [
          { location: { type: 'API' }, properties: { a: 2 } },
          { location: { type: 'METHOD', path: '/', method: 'GET' }, properties: { description: 'get' } },
        ],
      },
    };
    const merged = await call('PUT', `/restapis/${id}/documentation/parts?mode=merge`, doc);
    expect((merged.json.ids as string[]).length).toBe(2);
    const parts = (await call('GET', `/restapis/${id}/documentation/parts`)).json.item as { properties: string }[];
    expect(parts.map((p) => p.properties).sort()).toEqual(['{"a":2}', '{"description":"get"}']);
    const bad = await call('PUT', `/restapis/${id}/documentation/parts?mode=overwrite`, 'swagger: "2.0"');
    expect([bad.status, bad.json.message]).toEqual([400, 'Unable to build importer with provided input.']);
  });
});

describe('API keys and usage plans', () => {
  it('accepts only existing stages in a plan, and drops a deleted plan\'s keys', async () => {
    const { call, store } = plane();
    const plan = await call('POST', '/usageplans', { name: 'p', apiStages: [{ apiId: 'nope', stage: 'dev' }] });
    expect([plan.status, plan.type]).toEqual([404, 'NotFoundException']);
    const created = (await call('POST', '/usageplans', { name: 'p' })).json;
    const add = await call('PATCH', `/usageplans/${created.id as string}`, { patchOperations: [{ op: 'add', path: '/apiStages', value: 'nope:dev' }] });
    expect(add.json.message).toBe(`Invalid API Stage {api: nope, stage: dev} specified for usageplan ${created.id as string}`);
    const key = (await call('POST', '/apikeys', { name: 'k' })).json;
    expect((await call('POST', `/usageplans/${created.id as string}/keys`, { keyId: key.id, keyType: 'API_KEY' })).status).toBe(201);
    expect((await call('POST', `/usageplans/${created.id as string}/keys`, { keyId: key.id, keyType: 'API_KEY' })).status).toBe(409);
    expect(((await call('GET', `/usageplans?keyId=${key.id as string}`)).json.item as unknown[]).length).toBe(1);
    expect((await call('DELETE', `/usageplans/${created.id as string}`)).status).toBe(202);
    expect(await store.read((tx) => tx.list('usagePlanKeys', created.id as string))).toEqual([]);
  });

  it('generates 40-character values and shows them only on request', async () => {
    const { call } = plane();
    const key = (await call('POST', '/apikeys', { name: 'k' })).json;
    expect(key.value).toMatch(/^[A-Za-z0-9]{40}$/);
    expect((await call('GET', `/apikeys/${key.id as string}`)).json.value).toBeUndefined();
    expect((await call('GET', `/apikeys/${key.id as string}?includeValue=true`)).json.value).toBe(key.value);
    expect((await call('POST', '/apikeys', { value: key.value })).status).toBe(409);
  });
});
