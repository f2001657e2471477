/**
 * The control plane called as a function (no sockets), for tests that make thousands of requests.
 */
import { createControlPlane } from '../../src/control-plane/app.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

export type PlaneResponse = { status: number; type?: string; text: string; json: Record<string, unknown> };
export type PlaneCall = (method: string, url: string, body?: unknown) => Promise<PlaneResponse>;

export function inProcessPlane(): { store: MemoryStore; call: PlaneCall } {
  const store = new MemoryStore();
  const handle = createControlPlane({ store, account: '111111111111', log: () => {} });
  const call: PlaneCall = async (method, url, body) => {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    const res = await handle({ method, url, headers: { 'content-type': 'application/json' }, body: Buffer.from(text) });
    const raw = res.body.toString();
    let json: Record<string, unknown> = {};
    try {
      json = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      json = {};
    }
    return { status: res.status, type: res.headers['x-amzn-ErrorType'] as string | undefined, text: raw, json };
  };
  return { store, call };
}

/** Creates an API with GET on the root, declaring a few request parameters; returns its paths. */
export async function apiWithMethod(call: PlaneCall, requestParameters: Record<string, boolean> = {}): Promise<{
  restApiId: string;
  resourceId: string;
  methodPath: string;
  integrationPath: string;
}> {
  const api = await call('POST', '/restapis', { name: 'test' });
  if (api.status !== 201) throw new Error(api.text);
  const restApiId = api.json.id as string;
  const resourceId = api.json.rootResourceId as string;
  const methodPath = `/restapis/${restApiId}/resources/${resourceId}/methods/GET`;
  const put = await call('PUT', methodPath, { authorizationType: 'NONE', requestParameters });
  if (put.status !== 201) throw new Error(put.text);
  return { restApiId, resourceId, methodPath, integrationPath: `${methodPath}/integration` };
}
