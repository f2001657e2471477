/**
 * Every data-plane vector of shared/vectors/dataplane.json whose integrations this gateway runs,
 * driven over real HTTP against a running `portico serve` (child process, ephemeral port) and real local
 * backends standing in for the hosts the vectors name. The vector's request path starts with the
 * stage, which names the stage the API is deployed to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnPortico, type ServeProcess } from '../support/process.js';
import { TEST_ACCOUNT } from '../support/server.js';
import { behaviourFor, startBackend, type FakeBackend } from './backends.js';
import { runVector, typesOf, vectors } from './vector-runner.js';

export const SUPPORTED_TYPES = new Set(['MOCK', 'HTTP', 'HTTP_PROXY']);
/** Host names the vectors use for their backends; each is pointed at the vector's local backend. */
const BACKEND_HOSTS = ['backend.example', 'lambda-url.example', 'httpbin.example'];

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
      const errors = await runVector(v, server, backend?.received ?? []);
      expect(errors).toEqual([]);
    });
  }
});
