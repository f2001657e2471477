/**
 * The recorded runs of the reference (shared/vectors/cli/update-integration.json) through
 * `node bin/portico.js`: stdout, stderr and exit code byte for byte, and the requests sent
 * (method, path, body as data). Normalisations: `<endpoint>` is this test's fake endpoint, which
 * answers as the recorded one did (a fixed Integration, or 404 NotFoundException for resource id
 * `missing`); request bodies are compared as JSON data (botocore and the SDK space JSON
 * differently).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVector } from '../support/vectors.js';
import { bodyData, fakeEndpoint, runPortico, type FakeEndpoint } from './support.js';

type Case = {
  id: string;
  argv: string[];
  exit_code: number;
  stdout: string;
  stderr: string;
  requests: { method: string; path: string; body: unknown }[];
};
const vector = readVector<{ cases: Case[] }>('cli/update-integration.json');

/** The Integration the recorded endpoint answered with (plus a member the 2.9.19 model does not know). */
const INTEGRATION = JSON.stringify({
  type: 'HTTP',
  httpMethod: 'POST',
  uri: 'http://example.com/pets',
  connectionType: 'INTERNET',
  requestTemplates: { 'application/json': '{"example": "json"}' },
  passthroughBehavior: 'WHEN_NO_MATCH',
  timeoutInMillis: 29000,
  cacheNamespace: 'a1b2c3',
  cacheKeyParameters: [],
  someMemberFromTheFuture: 'dropped',
});

let endpoint: FakeEndpoint;
beforeAll(async () => {
  endpoint = await fakeEndpoint((req) =>
    req.path.includes('/resources/missing/')
      ? { status: 404, headers: { 'x-amzn-errortype': 'NotFoundException' }, body: JSON.stringify({ message: 'Invalid Integration identifier specified' }) }
      : { status: 200, body: INTEGRATION },
  );
});
afterAll(() => endpoint.close());

describe('update-integration goldens', () => {
  it.each(vector.cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const before = endpoint.requests.length;
    const args = c.argv.slice(1).map((a) => (a === '<endpoint>' ? endpoint.url : a));
    const out = await runPortico(args);
    expect({ stdout: out.stdout, stderr: out.stderr, code: out.code }).toEqual({ stdout: c.stdout, stderr: c.stderr, code: c.exit_code });
    const sent = endpoint.requests.slice(before).map((r) => ({ method: r.method, path: r.path, body: bodyData(r.body) }));
    expect(sent).toEqual(c.requests);
  });
});
