/**
 * Re-runs a test whose responses LocalStack recorded against AWS, against Portico, and compares.
 *
 *   recordedTest('test_apigateway_api.py::TestApiGatewayApiResource::test_resource_lifecycle',
 *     async ({ call, match }) => {
 *       const api = await call('CreateRestApi', { name: 'api' });
 *       match('create-resource', await call('CreateResource', { ... }));
 *     });
 *
 * Each recorded test gets a fresh in-memory server. `call` sends the request with the AWS SDK for
 * JavaScript and returns the response body parsed the way boto3 parses it (the form the recordings
 * hold): the output members plus `ResponseMetadata`, or `{Error: {Code, Message}, message,
 * ResponseMetadata}`. When the test ends, every key of the recording must have been matched, or
 * skipped with a reason.
 */
import * as sdk from '@aws-sdk/client-api-gateway';
import { Readable } from 'node:stream';
import { it } from 'vitest';
import type { PorticoServer } from '../../src/server/start.js';
import { boto3Error, boto3Output, type Boto3Response } from '../support/boto3-form.js';
import { sdkClient, startTestServer, TEST_REGION } from '../support/server.js';
import { readVector } from '../support/vectors.js';
import { matchRecorded, newBindings } from './match.js';

export type { Boto3Response };

export type RecordedContext = {
  readonly server: PorticoServer;
  readonly client: sdk.APIGatewayClient;
  /** Calls an operation (its model name, e.g. 'PutIntegration') with the SDK; never throws for AWS errors. */
  call(operation: string, input?: Record<string, unknown>): Promise<Boto3Response>;
  /** Sends a request the SDK would not send (a wrong JSON type, say); success bodies are the wire JSON. */
  raw(method: string, path: string, body?: unknown): Promise<Boto3Response>;
  /** Compares `actual` with the recording's value under `key`. */
  match(key: string, actual: unknown, options?: { ignore?: string[] }): void;
  /** Declares a recorded key that this port does not reproduce, and why. */
  skip(key: string, reason: string): void;
  /** A name unique within the test. */
  unique(prefix: string): string;
  /** The recorded value under `key` (to reuse recorded inputs). */
  recorded(key: string): unknown;
};

type Snapshot = Record<string, { 'recorded-content': Record<string, unknown> }>;
const snapshots = new Map<string, Snapshot>();

function recordingOf(key: string): Record<string, unknown> {
  const file = key.split('.py::')[0]!;
  let snapshot = snapshots.get(file);
  if (!snapshot) {
    snapshot = readVector<Snapshot>(`aws-recorded/${file}.snapshot.json`);
    snapshots.set(file, snapshot);
  }
  const entry = snapshot[`tests/aws/services/apigateway/${key}`];
  if (!entry) throw new Error(`no recording ${key}`);
  return entry['recorded-content'];
}

export type RecordedOptions = {
  /** Paths (`$.a.b`) ignored in every comparison of this test, with the reason in a comment. */
  ignore?: string[];
};

export function recordedTest(key: string, body: (ctx: RecordedContext) => Promise<void>, options: RecordedOptions = {}): void {
  it(`reproduces ${key.split('::').slice(1).join('::')}`, async () => {
    const recording = recordingOf(key);
    const server = await startTestServer();
    const client = sdkClient(server);
    const capture = captureBodies(client);
    const bindings = newBindings({ '<region>': TEST_REGION, '<partition>': 'aws' });
    const seen = new Set<string>();
    const failures: string[] = [];
    let counter = 0;
    const ctx: RecordedContext = {
      server,
      client,
      call: (operation, input = {}) => callSdk(client, capture, operation, input),
      raw: (method, path, payload) => callRaw(server.url, method, path, payload),
      match: (k, actual, opts = {}) => {
        seen.add(k);
        if (!(k in recording)) {
          failures.push(`${k}: not in the recording`);
          return;
        }
        const errors = matchRecorded(recording[k], actual, bindings, '$', [...(options.ignore ?? []), ...(opts.ignore ?? [])]);
        for (const e of errors) failures.push(`${k} ${e}`);
      },
      skip: (k, reason) => {
        if (!reason) throw new Error('skip needs a reason');
        seen.add(k);
      },
      unique: (prefix) => `${prefix}-${++counter}`,
      recorded: (k) => recording[k],
    };
    try {
      await body(ctx);
    } finally {
      client.destroy();
      await server.close();
    }
    for (const k of Object.keys(recording)) if (!seen.has(k)) failures.push(`${k}: recorded but never matched or skipped`);
    if (failures.length > 0) throw new Error(`${key}\n  ${failures.join('\n  ')}`);
  });
}

type Command = new (input: Record<string, unknown>) => Parameters<sdk.APIGatewayClient['send']>[0];
type Capture = { status: number; body: string };

/** Wraps the client's HTTP handler so that the raw response body of each call is kept. */
function captureBodies(client: sdk.APIGatewayClient): Capture {
  const last: Capture = { status: 0, body: '' };
  const handler = client.config.requestHandler as unknown as {
    handle(request: unknown, options?: unknown): Promise<{ response: { statusCode: number; body: AsyncIterable<Uint8Array> & object } }>;
  };
  const inner = handler.handle.bind(handler);
  handler.handle = async (request, options) => {
    const result = await inner(request, options);
    const chunks: Buffer[] = [];
    for await (const chunk of result.response.body) chunks.push(Buffer.from(chunk));
    const body = Buffer.concat(chunks);
    last.status = result.response.statusCode;
    last.body = body.toString('utf8');
    result.response.body = Readable.from([body]);
    return result;
  };
  return last;
}

async function callSdk(client: sdk.APIGatewayClient, capture: Capture, operation: string, input: Record<string, unknown>): Promise<Boto3Response> {
  const CommandClass = (sdk as unknown as Record<string, Command | undefined>)[`${operation}Command`];
  if (!CommandClass) throw new Error(`the SDK has no ${operation}Command`);
  try {
    await client.send(new CommandClass(input));
    return boto3Output(operation, capture.status, capture.body);
  } catch (err) {
    const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    if (!e.$metadata?.httpStatusCode) throw err;
    return boto3Error(e.name ?? 'Unknown', e.message ?? '', e.$metadata.httpStatusCode);
  }
}

async function callRaw(base: string, method: string, path: string, payload?: unknown): Promise<Boto3Response> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: payload === undefined ? undefined : typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  const text = await res.text();
  if (res.status >= 300) {
    const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    const code = (res.headers.get('x-amzn-errortype') ?? 'Unknown').split(':')[0]!;
    return boto3Error(code, String(json.message ?? json.Message ?? ''), res.status);
  }
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  return { ...json, ResponseMetadata: { HTTPHeaders: {}, HTTPStatusCode: res.status } };
}
