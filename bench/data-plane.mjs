// bench/data-plane: invocations of a deployed stage, measured with wrk (Debian), next to baselines
// measured in the same run:
//
//   MOCK + VTL       a MOCK method whose integration response renders a VTL template
//                    ($input.params, $util, $context)      vs  a bare node:http server (goal ≥ 0.5x req/s)
//   HTTP_PROXY       {proxy+} to a local backend            vs  a bare Node proxy to the same backend (goal ≥ 0.7x)
//   AWS_PROXY        a trivial local Node Lambda handler    next to MOCK + VTL (no goal: what a worker-thread
//                    round trip adds to an invocation)
//   MOCK + authorizer  the MOCK method behind a TOKEN Lambda authorizer whose answer is cached
//                    (one token)                            next to MOCK + VTL (no goal: what authorization adds)
//
// Every server runs in its own process. Cases run in interleaved rounds (A B C D A B C D ...) and the
// table shows medians, because absolute numbers on a shared machine drift.
//
//   npm run bench:data-plane [-- --seconds 5 --rounds 3 --connections 16 --threads 1]
//   npm run bench:data-plane -- --smoke      one short round, to check the benchmark itself works
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { request } from 'undici';
import { spawnServer } from './lib.mjs';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    threads: { type: 'string', default: '1' },
    smoke: { type: 'boolean', default: false },
  },
});
const seconds = values.smoke ? 1 : Number(values.seconds);
const rounds = values.smoke ? 1 : Number(values.rounds);
const connections = Number(values.connections);
const threads = Number(values.threads);
const here = (file) => new URL(file, import.meta.url).pathname;

async function call(url, method, path, body) {
  const res = await request(`${url}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body && { body: JSON.stringify(body) }) });
  const text = await res.body.text();
  if (res.statusCode >= 300) throw new Error(`${method} ${path}: ${res.statusCode} ${text}`);
  return text ? JSON.parse(text) : {};
}

const RESPONSE_TEMPLATE = '#set($name = $input.params(\'name\'))\n{"hello": "$util.escapeJavaScript($name)", "stage": "$context.stage", "requestId": "$context.requestId"}';

const lambdaUri = (name) => `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:${name}/invocations`;

/**
 * One API: GET /mock (MOCK + VTL response template), GET /secured (the same behind a TOKEN authorizer),
 * ANY /proxy/{proxy+} (HTTP_PROXY), ANY /lambda (AWS_PROXY).
 */
async function setup(url) {
  const api = await call(url, 'POST', '/restapis', { name: 'bench' });
  const at = (path) => `/restapis/${api.id}/resources/${path}`;
  const authorizer = await call(url, 'POST', `/restapis/${api.id}/authorizers`, {
    name: 'bench', type: 'TOKEN', authorizerUri: lambdaUri('bench-allow'), identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 300,
  });
  for (const [pathPart, auth] of [['mock', { authorizationType: 'NONE' }], ['secured', { authorizationType: 'CUSTOM', authorizerId: authorizer.id }]]) {
    const mock = await call(url, 'POST', at(api.rootResourceId), { pathPart });
    await call(url, 'PUT', `${at(mock.id)}/methods/GET`, { ...auth, requestParameters: { 'method.request.querystring.name': false } });
    await call(url, 'PUT', `${at(mock.id)}/methods/GET/responses/200`, {});
    await call(url, 'PUT', `${at(mock.id)}/methods/GET/integration`, { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    await call(url, 'PUT', `${at(mock.id)}/methods/GET/integration/responses/200`, { responseTemplates: { 'application/json': RESPONSE_TEMPLATE } });
  }
  const proxyParent = await call(url, 'POST', at(api.rootResourceId), { pathPart: 'proxy' });
  const proxy = await call(url, 'POST', at(proxyParent.id), { pathPart: '{proxy+}' });
  await call(url, 'PUT', `${at(proxy.id)}/methods/ANY`, { authorizationType: 'NONE', requestParameters: { 'method.request.path.proxy': true } });
  await call(url, 'PUT', `${at(proxy.id)}/methods/ANY/integration`, {
    type: 'HTTP_PROXY', httpMethod: 'ANY', uri: 'http://backend.example/{proxy}', requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
  });
  const lambda = await call(url, 'POST', at(api.rootResourceId), { pathPart: 'lambda' });
  await call(url, 'PUT', `${at(lambda.id)}/methods/ANY`, { authorizationType: 'NONE' });
  await call(url, 'PUT', `${at(lambda.id)}/methods/ANY/integration`, {
    type: 'AWS_PROXY', httpMethod: 'POST', uri: lambdaUri('bench-trivial'),
  });
  await call(url, 'POST', `/restapis/${api.id}/deployments`, { stageName: 'bench' });
  return `${url}/restapis/${api.id}/bench/_user_request_`;
}

/** wrk's figures: requests/s, p50 and p99 in ms, non-2xx/3xx and socket errors. */
async function wrk(url, headers = {}) {
  const headerArgs = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  const { stdout } = await run('wrk', [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--latency', ...headerArgs, url], { timeout: (seconds + 30) * 1000 });
  const ms = (label) => {
    const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(stdout);
    if (!m) throw new Error(`no ${label}% latency in wrk output:\n${stdout}`);
    return Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]];
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]);
  const bad = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  const errors = bad + (socketErrors ? socketErrors.slice(1).reduce((a, x) => a + Number(x), 0) : 0);
  return { rps, p50: ms('50'), p99: ms('99'), errors };
}

async function check(url, expectBody, headers = {}) {
  const res = await request(url, { headers });
  const text = await res.body.text();
  if (res.statusCode !== 200 || !expectBody(text)) throw new Error(`unexpected answer from ${url}: ${res.statusCode} ${text}`);
}

try {
  await run('wrk', ['--version']).catch((err) => {
    if (err.code === 'ENOENT') throw new Error('wrk is not installed (Debian: apt-get install wrk)');
  });
} catch (err) {
  console.error(`bench/data-plane: ${err.message}`);
  process.exit(2);
}

const backend = await spawnServer(process.execPath, [here('./echo-server.mjs')]);
const bare = await spawnServer(process.execPath, [here('./bare-server.mjs')]);
const bareProxy = await spawnServer(process.execPath, [here('./bare-proxy.mjs'), backend.url]);
const configDir = mkdtempSync(join(tmpdir(), 'portico-bench-'));
const configFile = join(configDir, 'portico.config.json');
writeFileSync(configFile, JSON.stringify({
  functions: {
    'bench-trivial': { handler: `${here('./functions/trivial.mjs')}#handler`, concurrency: connections },
    'bench-allow': { handler: `${here('./functions/allow.mjs')}#handler` },
  },
}));
const portico = await spawnServer(process.execPath, [here('../bin/portico.js'), 'serve', '--port', '0', '--in-memory', '--upstream', `backend.example=${backend.url}`, '--config', configFile]);
const servers = [backend, bare, bareProxy, portico];
try {
  const stage = await setup(portico.url);
  const cases = [
    { name: 'bare node:http', url: `${bare.url}/mock?name=wrk` },
    { name: 'MOCK + VTL template', url: `${stage}/mock?name=wrk`, baseline: 'bare node:http', goal: 0.5 },
    { name: 'bare Node proxy', url: `${bareProxy.url}/items/1` },
    { name: 'HTTP_PROXY', url: `${stage}/proxy/items/1`, baseline: 'bare Node proxy', goal: 0.7 },
    { name: 'AWS_PROXY (local Node handler)', url: `${stage}/lambda`, baseline: 'MOCK + VTL template' },
    { name: 'MOCK + VTL + TOKEN authorizer (cached)', url: `${stage}/secured?name=wrk`, headers: { Authorization: 'bench-token' }, baseline: 'MOCK + VTL template' },
  ];
  await check(cases[1].url, (t) => JSON.parse(t).hello === 'wrk');
  await check(cases[3].url, (t) => JSON.parse(t).url === '/items/1');
  await check(cases[4].url, (t) => JSON.parse(t).path === '/lambda');
  await check(cases[5].url, (t) => JSON.parse(t).hello === 'wrk', cases[5].headers);
  const runs = new Map(cases.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) for (const c of cases) runs.get(c.name).push(await wrk(c.url, c.headers));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = cases.map((c) => {
    const rs = runs.get(c.name);
    return { ...c, rps: median(rs.map((x) => x.rps)), p50: median(rs.map((x) => x.p50)), p99: median(rs.map((x) => x.p99)), errors: rs.reduce((a, x) => a + x.errors, 0) };
  });
  const header = ['case', 'req/s', 'p50 ms', 'p99 ms', 'baseline', 'req/s vs baseline', 'goal', 'errors'];
  const body = rows.map((r) => {
    const base = rows.find((b) => b.name === r.baseline);
    const ratio = base ? r.rps / base.rps : undefined;
    return [
      r.name, r.rps.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), base?.name ?? '',
      ratio === undefined ? '' : `${ratio.toFixed(2)}x`,
      r.goal === undefined ? '' : `≥ ${r.goal}x ${ratio >= r.goal ? 'met' : 'MISSED'}`,
      String(r.errors),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\nbench/data-plane: wrk -t${threads} -c${connections} -d${seconds}s, ${rounds} interleaved round(s), medians${values.smoke ? ' (smoke run: figures are not meaningful)' : ''}`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
  if (rows.some((r) => r.errors > 0)) process.exitCode = 1;
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(configDir, { recursive: true, force: true });
}
