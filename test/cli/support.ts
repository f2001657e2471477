/**
 * Helpers for the CLI's end-to-end tests: run `node bin/portico.js` (the built bundle) as a child
 * process in a controlled environment (credentials and region as the recorded runs had them, HOME
 * in a temporary folder so no real config is read, TZ fixed), and a fake endpoint that answers
 * with fixed JSON and records every request, like the endpoint the reference vectors were recorded
 * against.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/vectors.js';

export const PORTICO_BIN = join(PROJECT_ROOT, 'bin', 'portico.js');
export const TEMP_HOME = mkdtempSync(join(tmpdir(), 'portico-cli-home-'));

export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: TEMP_HOME,
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_PAGER: '',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export type RunOutput = { stdout: string; stderr: string; code: number };

export function runBin(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<RunOutput> {
  return new Promise((resolve) => {
    execFile(file, [...args], { env, encoding: 'utf8', maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ stdout, stderr, code });
    });
  });
}

export const runPortico = (args: readonly string[], env: NodeJS.ProcessEnv = cliEnv()): Promise<RunOutput> =>
  runBin(process.execPath, [PORTICO_BIN, ...args], env);

export type Captured = { method: string; path: string; headers: IncomingMessage['headers']; body: string };

export type FakeEndpoint = {
  readonly url: string;
  readonly requests: Captured[];
  close(): Promise<void>;
};

export type FakeAnswer = { status: number; headers?: Record<string, string>; body: string };

/** A tiny HTTP server: records each request and answers with `answer(request)`. */
export async function fakeEndpoint(answer: (req: Captured) => FakeAnswer): Promise<FakeEndpoint> {
  const requests: Captured[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const captured = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(captured);
      const a = answer(captured);
      res.writeHead(a.status, { 'content-type': 'application/json', ...(a.headers ?? {}) });
      res.end(a.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${addr.port}`,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A captured body as data (botocore writes `{"a": 1}`, the SDK `{"a":1}`; both mean the same). */
export function bodyData(body: string): unknown {
  return body === '' ? {} : (JSON.parse(body) as unknown);
}
