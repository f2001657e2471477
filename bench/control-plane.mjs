// bench/control-plane: GetIntegration, PutIntegration and UpdateIntegration (3 patch operations
// per request) over HTTP keep-alive against
// `portico serve` (SQLite, the default, and --in-memory), next to a bare node:http JSON echo
// server measured in the same run. Every case runs in interleaved rounds; the table shows medians.
// Two passes: latency (1 connection) and throughput (8 connections). Goal: p50 within 2x of the
// echo server (GET cases against the echo GET, PUT cases against the echo PUT with a JSON body).
//
//   npm run bench:control-plane [-- --seconds 1 --rounds 3]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { interleaved, load, printTable, spawnServer } from './lib.mjs';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '1' }, rounds: { type: 'string', default: '3' } } });
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const bin = new URL('../bin/portico.js', import.meta.url).pathname;
const req = (method, path, body) => ({
  method,
  path,
  headers: { 'content-type': 'application/json' },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

async function call(url, method, path, body) {
  const { path: _ignored, ...options } = req(method, path, body);
  const res = await request(`${url}${path}`, options);
  const text = await res.body.text();
  if (res.statusCode >= 300) throw new Error(`${method} ${path}: ${res.statusCode} ${text}`);
  return text ? JSON.parse(text) : {};
}

/** One API with a method whose integration the benchmark reads and rewrites. */
async function setup(url) {
  const api = await call(url, 'POST', '/restapis', { name: 'bench' });
  const base = `/restapis/${api.id}/resources/${api.rootResourceId}/methods/GET`;
  await call(url, 'PUT', base, { authorizationType: 'NONE' });
  const integration = {
    type: 'HTTP',
    httpMethod: 'GET',
    uri: 'http://backend.example.com/pets',
    requestTemplates: { 'application/json': '{"id": "$input.params(\'id\')"}' },
  };
  await call(url, 'PUT', `${base}/integration`, integration);
  return { path: `${base}/integration`, integration };
}

/** Three operations that are valid whatever ran before. */
const patchOf = (i) => ({
  patchOperations: [
    { op: 'replace', path: '/timeoutInMillis', value: String(1000 + (i % 1000)) },
    { op: 'add', path: '/requestTemplates/application~1xml', value: `<id>${i}</id>` },
    { op: 'replace', path: '/uri', value: `http://backend.example.com/pets/${i % 10}` },
  ],
});

const dir = mkdtempSync(join(tmpdir(), 'portico-bench-'));
const echo = await spawnServer(process.execPath, [new URL('./echo-server.mjs', import.meta.url).pathname]);
const sqlite = await spawnServer(process.execPath, [bin, 'serve', '--port', '0', '--state-dir', dir]);
const memory = await spawnServer(process.execPath, [bin, 'serve', '--port', '0', '--in-memory']);
try {
  const targets = { sqlite: await setup(sqlite.url), 'in-memory': await setup(memory.url) };
  for (const concurrency of [1, 8]) {
    const opts = { seconds, warmup: 0.3, concurrency };
    const echoBody = targets.sqlite.integration;
    const cases = [
      { name: 'echo GET', run: () => load(echo.url, () => req('GET', '/x'), { ...opts, pid: echo.pid }) },
      { name: 'echo PUT', run: () => load(echo.url, () => req('PUT', '/x', echoBody), { ...opts, pid: echo.pid }) },
    ];
    for (const [mode, server] of [['sqlite', sqlite], ['in-memory', memory]]) {
      const { path, integration } = targets[mode];
      cases.push(
        { name: `GetIntegration ${mode}`, baseline: 'echo GET', run: () => load(server.url, () => req('GET', path), { ...opts, expectStatus: 200, pid: server.pid }) },
        { name: `PutIntegration ${mode}`, baseline: 'echo PUT', run: () => load(server.url, () => req('PUT', path, integration), { ...opts, expectStatus: 201, pid: server.pid }) },
        {
          name: `UpdateIntegration x3 ${mode}`,
          baseline: 'echo PUT',
          run: () => load(server.url, (i) => req('PATCH', path, patchOf(i)), { ...opts, expectStatus: 200, pid: server.pid }),
        },
      );
    }
    printTable(`bench/control-plane — ${concurrency} connection(s), keep-alive, median of ${rounds} interleaved ${seconds}s rounds`, await interleaved(cases, rounds));
  }
} finally {
  await Promise.all([echo.stop(), sqlite.stop(), memory.stop()]);
  rmSync(dir, { recursive: true, force: true });
}
