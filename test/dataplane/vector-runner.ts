/**
 * Running one vector of shared/vectors/dataplane.json against a running Portico: deploy its API
 * through the control plane, send its request(s) as the recording client did, check its
 * expectations (checks.ts).
 */
import { TEST_ACCOUNT } from '../support/server.js';
import { readVector } from '../support/vectors.js';
import type { ReceivedRequest } from './backends.js';
import { check } from './checks.js';
import { send } from './client.js';
import { deployVector, type VectorSetup } from './setup.js';

type Request = { method: string; path: string; query?: string; headers?: Record<string, string>; body?: string | { base64: string } };
export type Vector = {
  id: string;
  description: string;
  setup: VectorSetup;
  request: Request | { sequence: Request[] };
  backend?: { kind: string; behavior?: string; response_headers?: Record<string, string>; returns?: unknown; service?: string };
  expect: Record<string, unknown>;
};

export const typesOf = (v: Vector): string[] =>
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

/**
 * Deploys the vector's API (`setup` may be adapted, e.g. to name a local function), sends its
 * request(s) and checks its expectations; `received` is what the backend recorded. Returns the
 * failed expectations.
 */
export async function runVector(v: Vector, server: { url: string }, received: ReceivedRequest[], setup: VectorSetup = v.setup): Promise<string[]> {
  const requests = 'sequence' in v.request ? v.request.sequence : [v.request];
  const stage = requests[0]!.path.split('/')[1]!;
  const deployed = await deployVector(server.url, setup, stage);
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
  return check(v.expect, { ...last, backend: received, bodies: responses.map((r) => r.body) }, fill);
}

