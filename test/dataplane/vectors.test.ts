/**
 * Every data-plane vector of shared/vectors/dataplane.json whose integrations this gateway runs,
 * driven over real HTTP against a running `portico serve` (child process, ephemeral port) and real local
 * backends standing in for the hosts the vectors name. The vector's request path starts with the
 * stage, which names the stage the API is deployed to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnPortico, type ServeProcess } from '../support/process.js';
import { TEST_ACCOUNT } from '../support/server.js';
import { readVector } from '../support/vectors.js';
import { behaviourFor, startBackend, type FakeBackend, type ReceivedRequest } from './backends.js';
import { check } from './checks.js';
import { send } from './client.js';
import { deployVector, type VectorSetup } from './setup.js';

type Request = { method: string; path: string; query?: string; headers?: Record<string, string>; body?: string | { base64: string } };
type Vector = {
  id: string;
  description: string;
  setup: VectorSetup;
  request: Request | { sequence: Request[] };
  backend?: { kind: string; behavior?: string; response_headers?: Record<string, string> };
  expect: Record<string, unknown>;
};

export const SUPPORTED_TYPES = new Set(['MOCK', 'HTTP', 'HTTP_PROXY']);
/** Host names the vectors use for their backends; each is pointed at the vector's local backend. */
const BACKEND_HOSTS = ['backend.example', 'lambda-url.example', 'httpbin.example'];

const typesOf = (v: Vector): string[] =>
  v.setup.resources.flatMap((r) => Object.values(r.methods ?? {}).map((m) => String((m.integration as { type?: string } | undefined)?.type)));

export const vectors = readVector<{ vectors: Vector[] }>('dataplane.json').vectors;

/**
 * The recorded vectors were sent with python-requests, whose default headers reached AWS too
 * (e2e-http-09's backend sees the client's `accept-encoding`); a vector's own headers override them.
 */
const RECORDING_CLIENT_HEADERS: Record<string, string> = {
  'User-Agent': 'python-requests/2.32.3',
  'Accept-Encoding': 'gzip, deflate',
  Accept: '*/*',
  Connection: 'keep-alive',
};

function withClientDefaults(headers: Record<string, string>): Record<string, string> {
  const given = new Set(Object.keys(headers).map((k) => k.toLowerCase()));
  const defaults = Object.entries(RECORDING_CLIENT_HEADERS).filter(([k]) => !given.has(k.toLowerCase()));
  return { ...Object.fromEntries(defaults), ...headers };
}

export async function runVector(v: Vector, server: { url: string }, backend: FakeBackend | undefined): Promise<string[]> {
  const requests = 'sequence' in v.request ? v.request.sequence : [v.request];
  const stage = requests[0]!.path.split('/')[1]!;
  const deployed = await deployVector(server.url, v.setup, stage);
  const responses: { status: number; headers: [string, string][]; body: Buffer }[] = [];
  for (const r of requests) {
    const rest = r.path.slice(stage.length + 1) || '/';
    const url = `${server.url}/restapis/${deployed.apiId}/${stage}/_user_request_${rest}${r.query ? `?${r.query}` : ''}`;
    // A Buffer, so that fetch adds no Content-Type of its own.
    const body = r.body === undefined ? undefined : typeof r.body === 'string' ? Buffer.from(r.body) : Buffer.from(r.body.base64, 'base64');
    responses.push(await send(url, r.method, withClientDefaults(r.headers ?? {}), body));
  }
  const last = responses[responses.length - 1]!;
  const fill = (s: string) => s.replaceAll('{apiId}', deployed.apiId).replaceAll('{accountId}', TEST_ACCOUNT).replaceAll('{rootResourceId}', deployed.rootResourceId);
  const received: ReceivedRequest[] = backend?.received ?? [];
  return check(v.expect, { ...last, backend: received, bodies: responses.map((r) => r.body) }, fill);
}

describe('data-plane vectors: MOCK, HTTP, HTTP_PROXY', () => {
  const mine = vectors.filter((v) => typesOf(v).every((t) => SUPPORTED_TYPES.has(t)));
  let backend: FakeBackend | undefined;
  let server: ServeProcess;
  let behaviour: ((...a: Parameters<Parameters<typeof startBackend>[0]>) => void | Promise<void>) | undefined;

  beforeAll(async () => {
    backend = await startBackend((req, res, n) => {
      if (!behaviour) throw new Error('no behaviour');
      return behaviour(req, res, n);
    });
    // A running `portico serve`, as a user starts it, with the vectors' backend hosts pointed here.
    server = await spawnPortico(['--in-memory', '--account', TEST_ACCOUNT, ...BACKEND_HOSTS.flatMap((h) => ['--upstream', `${h}=${backend!.origin}`])]);
  });
  afterAll(async () => {
    await server.stop();
    await backend?.close();
  });

  it('covers every MOCK, HTTP and HTTP_PROXY vector', () => {
    expect(mine.length).toBeGreaterThan(60);
  });

  for (const v of mine) {
    it(`${v.id}: ${v.description}`, async () => {
      backend!.received.length = 0;
      behaviour = v.backend?.behavior ? behaviourFor(v.backend.behavior, v.backend.response_headers) : undefined;
      const errors = await runVector(v, server, backend);
      expect(errors).toEqual([]);
    });
  }
});
