/**
 * The local function runtime behind Lambda integrations, end to end: a `portico serve` child
 * process runs the handlers of test/fixtures/functions/ in worker threads, and the integrations'
 * answers (over real HTTP on 127.0.0.1) and the server's log show what a function saw.
 *
 * - warm reuse: module state survives between invocations of a worker;
 * - the environment: the configured variables, the runtime's own (AWS_LAMBDA_FUNCTION_NAME, …),
 *   credentials for local emulators, and nothing else of the host's;
 * - the context object and the log: START / console lines / END / REPORT under the request id;
 * - callback-style CommonJS handlers, TypeScript handlers, a handler calling process.exit;
 * - functions not declared locally go to the project's Lambda endpoint (a fake Invoke API).
 *
 * AWS_PROXY and AWS integration behaviour itself: lambda-integrations.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLambda, type Fake, type PythonFunction } from '../dataplane/aws-fakes.js';
import { headerOf, send, type Received } from '../dataplane/client.js';
import { deployVector, type Deployed } from '../dataplane/setup.js';
import { spawnPortico, type ServeProcess } from '../support/process.js';
import { TEST_ACCOUNT, TEST_REGION } from '../support/server.js';
import { PROJECT_ROOT } from '../support/vectors.js';

const FUNCTIONS = join(PROJECT_ROOT, 'test', 'fixtures', 'functions');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const functionArn = (name: string) => `arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:function:${name}`;
const lambdaUri = (arn: string) => `arn:aws:apigateway:${TEST_REGION}:lambda:path/2015-03-31/functions/${arn}/invocations`;
const proxyMethod = (arn: string) => ({ authorizationType: 'NONE', integration: { type: 'AWS_PROXY', httpMethod: 'POST', uri: lambdaUri(arn) } });

/** Resolves once the server's output satisfies `test`, failing after `timeoutMs` (log lines may trail the HTTP answer). */
async function waitForOutput(server: ServeProcess, test: (out: string) => boolean, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const out = server.output();
    if (test(out)) return out;
    if (Date.now() > deadline) throw new Error(`the server's output did not show what was expected within ${timeoutMs} ms; it ends with:\n${out.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Stops the server, killing it if it has not exited within 10 s. */
async function stopServer(server: ServeProcess | undefined): Promise<void> {
  if (!server) return;
  const exited = await Promise.race([server.stop().then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000).unref())]);
  if (!exited) await server.kill();
}

const json = (r: Received): Record<string, unknown> => JSON.parse(r.body.toString('utf8')) as Record<string, unknown>;

/** Functions of the fake Lambda endpoint (for functions not declared locally). */
const REMOTE: ReadonlyMap<string, PythonFunction> = new Map<string, PythonFunction>([
  [
    'remote-echo',
    (event) => {
      const e = event as { path: string; httpMethod: string; queryStringParameters: Record<string, string> | null };
      return { result: { statusCode: 203, headers: { 'X-Remote': 'yes' }, body: JSON.stringify({ remotePath: e.path, method: e.httpMethod, query: e.queryStringParameters }) } };
    },
  ],
  [
    'remote-custom',
    (event) => {
      const { fail } = event as { fail: string };
      return fail ? { raise: { type: 'Exception', message: `Error: ${fail}` } } : { result: { remote: true, got: event } };
    },
  ],
]);

// A variable of the host that functions must not see, and one of the function's own.
const HOST_ONLY = 'PORTICO_E2E_HOST_ONLY';
const hostOnlyValue = `host-${randomUUID()}`;
const tableName = `orders-${randomUUID()}`;
const credentials = { accessKeyId: `AKID${randomUUID().slice(0, 8).toUpperCase()}`, secretAccessKey: randomUUID() };

let server: ServeProcess;
let lambda: Fake;
let dir: string;
let api: Deployed;
const hadHostOnly = process.env[HOST_ONLY];

const url = (path: string) => `${server.url}/restapis/${api.apiId}/${api.stage}/_user_request_${path}`;
const get = (path: string) => send(url(path), 'GET', {}, undefined);

beforeAll(async () => {
  lambda = await startFakeLambda(REMOTE);
  dir = mkdtempSync(join(tmpdir(), 'portico-lambda-runtime-'));
  writeFileSync(
    join(dir, 'portico.config.json'),
    JSON.stringify({
      functions: {
        runtime: { handler: join(FUNCTIONS, 'runtime.mjs#handler'), timeout: 7, memorySize: 256, environment: { GREETING: 'hello', TABLE_NAME: tableName } },
        callback: { handler: join(FUNCTIONS, 'callback.cjs#handler') },
        typed: { handler: join(FUNCTIONS, 'typed.ts#handler') },
        exit: { handler: join(FUNCTIONS, 'worker-info.mjs') }, // the export defaults to `handler`
        single: { handler: join(FUNCTIONS, 'worker-info.mjs#handler'), concurrency: 1, environment: { SLEEP_MS: '150' } },
        'late-crash': { handler: join(FUNCTIONS, 'worker-info.mjs#handler'), timeout: 1 },
      },
      lambda: { endpoint: lambda.origin, region: TEST_REGION },
      credentials,
    }),
  );
  // spawnPortico passes this process's environment to the server.
  process.env[HOST_ONLY] = hostOnlyValue;
  try {
    server = await spawnPortico(['--in-memory', '--account', TEST_ACCOUNT, '--config', join(dir, 'portico.config.json')]);
  } finally {
    if (hadHostOnly === undefined) delete process.env[HOST_ONLY];
    else process.env[HOST_ONLY] = hadHostOnly;
  }
  api = await deployVector(server.url, {
    resources: [
      // Invoked through an alias-qualified ARN: the context reports it as given.
      { path: '/runtime', methods: { GET: proxyMethod(`${functionArn('runtime')}:live`) } },
      { path: '/callback', methods: { GET: proxyMethod(functionArn('callback')) } },
      { path: '/typed', methods: { GET: proxyMethod(functionArn('typed')) } },
      { path: '/exit', methods: { GET: proxyMethod(functionArn('exit')) } },
      { path: '/single', methods: { GET: proxyMethod(functionArn('single')) } },
      { path: '/late-crash', methods: { GET: proxyMethod(functionArn('late-crash')) } },
      { path: '/remote', methods: { GET: proxyMethod(functionArn('remote-echo')) } },
      { path: '/remote-missing', methods: { GET: proxyMethod(functionArn('remote-missing')) } },
      {
        path: '/remote-custom',
        methods: {
          POST: {
            authorizationType: 'NONE',
            methodResponses: { 200: {}, 400: {} },
            integration: {
              type: 'AWS',
              httpMethod: 'POST',
              uri: lambdaUri(functionArn('remote-custom')),
              requestTemplates: { 'application/json': '{"fail": "$util.escapeJavaScript($input.path(\'$.fail\'))"}' },
              integrationResponses: {
                default: { statusCode: '200' },
                400: { statusCode: '400', selectionPattern: '.*four hundred.*' },
              },
            },
          },
        },
      },
    ],
  }, 'dev');
});

afterAll(async () => {
  await stopServer(server);
  await lambda?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type RuntimeAnswer = {
  invocations: number;
  loadedAt: string;
  env: Record<string, string>;
  context: Record<string, unknown> & { awsRequestId: string; remaining: number };
  /** The gateway's X-Amzn-Trace-Id answer header. */
  traceHeader: string | undefined;
};

const runtime = async (): Promise<RuntimeAnswer> => {
  const r = await get('/runtime');
  expect(r.status, r.body.toString()).toBe(200);
  return { ...json(r), traceHeader: headerOf(r, 'X-Amzn-Trace-Id') } as unknown as RuntimeAnswer;
};

describe('local functions', () => {
  it('a warm worker keeps its module state: a module-level counter counts on', async () => {
    const first = await runtime();
    const second = await runtime();
    expect(second.invocations).toBe(first.invocations + 1);
    expect(second.loadedAt).toBe(first.loadedAt);
    expect(second.context.awsRequestId).not.toBe(first.context.awsRequestId);
  });

  it('the environment: configured variables and the runtime’s, not the host’s', async () => {
    const { env, traceHeader } = await runtime();
    expect(env).toMatchObject({
      GREETING: 'hello',
      TABLE_NAME: tableName,
      AWS_LAMBDA_FUNCTION_NAME: 'runtime',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/runtime',
      AWS_REGION: TEST_REGION,
      AWS_DEFAULT_REGION: TEST_REGION,
      _HANDLER: join(FUNCTIONS, 'runtime.mjs#handler'),
      LAMBDA_TASK_ROOT: FUNCTIONS,
      // The project's credentials, for local emulators.
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    });
    expect(env.AWS_EXECUTION_ENV).toMatch(/^AWS_Lambda_nodejs\d+\.x$/);
    expect(env.PATH).toBe(process.env.PATH);
    // The invocation's trace id, as Lambda sets it.
    expect(traceHeader).toMatch(/^Root=1-/);
    expect(env._X_AMZN_TRACE_ID).toBe(traceHeader);
    expect(env[HOST_ONLY]).toBeUndefined();
    expect(Object.values(env)).not.toContain(hostOnlyValue);
    // Nothing else of the host's (VITEST, npm_*, …): only the runtime's, the configured and the inherited few.
    const allowed = new Set([
      'GREETING', 'TABLE_NAME', '_HANDLER', '_X_AMZN_TRACE_ID', 'LAMBDA_TASK_ROOT', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_EXECUTION_ENV',
      'AWS_LAMBDA_FUNCTION_NAME', 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE',
      'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
      'AWS_ENDPOINT_URL', 'PATH', 'HOME', 'LANG', 'NODE_EXTRA_CA_CERTS',
    ]);
    expect(Object.keys(env).filter((k) => !allowed.has(k))).toEqual([]);
  });

  it('the context object', async () => {
    const { context, env } = await runtime();
    expect(context).toMatchObject({
      functionName: 'runtime',
      functionVersion: '$LATEST',
      invokedFunctionArn: `${functionArn('runtime')}:live`,
      memoryLimitInMB: '256',
      logGroupName: '/aws/lambda/runtime',
      logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
    });
    expect(context.awsRequestId).toMatch(UUID);
    expect(context.logStreamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
    // Counts down from the function's timeout (7 s).
    expect(context.remaining).toBeGreaterThan(0);
    expect(context.remaining).toBeLessThanOrEqual(7_000);
  });

  it('console.log lines are in the server’s log under the request id, between START and REPORT', async () => {
    const { context, invocations } = await runtime();
    const id = context.awsRequestId;
    const info = new RegExp(`^\\[runtime\\] (\\S+)\\t${id}\\tINFO\\truntime fixture saw /runtime as invocation ${invocations}$`, 'm');
    const out = await waitForOutput(server, (o) => info.test(o) && o.includes(`[runtime] REPORT RequestId: ${id}\t`));
    expect(new Date(info.exec(out)![1]!).toISOString()).toBe(info.exec(out)![1]);
    const lines = out.split('\n');
    const start = lines.indexOf(`[runtime] START RequestId: ${id} Version: $LATEST`);
    const log = lines.findIndex((l) => info.test(l));
    const end = lines.indexOf(`[runtime] END RequestId: ${id}`);
    const report = lines.findIndex((l) => l.startsWith(`[runtime] REPORT RequestId: ${id}\t`));
    expect(start).toBeGreaterThanOrEqual(0);
    expect([start < log, log < end, end < report]).toEqual([true, true, true]);
    expect(lines[report]).toMatch(/\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 256 MB\tMax Memory Used: \d+ MB/);
  });

  it('a callback-style CommonJS handler answers through its callback', async () => {
    const r = await get('/callback');
    expect(r.status, r.body.toString()).toBe(200);
    expect(headerOf(r, 'X-Style')).toBe('callback');
    const body = json(r);
    expect(body.style).toBe('callback');
    expect(body.requestId).toMatch(UUID);
    await waitForOutput(server, (o) => o.includes(`[callback] START RequestId: ${body.requestId as string} Version: $LATEST`));
  });

  it('… and fails through it: 502, the error in the log', async () => {
    const reason = randomUUID();
    const r = await get(`/callback?fail=${reason}`);
    expect(r.status).toBe(502);
    expect(r.body.toString()).toBe('{"message": "Internal server error"}');
    await waitForOutput(server, (o) => new RegExp(`^\\[callback\\] \\S+\\t[0-9a-f-]{36}\\tERROR\\tInvoke Error \\t.*callback failure: ${reason}`, 'm').test(o));
  });

  it('a TypeScript handler (type annotations, an interface, an enum) is compiled and run', async () => {
    const square = await get('/typed?shape=square&size=7');
    expect(square.status, square.body.toString()).toBe(200);
    expect(json(square)).toEqual({ language: 'typescript', path: '/typed', shape: 'square', area: 49 });
    const circle = await get('/typed?shape=circle&size=2');
    expect(json(circle)).toEqual({ language: 'typescript', path: '/typed', shape: 'circle', area: 13 });
  });

  it('a handler calling process.exit(1): 502, Runtime.ExitError in the log; the next invocation gets a fresh worker', async () => {
    const before = await get('/exit');
    expect(before.status, before.body.toString()).toBe(200);
    const warm = json(before) as { invocations: number; threadId: number };

    const crashed = await get('/exit?exit=1');
    expect(crashed.status).toBe(502);
    expect(crashed.body.toString()).toBe('{"message": "Internal server error"}');
    const out = await waitForOutput(server, (o) => /^\[exit\] REPORT RequestId: [0-9a-f-]{36}\t.*\tStatus: error\tError Type: Runtime\.ExitError$/m.test(o));
    const id = /^\[exit\] REPORT RequestId: ([0-9a-f-]{36})\t.*\tStatus: error\tError Type: Runtime\.ExitError$/m.exec(out)![1]!;
    expect(out).toContain(`RequestId: ${id} Error: Runtime exited with error: exit status 1`);

    const after = await get('/exit');
    expect(after.status, after.body.toString()).toBe(200);
    const fresh = json(after) as { invocations: number; threadId: number };
    expect(fresh.invocations).toBe(1);
    expect(fresh.threadId).not.toBe(warm.threadId);
  });

  it('concurrency 1: simultaneous invocations wait for the one worker', async () => {
    const answers = await Promise.all([1, 2, 3].map(async () => {
      const r = await get('/single');
      expect(r.status, r.body.toString()).toBe(200);
      return json(r) as { invocations: number; threadId: number };
    }));
    expect(new Set(answers.map((a) => a.threadId)).size).toBe(1);
    expect(answers.map((a) => a.invocations).sort()).toEqual([1, 2, 3]);
  });

  // A worker that dies while idle (here an uncaught exception thrown from a timer after the
  // handler answered) is dropped: the next invocation gets a fresh one at once.
  it('a worker that crashes after answering is replaced: the next invocation gets a fresh one', async () => {
    const first = await get('/late-crash?crashLater=1');
    expect(first.status, first.body.toString()).toBe(200);
    const crashed = json(first) as { threadId: number };
    await waitForOutput(server, (o) => o.includes('[late-crash]') && o.includes('Uncaught Exception') && o.includes('thrown from a timer after the response'));
    const next = await get('/late-crash');
    expect(next.status, next.body.toString()).toBe(200);
    const fresh = json(next) as { invocations: number; threadId: number };
    expect(fresh.invocations).toBe(1);
    expect(fresh.threadId).not.toBe(crashed.threadId);
  });
});

describe('functions not declared locally: the project’s Lambda endpoint', () => {
  it('AWS_PROXY: the gateway invokes the endpoint (signed, the event as payload) and serves its result', async () => {
    const seen = lambda.received.length;
    const r = await get('/remote?from=gateway');
    expect(r.status, r.body.toString()).toBe(203);
    expect(headerOf(r, 'X-Remote')).toBe('yes');
    expect(json(r)).toEqual({ remotePath: '/remote', method: 'GET', query: { from: 'gateway' } });

    const calls = lambda.received.slice(seen);
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.method).toBe('POST');
    expect(decodeURIComponent(call.path)).toBe(`/2015-03-31/functions/${functionArn('remote-echo')}/invocations`);
    const auth = call.headers.find(([k]) => k.toLowerCase() === 'authorization')?.[1];
    expect(auth).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/\\d{8}/${TEST_REGION}/lambda/aws4_request`));
    const event = JSON.parse(call.body.toString('utf8')) as Record<string, unknown>;
    expect(event).toMatchObject({ resource: '/remote', path: '/remote', httpMethod: 'GET', queryStringParameters: { from: 'gateway' }, isBase64Encoded: false });
    expect((event.requestContext as Record<string, unknown>).requestId).toBe(headerOf(r, 'x-amzn-RequestId'));
  });

  it('AWS custom: the endpoint’s function error selects the integration response by its errorMessage', async () => {
    const post = (body: unknown) => send(url('/remote-custom'), 'POST', { 'Content-Type': 'application/json' }, Buffer.from(JSON.stringify(body)));
    const failed = await post({ fail: 'Raising four hundred from the remote function' });
    expect(failed.status, failed.body.toString()).toBe(400);
    expect(json(failed)).toMatchObject({ errorType: 'Exception', errorMessage: 'Error: Raising four hundred from the remote function' });
    expect(json(failed).stackTrace).toBeInstanceOf(Array);

    const unmatched = await post({ fail: 'something else' });
    expect(unmatched.status).toBe(200);
    expect(json(unmatched)).toMatchObject({ errorType: 'Exception', errorMessage: 'Error: something else' });

    const ok = await post({ fail: '' });
    expect(ok.status).toBe(200);
    expect(json(ok)).toEqual({ remote: true, got: { fail: '' } });
  });

  it('a function the endpoint does not know (404 from Invoke) → 500', async () => {
    const r = await get('/remote-missing');
    expect(r.status).toBe(500);
    expect(r.body.toString()).toBe('{"message": "Internal server error"}');
    const requestId = headerOf(r, 'x-amzn-RequestId')!;
    await waitForOutput(server, (o) => o.split('\n').some((l) => l.includes(requestId) && l.includes('ResourceNotFoundException')));
  });
});
