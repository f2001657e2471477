/**
 * The lifecycle driven by the two reference clients that are not JavaScript: boto3 and the AWS CLI
 * v2 (Debian packages, installed by .ci/run through ../shared/tools/install-reference-clients.sh),
 * against `portico serve` started from the built bin on an ephemeral port.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnPortico, type ServeProcess } from '../support/process.js';

const run = promisify(execFile);
let serve: ServeProcess;
let stateDir: string;

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'portico-clients-'));
  serve = await spawnPortico(['--state-dir', stateDir]);
});
afterAll(async () => {
  await serve?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

const cliEnv = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_PAGER: '',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
};

type CliResult = { code: number; stdout: string; stderr: string };

async function aws(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('/usr/bin/aws', ['--endpoint-url', serve.url, 'apigateway', ...args], { env: cliEnv, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function awsJson<T = Record<string, unknown>>(...args: string[]): Promise<T> {
  const r = await aws(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe('boto3', () => {
  it('drives the whole lifecycle', async () => {
    const script = join(import.meta.dirname, 'boto3_lifecycle.py');
    const result = await run('/usr/bin/python3', [script, serve.url], { timeout: 60_000 }).catch((err: { stdout: string; stderr: string }) => err);
    expect(`${result.stdout}${result.stderr}`).toMatch(/\d+ checks passed/);
  });
});

describe('AWS CLI v2 (/usr/bin/aws)', () => {
  it('drives the whole lifecycle', async () => {
    const api = await awsJson<{ id: string; name: string }>('create-rest-api', '--name', 'cli-api');
    expect(api.name).toBe('cli-api');
    // The reference CLI's model predates rootResourceId, so it drops it: find the root instead.
    const roots = await awsJson<{ items: { id: string }[] }>('get-resources', '--rest-api-id', api.id);
    const res = await awsJson<{ id: string; path: string }>('create-resource', '--rest-api-id', api.id, '--parent-id', roots.items[0]!.id, '--path-part', 'items');
    expect(res.path).toBe('/items');
    const at = ['--rest-api-id', api.id, '--resource-id', res.id, '--http-method', 'POST'];
    await awsJson('put-method', ...at, '--authorization-type', 'NONE');
    await awsJson('put-method-response', ...at, '--status-code', '200');
    const integ = await awsJson<Record<string, unknown>>(
      'put-integration', ...at, '--type', 'MOCK', '--request-templates', '{"application/json": "{\\"statusCode\\": 200}"}',
    );
    expect(integ).toEqual({
      type: 'MOCK',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      passthroughBehavior: 'WHEN_NO_MATCH',
      timeoutInMillis: 29000,
      cacheNamespace: res.id,
      cacheKeyParameters: [],
    });
    await awsJson('put-integration-response', ...at, '--status-code', '200', '--selection-pattern', '', '--response-templates', 'application/json=');
    const method = await awsJson<{ methodIntegration: { integrationResponses: Record<string, unknown> } }>('get-method', ...at);
    expect(method.methodIntegration.integrationResponses['200']).toEqual({ statusCode: '200', selectionPattern: '', responseTemplates: { 'application/json': null } });
    const dep = await awsJson<{ id: string }>('create-deployment', '--rest-api-id', api.id, '--stage-name', 'dev');
    const stage = await awsJson<{ deploymentId: string }>('get-stage', '--rest-api-id', api.id, '--stage-name', 'dev');
    expect(stage.deploymentId).toBe(dep.id);
    const resources = await awsJson<{ items: { path: string }[] }>('get-resources', '--rest-api-id', api.id);
    expect(resources.items.map((r) => r.path).sort()).toEqual(['/', '/items']);
    const text = await aws('get-rest-apis', '--query', 'items[].name', '--output', 'text');
    expect(text.stdout.trim().split('\t')).toContain('cli-api');
  });

  it('prints service errors as the AWS CLI does, exit code 254', async () => {
    const r = await aws('get-rest-api', '--rest-api-id', 'doesnotexist');
    expect(r.code).toBe(254);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('\nAn error occurred (NotFoundException) when calling the GetRestApi operation: Invalid API identifier specified 000000000000:doesnotexist\n');
  });

  it('paginates get-rest-apis automatically', async () => {
    for (let i = 0; i < 5; i++) await awsJson('create-rest-api', '--name', `paged-${i}`);
    const all = await awsJson<{ items: { name: string }[] }>('get-rest-apis', '--page-size', '2');
    expect(all.items.filter((a) => a.name.startsWith('paged-'))).toHaveLength(5);
  });
});
