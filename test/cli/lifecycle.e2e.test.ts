/**
 * `portico apigateway` end to end against a Portico server (in-process, ephemeral port): every
 * operation the server implements (the control plane's registry) is run through the built CLI in
 * a lifecycle, creating, reading, updating and deleting each kind of resource. Every read is also
 * run through the reference `/usr/bin/aws`, and the two outputs must be identical byte for byte.
 * `--dry-run` is checked against the server (diff, nothing stored) and against an endpoint that is
 * not Portico (refused, patch not sent).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/control-plane/registry.js';
import { commandTable } from '../../src/cli/driver.js';
import type { PorticoServer } from '../../src/server/start.js';
import { startTestServer } from '../support/server.js';
import { cliEnv, fakeEndpoint, runBin, runPortico } from './support.js';

const AWS = '/usr/bin/aws';
const hasAws = existsSync(AWS);
let server: PorticoServer;
const exercised = new Set<string>();
const vars: Record<string, string> = {};
const dir = mkdtempSync(join(tmpdir(), 'portico-cli-e2e-'));

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const fill = (args: readonly string[]): string[] => args.map((a) => a.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`));

/** Runs one operation through portico (and, for reads, through /usr/bin/aws too). */
async function step(args: readonly string[], save?: Record<string, (out: Record<string, unknown>) => unknown>): Promise<Record<string, unknown>> {
  const argv = ['--endpoint-url', server.url, 'apigateway', ...fill(args)];
  const op = commandTable().get(args[0]!)!;
  exercised.add(op);
  const mine = await runPortico(argv);
  expect({ code: mine.code, stderr: mine.stderr }, `${args.join(' ')}`).toEqual({ code: 0, stderr: '' });
  if (hasAws && op.startsWith('Get')) {
    const ref = await runBin(AWS, argv, cliEnv());
    expect(mine.stdout, `${args.join(' ')} (vs /usr/bin/aws)`).toBe(ref.stdout);
  }
  const out = (mine.stdout.trim() ? JSON.parse(mine.stdout) : {}) as Record<string, unknown>;
  for (const [k, f] of Object.entries(save ?? {})) vars[k] = String(f(out));
  return out;
}

const id = (o: Record<string, unknown>): unknown => o['id'];
const patch = (path: string, value: string): string[] => ['--patch-operations', `op=replace,path=${path},value=${value}`];

describe('every implemented operation through portico apigateway', () => {
  it('runs the lifecycle', { timeout: 600_000 }, async () => {
    writeFileSync(
      join(dir, 'docs.json'),
      JSON.stringify({
        swagger: '2.0',
        info: { title: 'pets', version: '1' },
        paths: {},
        'x-amazon-apigateway-documentation': { version: '1', documentationParts: [{ location: { type: 'API' }, properties: { description: 'imported' } }] },
      }),
    );
    vars['dir'] = dir;
    await step(['create-rest-api', '--name', 'pets', '--description', 'first'], { api: id });
    await step(['get-rest-api', '--rest-api-id', '{api}']);
    await step(['get-rest-apis']);
    await step(['update-rest-api', '--rest-api-id', '{api}', ...patch('/description', 'second')]);
    await step(['get-resources', '--rest-api-id', '{api}'], { root: (o) => (o['items'] as { id: string }[])[0]!.id });
    await step(['create-resource', '--rest-api-id', '{api}', '--parent-id', '{root}', '--path-part', 'pets'], { res: id });
    await step(['get-resource', '--rest-api-id', '{api}', '--resource-id', '{res}']);
    await step(['update-resource', '--rest-api-id', '{api}', '--resource-id', '{res}', ...patch('/pathPart', 'animals')]);
    const m = ['--rest-api-id', '{api}', '--resource-id', '{res}', '--http-method', 'GET'];
    await step(['put-method', ...m, '--authorization-type', 'NONE', '--request-parameters', 'method.request.querystring.q=false']);
    await step(['get-method', ...m]);
    await step(['update-method', ...m, ...patch('/apiKeyRequired', 'true')]);
    await step(['put-method-response', ...m, '--status-code', '200', '--response-models', 'application/json=Empty']);
    await step(['get-method-response', ...m, '--status-code', '200']);
    await step(['update-method-response', ...m, '--status-code', '200', '--patch-operations', 'op=add,path=/responseParameters/method.response.header.X-Id,value=false']);
    await step(['put-integration', ...m, '--type', 'MOCK', '--request-templates', '{"application/json": "{\\"statusCode\\": 200}"}']);
    await step(['get-integration', ...m]);
    await step(['update-integration', ...m, '--patch-operations', "op='add',path='/requestTemplates/text~1plain',value='{\"statusCode\": 200}'"]);
    await step(['put-integration-response', ...m, '--status-code', '200', '--selection-pattern', '']);
    await step(['get-integration-response', ...m, '--status-code', '200']);
    await step(['update-integration-response', ...m, '--status-code', '200', '--patch-operations', "op=replace,path=/selectionPattern,value='2\\d{2}'"]);
    await step(['create-deployment', '--rest-api-id', '{api}', '--stage-name', 'dev', '--description', 'first'], { dep: id });
    await step(['get-deployment', '--rest-api-id', '{api}', '--deployment-id', '{dep}']);
    await step(['get-deployments', '--rest-api-id', '{api}']);
    await step(['update-deployment', '--rest-api-id', '{api}', '--deployment-id', '{dep}', ...patch('/description', 'again')]);
    await step(['create-stage', '--rest-api-id', '{api}', '--stage-name', 'prod', '--deployment-id', '{dep}', '--variables', 'a=1,b=two']);
    await step(['get-stage', '--rest-api-id', '{api}', '--stage-name', 'prod']);
    await step(['get-stages', '--rest-api-id', '{api}']);
    await step(['update-stage', '--rest-api-id', '{api}', '--stage-name', 'prod', ...patch('/description', 'production')]);
    await step(['flush-stage-cache', '--rest-api-id', '{api}', '--stage-name', 'prod']);
    await step(['flush-stage-authorizers-cache', '--rest-api-id', '{api}', '--stage-name', 'prod']);
    await step(['create-vpc-link', '--name', 'link', '--target-arns', 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/nlb/0123456789abcdef'], { vpc: id });
    await step(['get-vpc-link', '--vpc-link-id', '{vpc}']);
    await step(['get-vpc-links']);
    await step(['update-vpc-link', '--vpc-link-id', '{vpc}', ...patch('/description', 'link')]);
    await step(['create-model', '--rest-api-id', '{api}', '--name', 'Pet', '--content-type', 'application/json', '--schema', '{"type": "object"}']);
    await step(['get-model', '--rest-api-id', '{api}', '--model-name', 'Pet']);
    await step(['get-models', '--rest-api-id', '{api}']);
    await step(['update-model', '--rest-api-id', '{api}', '--model-name', 'Pet', ...patch('/description', 'pet')]);
    await step(['create-request-validator', '--rest-api-id', '{api}', '--name', 'body', '--validate-request-body'], { rv: id });
    await step(['get-request-validator', '--rest-api-id', '{api}', '--request-validator-id', '{rv}']);
    await step(['get-request-validators', '--rest-api-id', '{api}']);
    await step(['update-request-validator', '--rest-api-id', '{api}', '--request-validator-id', '{rv}', ...patch('/name', 'body2')]);
    await step(
      [
        'create-authorizer', '--rest-api-id', '{api}', '--name', 'auth', '--type', 'TOKEN', '--identity-source', 'method.request.header.Authorization',
        '--authorizer-uri', 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:auth/invocations',
      ],
      { auth: id },
    );
    await step(['get-authorizer', '--rest-api-id', '{api}', '--authorizer-id', '{auth}']);
    await step(['get-authorizers', '--rest-api-id', '{api}']);
    await step(['update-authorizer', '--rest-api-id', '{api}', '--authorizer-id', '{auth}', ...patch('/name', 'auth2')]);
    await step(['put-gateway-response', '--rest-api-id', '{api}', '--response-type', 'DEFAULT_4XX', '--status-code', '400']);
    await step(['get-gateway-response', '--rest-api-id', '{api}', '--response-type', 'DEFAULT_4XX']);
    await step(['get-gateway-responses', '--rest-api-id', '{api}']);
    await step(['update-gateway-response', '--rest-api-id', '{api}', '--response-type', 'DEFAULT_4XX', ...patch('/statusCode', '401')]);
    await step(['create-documentation-part', '--rest-api-id', '{api}', '--location', 'type=API', '--properties', '{"description": "pets"}'], { doc: id });
    await step(['get-documentation-part', '--rest-api-id', '{api}', '--documentation-part-id', '{doc}']);
    await step(['get-documentation-parts', '--rest-api-id', '{api}']);
    await step(['update-documentation-part', '--rest-api-id', '{api}', '--documentation-part-id', '{doc}', '--patch-operations', `op=replace,path=/properties,value='{"description": "cats"}'`]);
    await step(['import-documentation-parts', '--rest-api-id', '{api}', '--mode', 'merge', '--body', 'fileb://{dir}/docs.json']);
    await step(['create-documentation-version', '--rest-api-id', '{api}', '--documentation-version', 'v1']);
    await step(['get-documentation-version', '--rest-api-id', '{api}', '--documentation-version', 'v1']);
    await step(['get-documentation-versions', '--rest-api-id', '{api}']);
    await step(['update-documentation-version', '--rest-api-id', '{api}', '--documentation-version', 'v1', ...patch('/description', 'one')]);
    await step(['create-api-key', '--name', 'key', '--enabled'], { key: id });
    await step(['get-api-key', '--api-key', '{key}', '--include-value']);
    await step(['get-api-keys']);
    await step(['update-api-key', '--api-key', '{key}', ...patch('/description', 'key')]);
    await step(['create-usage-plan', '--name', 'plan', '--api-stages', 'apiId={api},stage=prod', '--throttle', 'burstLimit=10,rateLimit=5.0'], { plan: id });
    await step(['get-usage-plan', '--usage-plan-id', '{plan}']);
    await step(['get-usage-plans']);
    await step(['update-usage-plan', '--usage-plan-id', '{plan}', ...patch('/description', 'plan')]);
    await step(['create-usage-plan-key', '--usage-plan-id', '{plan}', '--key-id', '{key}', '--key-type', 'API_KEY']);
    await step(['get-usage-plan-key', '--usage-plan-id', '{plan}', '--key-id', '{key}']);
    await step(['get-usage-plan-keys', '--usage-plan-id', '{plan}']);
    await step(['delete-usage-plan-key', '--usage-plan-id', '{plan}', '--key-id', '{key}']);
    await step(['delete-usage-plan', '--usage-plan-id', '{plan}']);
    await step(['delete-api-key', '--api-key', '{key}']);
    await step(['delete-documentation-version', '--rest-api-id', '{api}', '--documentation-version', 'v1']);
    await step(['delete-documentation-part', '--rest-api-id', '{api}', '--documentation-part-id', '{doc}']);
    await step(['delete-gateway-response', '--rest-api-id', '{api}', '--response-type', 'DEFAULT_4XX']);
    await step(['delete-authorizer', '--rest-api-id', '{api}', '--authorizer-id', '{auth}']);
    await step(['delete-request-validator', '--rest-api-id', '{api}', '--request-validator-id', '{rv}']);
    await step(['delete-model', '--rest-api-id', '{api}', '--model-name', 'Pet']);
    await step(['delete-vpc-link', '--vpc-link-id', '{vpc}']);
    await step(['delete-stage', '--rest-api-id', '{api}', '--stage-name', 'prod']);
    await step(['delete-stage', '--rest-api-id', '{api}', '--stage-name', 'dev']);
    await step(['delete-deployment', '--rest-api-id', '{api}', '--deployment-id', '{dep}']);
    await step(['delete-integration-response', ...m, '--status-code', '200']);
    await step(['delete-integration', ...m]);
    await step(['delete-method-response', ...m, '--status-code', '200']);
    await step(['delete-method', ...m]);
    await step(['delete-resource', '--rest-api-id', '{api}', '--resource-id', '{res}']);
    await step(['delete-rest-api', '--rest-api-id', '{api}']);
    const missing = Object.keys(OPERATIONS).filter((op) => !exercised.has(op));
    expect(missing).toEqual([]);
  });
});

describe('--dry-run', () => {
  it('shows the diff and stores nothing on a Portico server', async () => {
    const env = cliEnv();
    const base = ['--endpoint-url', server.url, 'apigateway'];
    const api = JSON.parse((await runPortico([...base, 'create-rest-api', '--name', 'dry'], env)).stdout) as { id: string };
    const root = (JSON.parse((await runPortico([...base, 'get-resources', '--rest-api-id', api.id], env)).stdout) as { items: { id: string }[] }).items[0]!.id;
    const m = ['--rest-api-id', api.id, '--resource-id', root, '--http-method', 'POST'];
    expect((await runPortico([...base, 'put-method', ...m, '--authorization-type', 'NONE'], env)).code).toBe(0);
    expect((await runPortico([...base, 'put-integration', ...m, '--type', 'HTTP', '--integration-http-method', 'POST', '--uri', 'http://example.com/pets'], env)).code).toBe(0);
    const before = (await runPortico([...base, 'get-integration', ...m], env)).stdout;
    const dry = await runPortico([...base, 'update-integration', ...m, '--dry-run', '--patch-operations', 'op=replace,path=/uri,value=http://example.com/cats'], env);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('-    "uri": "http://example.com/pets",');
    expect(dry.stdout).toContain('+    "uri": "http://example.com/cats",');
    expect((await runPortico([...base, 'get-integration', ...m], env)).stdout).toBe(before);
  });

  it('refuses without sending the patch when the endpoint is not Portico', async () => {
    const fake = await fakeEndpoint(() => ({ status: 200, body: '{"type":"HTTP","uri":"http://example.com/pets"}' }));
    try {
      const out = await runPortico([
        '--endpoint-url', fake.url, 'apigateway', 'update-integration', '--rest-api-id', 'a', '--resource-id', 'b', '--http-method', 'GET',
        '--dry-run', '--patch-operations', 'op=replace,path=/uri,value=http://example.com/cats',
      ]);
      expect(out.code).toBe(252);
      expect(out.stderr).toContain('--dry-run needs a Portico server');
      expect(fake.requests.map((r) => r.method)).toEqual(['GET']);
    } finally {
      await fake.close();
    }
  });
});
