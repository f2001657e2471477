/**
 * Bad requests and broken backends end in AWS's gateway responses, and the server keeps serving:
 * connection refused, reset, garbage instead of HTTP, a backend slower than timeoutInMillis, an
 * answer over 10 MB, a request over 10 MB, and TLS (self-signed, wrong host, skipped verification).
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PorticoServer } from '../../src/server/start.js';
import { startTestServer } from '../support/server.js';
import { PROJECT_ROOT } from '../support/vectors.js';
import { headerOf, send } from './client.js';
import { deployVector } from './setup.js';

const TLS = join(PROJECT_ROOT, 'test', 'fixtures', 'tls');
const origin = (s: Server | TcpServer, scheme = 'http') => `${scheme}://127.0.0.1:${(s.address() as AddressInfo).port}`;
const listen = async <T extends Server | TcpServer>(s: T): Promise<T> => new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
const closeAll = (servers: (Server | TcpServer)[]) =>
  Promise.all(servers.map((s) => new Promise<void>((resolve) => {
    (s as Server).closeAllConnections?.();
    s.close(() => resolve());
  })));

describe('broken backends and bad requests', () => {
  let portico: PorticoServer;
  let base: string;
  const servers: (Server | TcpServer)[] = [];
  const sockets = new Set<import('node:net').Socket>();

  beforeAll(async () => {
    const ok = await listen(createServer((req, res) => res.end(JSON.stringify({ path: req.url }))));
    const reset = await listen(createServer((req) => req.socket.destroy()));
    const slow = await listen(createServer((_req, res) => {
      const t = setTimeout(() => res.end('late'), 1_500);
      res.on('close', () => clearTimeout(t));
    }));
    const huge = await listen(createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(11 * 1024 * 1024) });
      res.end(Buffer.alloc(11 * 1024 * 1024, 0x61));
    }));
    const garbage = await listen(createTcpServer((socket) => {
      sockets.add(socket);
      socket.on('data', () => socket.end('this is not HTTP\r\n\r\n'));
      socket.on('error', () => undefined);
    }));
    const tls = await listen(createHttpsServer({ key: readFileSync(join(TLS, 'self-signed.key')), cert: readFileSync(join(TLS, 'self-signed.crt')) }, (req, res) => res.end(JSON.stringify({ tls: true, host: req.headers.host }))));
    // A port nothing listens on: open one, remember it, close it.
    const closed = await listen(createServer());
    const refusedOrigin = origin(closed);
    await closeAll([closed]);
    servers.push(ok, reset, slow, huge, garbage, tls);
    portico = await startTestServer({
      upstreams: new Map([
        ['ok.example', origin(ok)],
        ['refused.example', refusedOrigin],
        ['reset.example', origin(reset)],
        ['slow.example', origin(slow)],
        ['huge.example', origin(huge)],
        ['garbage.example', origin(garbage)],
        ['secure-backend.example', origin(tls, 'https')],
        ['wrong-name.example', origin(tls, 'https')],
      ]),
    });
    base = portico.url;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await portico?.close();
    await closeAll(servers);
  });

  async function invoke(uri: string, extra: Record<string, unknown> = {}, request: { method?: string; body?: Buffer } = {}) {
    const { apiId } = await deployVector(base, {
      resources: [{ path: '/r', methods: { ANY: { authorizationType: 'NONE', integration: { type: 'HTTP_PROXY', httpMethod: 'ANY', uri, ...extra } } } }],
    }, 'test');
    return send(`${base}/restapis/${apiId}/test/_user_request_/r`, request.method ?? 'GET', {}, request.body);
  }

  const internalError = (r: Awaited<ReturnType<typeof send>>) => {
    expect(r.status).toBe(500);
    expect(r.body.toString()).toBe('{"message": "Internal server error"}');
    expect(headerOf(r, 'x-amzn-ErrorType')).toBe('InternalServerErrorException');
    expect(headerOf(r, 'Content-Length')).toBe('36');
    expect(headerOf(r, 'x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
  };

  it('a working backend answers (the control for the cases below)', async () => {
    const r = await invoke('http://ok.example/path');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body.toString())).toEqual({ path: '/path' });
  });

  it('connection refused: 500 Internal server error', async () => internalError(await invoke('http://refused.example/')));
  it('connection reset before an answer: 500', async () => internalError(await invoke('http://reset.example/')));
  it('an answer that is not HTTP: 500', async () => internalError(await invoke('http://garbage.example/')));
  it('an answer over 10 MB: 500', async () => internalError(await invoke('http://huge.example/')));

  it('a backend slower than timeoutInMillis: 504 Endpoint request timed out, without waiting for it', async () => {
    const started = Date.now();
    const r = await invoke('http://slow.example/', { timeoutInMillis: 50 });
    expect(r.status).toBe(504);
    expect(r.body.toString()).toBe('{"message": "Endpoint request timed out"}');
    expect(headerOf(r, 'x-amzn-ErrorType')).toBe('InternalServerErrorException');
    expect(Date.now() - started).toBeLessThan(1_400);
  });

  it('a request body over 10 MB: 413 Request Too Long, and the server goes on', async () => {
    const r = await invoke('http://ok.example/', {}, { method: 'POST', body: Buffer.alloc(10 * 1024 * 1024 + 1, 0x62) });
    expect(r.status).toBe(413);
    expect(r.body.toString()).toBe('{"message":"Request Too Long"}');
    expect(headerOf(r, 'x-amzn-ErrorType')).toBe('RequestTooLargeException');
    const exactly10 = await invoke('http://ok.example/', {}, { method: 'POST', body: Buffer.alloc(10 * 1024 * 1024, 0x62) });
    expect(exactly10.status).toBe(200);
  });

  describe('TLS', () => {
    it('a self-signed certificate fails verification: 500', async () => internalError(await invoke('https://secure-backend.example/')));

    it('insecureSkipVerification accepts it', async () => {
      const r = await invoke('https://secure-backend.example/', { tlsConfig: { insecureSkipVerification: true } });
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body.toString())).toEqual({ tls: true, host: 'secure-backend.example' });
    });

    it('insecureSkipVerification still checks that the certificate names the host: 500', async () =>
      internalError(await invoke('https://wrong-name.example/', { tlsConfig: { insecureSkipVerification: true } })));
  });

  it('requests no route matches, odd paths and methods: AWS answers, never a crash', async () => {
    const { apiId } = await deployVector(base, { resources: [{ path: '/r', methods: { GET: {
      authorizationType: 'NONE',
      methodResponses: { 200: {} },
      integration: { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' }, integrationResponses: { 200: { statusCode: '200' } } },
    } } }] }, 'test');
    const at = (path: string) => `${base}/restapis/${apiId}/test/_user_request_${path}`;
    const missing = await send(at('/nope'), 'GET', {}, undefined);
    expect(missing.status).toBe(403);
    expect(missing.body.toString()).toBe('{"message":"Missing Authentication Token"}');
    expect(headerOf(missing, 'x-amzn-ErrorType')).toBe('MissingAuthenticationTokenException');
    for (const path of ['/r/%E0%A4%A', '/r%00', '/%%', '/r/..', '//r', `/${'a'.repeat(8_000)}`]) {
      const r = await send(at(path), 'GET', {}, undefined);
      expect(r.status, path).toBeLessThan(500);
    }
    const wrongMethod = await send(at('/r'), 'DELETE', {}, undefined);
    expect(wrongMethod.status).toBe(403);
    const badJson = await send(at('/r'), 'GET', { 'Content-Type': 'application/json' }, Buffer.from('{not json'));
    expect(badJson.status).toBe(200);
    // Still serving the control plane.
    expect((await fetch(`${base}/restapis/${apiId}`)).status).toBe(200);
  });
});
