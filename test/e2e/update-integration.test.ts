/**
 * UpdateIntegration end to end: the four examples of the manual page (shared/seed/
 * update-integration.1.txt) through /usr/bin/aws exactly as the recorded CLI runs pass them
 * (shared/vectors/cli/update-integration.json) and through the AWS SDK for JavaScript; concurrent
 * patches from two clients.
 */
import * as sdk from '@aws-sdk/client-api-gateway';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PorticoServer } from '../../src/server/start.js';
import { sdkClient, startTestServer } from '../support/server.js';
import { readVector } from '../support/vectors.js';

const run = promisify(execFile);
type CliCase = { id: string; argv: string[]; exit_code: number; requests: { body: unknown }[] };
const cases = readVector<{ cases: CliCase[] }>('cli/update-integration.json').cases;

let server: PorticoServer;
let client: sdk.APIGatewayClient;
beforeAll(async () => {
  server = await startTestServer();
  client = sdkClient(server);
});
afterAll(async () => {
  client.destroy();
  await server.close();
});

async function integrationTarget(): Promise<{ restApiId: string; resourceId: string; httpMethod: string }> {
  const api = await client.send(new sdk.CreateRestApiCommand({ name: 'man-page' }));
  const at = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: 'POST' };
  await client.send(new sdk.PutMethodCommand({ ...at, authorizationType: 'NONE' }));
  await client.send(new sdk.PutIntegrationCommand({ ...at, type: 'HTTP', integrationHttpMethod: 'POST', uri: 'http://example.com/pets' }));
  return at;
}

/** The recorded argv of a case, pointed at this server and this integration. */
function argvFor(id: string, at: { restApiId: string; resourceId: string }): string[] {
  const c = cases.find((x) => x.id === id)!;
  return c.argv.slice(1).map((a) => (a === '<endpoint>' ? server.url : a === 'a1b2c3d4e5' ? at.restApiId : a === 'a1b2c3' ? at.resourceId : a));
}

async function aws(argv: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('/usr/bin/aws', argv, {
    env: { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_DEFAULT_REGION: 'us-east-1', AWS_PAGER: '', AWS_CONFIG_FILE: '/dev/null' },
    timeout: 30_000,
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('the manual page examples', () => {
  it('through /usr/bin/aws, as the recorded runs pass them', async () => {
    const at = await integrationTarget();
    expect((await aws(argvFor('example1-add', at))).requestTemplates).toEqual({ 'application/json': null });
    expect((await aws(argvFor('example2-replace-json', at))).requestTemplates).toEqual({ 'application/json': '{"example": "json"}' });
    expect((await aws(argvFor('example2-as-bash-passes-it', at))).requestTemplates).toEqual({ 'application/json': '{example: json}' });
    expect((await aws(argvFor('example3-no-slash', at))).requestTemplates).toEqual({ 'application/json': null });
    const removed = await aws(argvFor('example4-remove', at));
    expect(removed.requestTemplates).toBeUndefined();
    expect(removed).toMatchObject({ type: 'HTTP', uri: 'http://example.com/pets', timeoutInMillis: 29000 });
  });

  it('through the AWS SDK for JavaScript, with the recorded wire bodies', async () => {
    const at = await integrationTarget();
    const bodyOf = (id: string) => (cases.find((c) => c.id === id)!.requests[0]!.body as { patchOperations: sdk.PatchOperation[] }).patchOperations;
    const send = (id: string) => client.send(new sdk.UpdateIntegrationCommand({ ...at, patchOperations: bodyOf(id) }));
    expect((await send('example1-add')).requestTemplates).toEqual({ 'application/json': null });
    expect((await send('example2-replace-json')).requestTemplates).toEqual({ 'application/json': '{"example": "json"}' });
    expect((await send('example3-no-slash')).requestTemplates).toEqual({ 'application/json': null });
    expect((await send('example4-remove')).requestTemplates).toBeUndefined();
    expect((await client.send(new sdk.GetIntegrationCommand(at))).requestTemplates).toBeUndefined();
  });

  it('answers the recorded service-error case as AWS does', async () => {
    const at = await integrationTarget();
    const argv = argvFor('service-error', at);
    const failure = await run('/usr/bin/aws', argv, {
      env: { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_DEFAULT_REGION: 'us-east-1', AWS_PAGER: '', AWS_CONFIG_FILE: '/dev/null' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({
      code: 254,
      stderr: '\nAn error occurred (NotFoundException) when calling the UpdateIntegration operation: Invalid Resource identifier specified\n',
    });
  });
});

describe('concurrent UpdateIntegration', () => {
  it('never loses an update when two clients patch the same integration at once', async () => {
    const at = await integrationTarget();
    const other = sdkClient(server);
    const patches = (prefix: string, c: sdk.APIGatewayClient) =>
      Array.from({ length: 40 }, (_, i) =>
        c.send(new sdk.UpdateIntegrationCommand({ ...at, patchOperations: [{ op: 'add', path: `/requestTemplates/${prefix}~1t${i}`, value: `${prefix}${i}` }] })),
      );
    await Promise.all([...patches('a', client), ...patches('b', other)]);
    other.destroy();
    const final = await client.send(new sdk.GetIntegrationCommand(at));
    expect(Object.keys(final.requestTemplates ?? {})).toHaveLength(80);
    expect(final.requestTemplates?.['a/t39']).toBe('a39');
    expect(final.requestTemplates?.['b/t0']).toBe('b0');
  });
});
