/**
 * Hostile traffic at the socket level: oversized bodies, aborted requests, garbage. The server
 * answers with 4xx and keeps serving.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PorticoServer } from '../../src/server/start.js';
import { startTestServer } from '../support/server.js';

let server: PorticoServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

async function alive(): Promise<void> {
  const res = await fetch(`${server.url}/restapis`);
  expect(res.status).toBe(200);
}

function rawExchange(payload: string | Buffer, endAfterWrite = true): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.write(payload);
      if (endAfterWrite) socket.end();
    });
    let out = '';
    socket.on('data', (d) => (out += d.toString()));
    socket.on('close', () => resolve(out));
    socket.on('error', () => resolve(out));
    socket.setTimeout(5_000, () => socket.destroy());
  });
}

describe('robustness', () => {
  it('answers a body over 10 MiB with 413 and keeps serving', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 'a');
    const res = await fetch(`${server.url}/restapis`, { method: 'POST', body: big, headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(413);
    expect(res.headers.get('x-amzn-errortype')).toBe('RequestEntityTooLargeException');
    await alive();
  });

  it('survives a request aborted in the middle of its body', async () => {
    await rawExchange('POST /restapis HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":');
    await alive();
  });

  it('answers garbage on the socket with 400 and keeps serving', async () => {
    const reply = await rawExchange('\u0000\u0001 NOT HTTP AT ALL\r\n\r\n');
    expect(reply === '' || reply.startsWith('HTTP/1.1 400')).toBe(true);
    await alive();
  });

  it('handles many concurrent writers without losing one', async () => {
    const names = Array.from({ length: 200 }, (_, i) => `concurrent-${i}`);
    const statuses = await Promise.all(
      names.map((name) => fetch(`${server.url}/restapis`, { method: 'POST', body: JSON.stringify({ name }) }).then((r) => r.status)),
    );
    expect(statuses.every((s) => s === 201)).toBe(true);
    const listed = (await (await fetch(`${server.url}/restapis?limit=500`)).json()) as { item: { name: string }[] };
    for (const name of names) expect(listed.item.some((a) => a.name === name)).toBe(true);
  });
});
