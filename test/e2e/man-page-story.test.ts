/**
 * The manual page's story, end to end: an HTTP integration is put, each of the four
 * `update-integration` examples of shared/seed/update-integration.1.txt is applied (argv exactly as
 * the recorded AWS CLI runs pass them), the API is redeployed, and an invocation shows the effect.
 * Run once with the reference AWS CLI v2 (/usr/bin/aws) and once with `portico apigateway`, against
 * a running `portico serve` whose `backend.example` is a local echo server.
 *
 * The integration passes through only when a template matches (WHEN_NO_TEMPLATES) and starts with
 * an application/xml template only, so a JSON request is refused (415) until example 1 adds an
 * application/json template.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../dataplane/client.js';
import { PORTICO_BIN, spawnPortico, type ServeProcess } from '../support/process.js';
import { readVector } from '../support/vectors.js';

const run = promisify(execFile);
type CliCase = { id: string; argv: string[] };
const cases = readVector<{ cases: CliCase[] }>('cli/update-integration.json').cases;
const ENV = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_PAGER: '',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

const CLIS: { name: string; command: string[]; available: boolean }[] = [
  { name: '/usr/bin/aws', command: ['/usr/bin/aws'], available: existsSync('/usr/bin/aws') },
  { name: 'portico apigateway', command: [process.execPath, PORTICO_BIN], available: true },
];

let portico: ServeProcess;
let backend: Server;
beforeAll(async () => {
  // Echoes what the integration sent it.
  backend = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.stringify({ received: Buffer.concat(chunks).toString(), path: req.url });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  portico = await spawnPortico(['--in-memory', '--upstream', `backend.example=http://127.0.0.1:${(backend.address() as AddressInfo).port}`]);
});
afterAll(async () => {
  await portico?.stop();
  await new Promise<void>((resolve) => backend.close(() => resolve()));
});

for (const cli of CLIS) {
  describe.runIf(cli.available || process.env.CI === 'true')(`the manual page story with ${cli.name}`, () => {
    const call = async (...args: string[]): Promise<Record<string, unknown>> => {
      const [file, ...pre] = cli.command;
      const { stdout } = await run(file!, [...pre, '--endpoint-url', portico.url, '--output', 'json', 'apigateway', ...args], { env: ENV, timeout: 30_000 });
      return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
    };
    /** A recorded example's argv, pointed at this API. */
    const example = (id: string, api: string, resource: string): string[] => {
      const argv = cases.find((c) => c.id === id)!.argv;
      return argv.slice(argv.indexOf('apigateway') + 1).map((a) => (a === 'a1b2c3d4e5' ? api : a === 'a1b2c3' ? resource : a));
    };

    it('each example, once redeployed, changes what the backend receives', async () => {
      const api = (await call('create-rest-api', '--name', 'man-page-story')).id as string;
      const root = ((await call('get-resources', '--rest-api-id', api)).items as { id: string }[])[0]!.id;
      const resource = (await call('create-resource', '--rest-api-id', api, '--parent-id', root, '--path-part', 'pets')).id as string;
      const at = ['--rest-api-id', api, '--resource-id', resource, '--http-method', 'POST'];
      await call('put-method', ...at, '--authorization-type', 'NONE');
      await call('put-method-response', ...at, '--status-code', '200');
      await call('put-integration', ...at, '--type', 'HTTP', '--integration-http-method', 'POST', '--uri', 'http://backend.example/pets',
        '--passthrough-behavior', 'WHEN_NO_TEMPLATES', '--request-templates', '{"application/xml":"<pet/>"}');
      await call('put-integration-response', ...at, '--status-code', '200');
      const redeploy = () => call('create-deployment', '--rest-api-id', api, '--stage-name', 'test');
      const invoke = async () => {
        const r = await send(`${portico.url}/restapis/${api}/test/_user_request_/pets`, 'POST', { 'Content-Type': 'application/json' }, Buffer.from('{"name": "Rex"}'));
        return { status: r.status, body: JSON.parse(r.body.toString()) as Record<string, unknown> };
      };
      await redeploy();
      expect(await invoke()).toEqual({ status: 415, body: { message: 'Unsupported Media Type' } });

      // Example 1: an application/json template "configured with Input Passthrough".
      expect((await call(...example('example1-add', api, resource))).requestTemplates).toEqual({ 'application/json': null, 'application/xml': '<pet/>' });
      expect((await invoke()).status).toBe(415); // not live until redeployed
      await redeploy();
      expect(await invoke()).toEqual({ status: 200, body: { received: '{"name": "Rex"}', path: '/pets' } });

      // Example 2: a custom template.
      await call(...example('example2-replace-json', api, resource));
      await redeploy();
      expect(await invoke()).toEqual({ status: 200, body: { received: '{"example": "json"}', path: '/pets' } });

      // Example 3: back to Input Passthrough (the path without its leading slash).
      await call(...example('example3-no-slash', api, resource));
      await redeploy();
      expect(await invoke()).toEqual({ status: 200, body: { received: '{"name": "Rex"}', path: '/pets' } });

      // Example 4: the template removed; JSON is refused again.
      const removed = await call(...example('example4-remove', api, resource));
      expect(removed.requestTemplates).toEqual({ 'application/xml': '<pet/>' });
      await redeploy();
      expect(await invoke()).toEqual({ status: 415, body: { message: 'Unsupported Media Type' } });
    });
  });
}
