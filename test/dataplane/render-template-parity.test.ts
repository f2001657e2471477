/**
 * `portico render-template` prints what a deployed stage sends on: the same template, parameters,
 * stage variables and body, rendered by the tool (the built bin, as a user runs it) and by an
 * invocation whose HTTP backend records the body it received.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PorticoServer } from '../../src/server/start.js';
import { PORTICO_BIN } from '../support/process.js';
import { startTestServer } from '../support/server.js';
import { send } from './client.js';
import { deployVector } from './setup.js';

const run = promisify(execFile);
const TEMPLATES = [
  '#set($b = $input.path(\'$\'))\n{"name": "$b.name", "tags": $input.json(\'$.tags\'), "first": "$b.tags[0]", "n": $b.tags.size()}',
  '$input.params("id")|$input.params().querystring.q|$input.params("X-Trace")|$stageVariables.env|$context.stage|$context.resourcePath|$context.httpMethod|$context.path|$context.identity.sourceIp',
  '#foreach($k in $input.params().path.keySet())$k=$input.params().path.get($k)#end $util.escapeJavaScript($input.body) $util.base64Encode($input.path(\'$.name\')) $util.urlEncode("a b&c")',
  '#set($m = {"a": 1, "b": [1, 2]})$m $m.b $input.path(\'$.tags\') #if($input.path(\'$.missing\'))T#{else}F#end [$input.path(\'$.missing\')]',
];
const BODY = '{"name": "Rex \\"the dog\\"", "tags": ["a", "b"]}';

let portico: PorticoServer;
let backend: Server;
let received: string[] = [];
beforeAll(async () => {
  backend = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(Buffer.concat(chunks).toString());
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  portico = await startTestServer({ upstreams: new Map([['backend.example', `http://127.0.0.1:${(backend.address() as AddressInfo).port}`]]) });
});
afterAll(async () => {
  await portico.close();
  await new Promise<void>((resolve) => backend.close(() => resolve()));
});

it.each(TEMPLATES.map((t, i) => [i, t] as const))('template %i renders the same in the tool and in an invocation', async (_i, template) => {
  const { apiId } = await deployVector(portico.url, {
    stage: { variables: { env: 'prod' } },
    resources: [{
      path: '/pets/{id}',
      methods: { POST: {
        authorizationType: 'NONE',
        requestParameters: { 'method.request.path.id': true },
        methodResponses: { 200: {} },
        integration: { type: 'HTTP', httpMethod: 'POST', uri: 'http://backend.example/', requestTemplates: { 'application/json': template }, integrationResponses: { 200: { statusCode: '200' } } },
      } },
    }],
  }, 'dev');
  received = [];
  const r = await send(`${portico.url}/restapis/${apiId}/dev/_user_request_/pets/7?q=a%20b`, 'POST', { 'Content-Type': 'application/json', 'X-Trace': 't1' }, Buffer.from(BODY));
  expect(r.status).toBe(200);
  const { stdout } = await run(process.execPath, [PORTICO_BIN, 'render-template', '--template', template, '--body', BODY, '--method', 'POST',
    '--resource-path', '/pets/{id}', '--path', 'id=7', '--query', 'q=a b', '--header', 'Content-Type: application/json', '--header', 'X-Trace: t1',
    '--stage', 'dev', '--stage-variable', 'env=prod'], { timeout: 30_000 });
  expect(received).toEqual([stdout]);
});
