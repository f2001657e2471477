import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { HttpHandler, HttpResponse } from '../shared/http.js';
import { nodeListener, type AdapterOptions } from './http-adapter.js';

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(handler: HttpHandler, options: Partial<AdapterOptions> = {}): Promise<string> {
  server = createServer(nodeListener(handler, { maxBodyBytes: 1024, ...options }));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const json = (status: number, value: unknown): HttpResponse => ({ status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) });

/** Raw HTTP/1.1 over one socket: what the server wrote, once it has written `count` responses. */
function raw(url: string, requests: string, count: number): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(requests));
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      text += chunk;
      if ((text.match(/HTTP\/1\.1 /g) ?? []).length >= count && /\r\n\r\n[^]*$/.test(text)) {
        setTimeout(() => {
          socket.destroy();
          resolve(text);
        }, 50);
      }
    });
    socket.on('error', reject);
    setTimeout(() => reject(new Error(`no ${count} responses: ${text}`)), 5000).unref();
  });
}

describe('nodeListener', () => {
  it('writes answers given at once and answers given later, each with its Content-Length', async () => {
    const url = await serve((req) => (req.url === '/later' ? new Promise((r) => setTimeout(() => r(json(201, { later: true })), 5)) : json(200, { now: req.url })));
    const now = await fetch(`${url}/now`);
    expect(now.status).toBe(200);
    expect(now.headers.get('content-length')).toBe(String('{"now":"/now"}'.length));
    expect(await now.json()).toEqual({ now: '/now' });
    const later = await fetch(`${url}/later`);
    expect(later.status).toBe(201);
    expect(await later.json()).toEqual({ later: true });
  });

  it('gives every one of many concurrent requests its own answer', async () => {
    const url = await serve((req) => (Number(req.url.slice(1)) % 2 ? json(200, { n: req.url }) : Promise.resolve(json(200, { n: req.url }))));
    const answers = await Promise.all(Array.from({ length: 64 }, (_, i) => fetch(`${url}/${i}`).then((r) => r.json() as Promise<{ n: string }>)));
    expect(answers.map((a) => a.n)).toEqual(Array.from({ length: 64 }, (_, i) => `/${i}`));
  });

  it('answers pipelined requests on one connection in order', async () => {
    const url = await serve((req) => (req.url === '/slow' ? new Promise((r) => setTimeout(() => r(json(200, { u: 'slow' })), 20)) : json(200, { u: req.url })));
    const text = await raw(url, 'GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n', 2);
    expect(text.indexOf('{"u":"slow"}')).toBeGreaterThan(-1);
    expect(text.indexOf('{"u":"slow"}')).toBeLessThan(text.indexOf('{"u":"/fast"}'));
  });

  it('answers 500 when the handler throws or rejects, and keeps serving', async () => {
    const errors: unknown[] = [];
    const url = await serve(
      (req) => {
        if (req.url === '/throw') throw new Error('boom');
        if (req.url === '/reject') return Promise.reject(new Error('later boom'));
        return json(200, {});
      },
      { onError: (e) => errors.push(e) },
    );
    for (const path of ['/throw', '/reject']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ message: 'Internal server error' });
    }
    expect(errors).toHaveLength(2);
    expect((await fetch(`${url}/ok`)).status).toBe(200);
  });

  it('answers 500 for a response node refuses to write (an invalid header value), and keeps serving', async () => {
    const errors: unknown[] = [];
    const url = await serve(
      (req) => (req.url === '/bad' ? { status: 200, headers: { 'X-Bad': 'a\nb' }, body: 'x' } : json(200, { ok: true })),
      { onError: (e) => errors.push(e) },
    );
    const [bad, good] = await Promise.all([fetch(`${url}/bad`), fetch(`${url}/good`)]);
    expect(bad.status).toBe(500);
    expect(await bad.json()).toEqual({ message: 'Internal server error' });
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ ok: true });
    expect(errors).toHaveLength(1);
  });

  it('answers a body over the limit with the tooLarge answer, without calling the handler', async () => {
    let called = 0;
    const url = await serve(
      () => {
        called++;
        return json(200, {});
      },
      { maxBodyBytes: 16, tooLarge: () => json(413, { message: 'too large' }) },
    );
    const res = await fetch(`${url}/`, { method: 'POST', body: 'x'.repeat(100) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ message: 'too large' });
    expect(called).toBe(0);
  });
});
