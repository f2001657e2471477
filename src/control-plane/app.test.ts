/**
 * The control plane as a function: bad input of every kind gets a 4xx with a clear message and
 * never a 500; nothing already stored changes.
 */
import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../shared/http.js';
import { MemoryStore } from '../store/memory/memory-store.js';
import { createControlPlane } from './app.js';

function plane() {
  const store = new MemoryStore();
  const handle = createControlPlane({ store, account: '123456789012', log: () => {} });
  const call = async (method: string, url: string, body?: string | object): Promise<{ status: number; type?: string; json: Record<string, unknown> }> => {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    const res: HttpResponse = await handle({ method, url, headers: { 'content-type': 'application/json' }, body: Buffer.from(text) });
    const raw = res.body.toString();
    return { status: res.status, type: res.headers['x-amzn-ErrorType'] as string | undefined, json: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} };
  };
  return { store, call };
}

describe('control plane error handling', () => {
  it('answers malformed JSON with SerializationException', async () => {
    const { call } = plane();
    const r = await call('POST', '/restapis', '{"name": ');
    expect(r.status).toBe(400);
    expect(r.type).toBe('SerializationException');
    expect(r.json.message).toMatch(/^Invalid JSON in the request body: /);
  });

  it('rejects a body that is not an object', async () => {
    const { call } = plane();
    for (const body of ['[]', '"x"', '42', 'null']) {
      const r = await call('POST', '/restapis', body);
      expect([r.status, r.type]).toEqual([400, 'SerializationException']);
    }
  });

  it('rejects unknown members, naming them', async () => {
    const { call } = plane();
    const r = await call('POST', '/restapis', { name: 'a', nmae: 'typo' });
    expect(r).toMatchObject({ status: 400, type: 'SerializationException' });
    expect(r.json.message).toContain("'nmae'");
  });

  it('gives AWS texts for wrong JSON types', async () => {
    const { call } = plane();
    expect((await call('POST', '/restapis', { name: true })).json.message).toBe('class java.lang.Boolean can not be converted to an String');
    expect((await call('POST', '/restapis', { name: 1 })).json.message).toBe(
      'class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String',
    );
    expect((await call('POST', '/restapis', { name: 'x', binaryMediaTypes: 'a' })).type).toBe('SerializationException');
    expect((await call('POST', '/restapis', { name: 'x', tags: [] })).type).toBe('SerializationException');
    expect((await call('POST', '/restapis', { name: 'x', disableExecuteApiEndpoint: 'yes' })).type).toBe('SerializationException');
  });

  it('reports a missing required member as AWS validation does', async () => {
    const { call } = plane();
    const r = await call('POST', '/restapis', {});
    expect(r).toMatchObject({ status: 400, type: 'ValidationException' });
    expect(r.json.message).toBe("1 validation error detected: Value null at 'createRestApiInput.name' failed to satisfy constraint: Member must not be null");
  });

  it('answers unknown routes and unimplemented operations clearly', async () => {
    const { call } = plane();
    expect(await call('GET', '/nothing/here')).toMatchObject({ status: 404, type: 'UnknownOperationException' });
    expect(await call('GET', '/domainnames')).toMatchObject({ status: 501, type: 'NotImplementedException', json: { message: 'Portico does not implement GetDomainNames yet' } });
    expect(await call('GET', '/restapis/%E0%A4%A')).toMatchObject({ status: 400 });
  });

  it('treats map keys such as __proto__ as data', async () => {
    const { call } = plane();
    const api = await call('POST', '/restapis', JSON.parse('{"name":"p","tags":{"__proto__":"x","constructor":"y"}}') as object);
    expect(api.status).toBe(201);
    expect(api.json.tags).toEqual(JSON.parse('{"__proto__":"x","constructor":"y"}'));
  });

  it('leaves stored state alone when a request fails', async () => {
    const { call, store } = plane();
    const api = await call('POST', '/restapis', { name: 'keep' });
    const before = await store.read((tx) => tx.list('resources', api.json.id as string));
    const bad = await call('PUT', `/restapis/${api.json.id}/resources/${api.json.rootResourceId}/methods/GET/integration`, { type: 'HTTP' });
    expect(bad.status).toBe(404);
    await call('PUT', `/restapis/${api.json.id}/resources/${api.json.rootResourceId}/methods/GET`, { authorizationType: 'NONE' });
    const mid = await store.read((tx) => tx.list('resources', api.json.id as string));
    const failed = await call('PUT', `/restapis/${api.json.id}/resources/${api.json.rootResourceId}/methods/GET/integration`, {
      type: 'HTTP',
      httpMethod: 'GET',
      uri: 'not a url',
    });
    expect(failed.json.message).toBe('Invalid HTTP endpoint specified for URI');
    expect(await store.read((tx) => tx.list('resources', api.json.id as string))).toEqual(mid);
    expect(before).not.toEqual(mid);
  });

  it('returns 204 and 202 with empty bodies for deletes', async () => {
    const { call } = plane();
    const api = await call('POST', '/restapis', { name: 'd' });
    await call('PUT', `/restapis/${api.json.id}/resources/${api.json.rootResourceId}/methods/GET`, { authorizationType: 'NONE' });
    expect(await call('DELETE', `/restapis/${api.json.id}/resources/${api.json.rootResourceId}/methods/GET`)).toEqual({ status: 204, type: undefined, json: {} });
    expect(await call('DELETE', `/restapis/${api.json.id}`)).toEqual({ status: 202, type: undefined, json: {} });
  });
});

describe('dry run (x-portico-dry-run)', () => {
  it('returns the updated integration without storing it', async () => {
    const store = new MemoryStore();
    const handle = createControlPlane({ store, log: () => {} });
    const call = async (method: string, url: string, body?: object, headers: Record<string, string> = {}) => {
      const res = await handle({ method, url, headers: { 'content-type': 'application/json', ...headers }, body: Buffer.from(body ? JSON.stringify(body) : '') });
      return { status: res.status, headers: res.headers, json: JSON.parse(res.body.toString() || '{}') as Record<string, unknown> };
    };
    const api = await call('POST', '/restapis', { name: 'd' });
    const at = `/restapis/${api.json.id}/resources/${api.json.rootResourceId}/methods/GET`;
    await call('PUT', at, { authorizationType: 'NONE' });
    await call('PUT', `${at}/integration`, { type: 'MOCK' });
    const before = await call('GET', `${at}/integration`);
    const patch = { patchOperations: [{ op: 'replace', path: '/timeoutInMillis', value: '1000' }] };
    const dry = await call('PATCH', `${at}/integration`, patch, { 'x-portico-dry-run': 'true' });
    expect(dry.status).toBe(200);
    expect(dry.headers['x-portico-dry-run']).toBe('true');
    expect(dry.json.timeoutInMillis).toBe(1000);
    expect((await call('GET', `${at}/integration`)).json).toEqual(before.json);
    const refused = await call('PATCH', `${at}/integration`, { patchOperations: [{ op: 'add', path: '/type' }] }, { 'x-portico-dry-run': 'true' });
    expect(refused.status).toBe(400);
    expect((await call('PATCH', `${at}/integration`, patch)).json.timeoutInMillis).toBe(1000);
    expect((await call('GET', `${at}/integration`)).json.timeoutInMillis).toBe(1000);
  });
});
