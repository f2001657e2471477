/**
 * How a stage is reached and what it serves: both URL forms, unknown APIs and stages, the
 * deployment snapshot (a change is live after CreateDeployment) against `--live`, and VPC links
 * resolved to local targets.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PorticoServer } from '../../src/server/start.js';
import { startTestServer } from '../support/server.js';
import { headerOf, send } from './client.js';
import { deployVector, type VectorSetup } from './setup.js';

const mock = (body: string): VectorSetup => ({
  resources: [{
    path: '/hello',
    methods: { GET: {
      authorizationType: 'NONE',
      methodResponses: { 200: {} },
      integration: {
        type: 'MOCK',
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
        integrationResponses: { 200: { statusCode: '200', responseTemplates: { 'application/json': body } } },
      },
    } },
  }],
});

async function control(base: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body !== undefined && { body: JSON.stringify(body) }) });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown>;
}

async function helloIntegration(base: string, apiId: string): Promise<string> {
  const resources = (await control(base, 'GET', `/restapis/${apiId}/resources`)).item as { id: string; path: string }[];
  return `/restapis/${apiId}/resources/${resources.find((r) => r.path === '/hello')!.id}/methods/GET/integration/responses/200`;
}

let backend: Server;
let backendOrigin: string;
beforeAll(async () => {
  backend = createServer((req, res) => res.end(JSON.stringify({ reached: req.url, host: req.headers.host })));
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  backendOrigin = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => backend.close(() => resolve())));

describe('a server serving deployments (the default)', () => {
  let portico: PorticoServer;
  beforeAll(async () => {
    portico = await startTestServer({ vpcLinks: new Map([['vl1234', backendOrigin]]) });
  });
  afterAll(() => portico.close());

  it('answers at /restapis/{id}/{stage}/_user_request_/ and at {id}.execute-api.localhost/{stage}/', async () => {
    const { apiId } = await deployVector(portico.url, mock('{"hello": "$context.stage"}'), 'dev');
    const byPath = await send(`${portico.url}/restapis/${apiId}/dev/_user_request_/hello`, 'GET', {}, undefined);
    const byHost = await send(`${portico.url}/dev/hello`, 'GET', { Host: `${apiId}.execute-api.localhost:${portico.port}` }, undefined);
    for (const r of [byPath, byHost]) {
      expect(r.status).toBe(200);
      expect(r.body.toString()).toBe('{"hello": "dev"}');
      expect(headerOf(r, 'x-amzn-RequestId')).toBeDefined();
    }
  });

  it('a stage the API lacks is 403 Missing Authentication Token; an unknown API is 404', async () => {
    const { apiId } = await deployVector(portico.url, mock('{}'), 'dev');
    const noStage = await send(`${portico.url}/restapis/${apiId}/prod/_user_request_/hello`, 'GET', {}, undefined);
    expect(noStage.status).toBe(403);
    expect(noStage.body.toString()).toBe('{"message":"Missing Authentication Token"}');
    const noApi = await send(`${portico.url}/restapis/nosuchapi0/dev/_user_request_/hello`, 'GET', {}, undefined);
    expect(noApi.status).toBe(404);
    expect(JSON.parse(noApi.body.toString())).toEqual({ message: "The API id 'nosuchapi0' does not correspond to a deployed API Gateway API" });
  });

  it('serves the deployment: a change is live only after CreateDeployment', async () => {
    const { apiId } = await deployVector(portico.url, mock('{"version": 1}'), 'dev');
    const invoke = async () => (await send(`${portico.url}/restapis/${apiId}/dev/_user_request_/hello`, 'GET', {}, undefined)).body.toString();
    expect(await invoke()).toBe('{"version": 1}');
    await control(portico.url, 'PATCH', await helloIntegration(portico.url, apiId), {
      patchOperations: [{ op: 'replace', path: '/responseTemplates/application~1json', value: '{"version": 2}' }],
    });
    expect(await invoke()).toBe('{"version": 1}');
    await control(portico.url, 'POST', `/restapis/${apiId}/deployments`, { stageName: 'dev' });
    expect(await invoke()).toBe('{"version": 2}');
  });

  it('a header HTTP cannot carry (a line break set by a template) is a 500, and the server keeps serving', async () => {
    const { apiId } = await deployVector(portico.url, mock('#set($context.responseOverride.header.X-Broken = "a\nb")ok'), 'dev');
    const broken = await send(`${portico.url}/restapis/${apiId}/dev/_user_request_/hello`, 'GET', {}, undefined);
    expect(broken.status).toBe(500);
    expect(broken.body.toString()).toBe('{"message": "Internal server error"}');
    expect(headerOf(broken, 'x-amzn-ErrorType')).toBe('InternalServerErrorException');
    const { apiId: fine } = await deployVector(portico.url, mock('#set($context.responseOverride.header.X-Fine = "a b")ok'), 'dev');
    const ok = await send(`${portico.url}/restapis/${fine}/dev/_user_request_/hello`, 'GET', {}, undefined);
    expect(ok.status).toBe(200);
    expect(headerOf(ok, 'X-Fine')).toBe('a b');
  });

  it('sends a VPC_LINK integration to the link’s local target, the Host header naming the URI’s host', async () => {
    const setup = (connectionId: string): VectorSetup => ({
      stage: { variables: { link: 'vl1234' } },
      resources: [{ path: '/r', methods: { GET: { authorizationType: 'NONE', integration: { type: 'HTTP_PROXY', httpMethod: 'GET', uri: 'http://internal.example/items', connectionType: 'VPC_LINK', connectionId } } } }],
    });
    const viaVariable = await deployVector(portico.url, setup('${stageVariables.link}'), 'dev');
    const r = await send(`${portico.url}/restapis/${viaVariable.apiId}/dev/_user_request_/r`, 'GET', {}, undefined);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body.toString())).toEqual({ reached: '/items', host: 'internal.example' });
    // A link this server has no target for: the integration fails.
    const link = await control(portico.url, 'POST', '/vpclinks', { name: 'l', targetArns: ['arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/l/1'] });
    const unmapped = await deployVector(portico.url, setup(link.id as string), 'dev');
    const failed = await send(`${portico.url}/restapis/${unmapped.apiId}/dev/_user_request_/r`, 'GET', {}, undefined);
    expect(failed.status).toBe(500);
    expect(failed.body.toString()).toBe('{"message": "Internal server error"}');
  });
});

describe('portico serve --live', () => {
  let portico: PorticoServer;
  beforeAll(async () => {
    portico = await startTestServer({ live: true });
  });
  afterAll(() => portico.close());

  it('serves the current configuration of a stage’s API without redeploying', async () => {
    const { apiId } = await deployVector(portico.url, mock('{"version": 1}'), 'dev');
    await control(portico.url, 'PATCH', await helloIntegration(portico.url, apiId), {
      patchOperations: [{ op: 'replace', path: '/responseTemplates/application~1json', value: '{"version": 2}' }],
    });
    const r = await send(`${portico.url}/restapis/${apiId}/dev/_user_request_/hello`, 'GET', {}, undefined);
    expect(r.body.toString()).toBe('{"version": 2}');
  });
});
