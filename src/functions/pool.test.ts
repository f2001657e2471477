/**
 * FunctionPool against real worker threads (worker-main.ts compiled by esbuild when dist/ is not
 * beside the sources): the handlers are in test/fixtures/functions-unit/.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFunctionsConfig, type LocalFunctionConfig } from './config.js';
import { FunctionPool, type PoolResult } from './pool.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/functions-unit/', import.meta.url));
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:unit';
const ISO = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

type Settings = { handler: string; timeout?: number; memorySize?: number; concurrency?: number; environment?: Record<string, string> };

function configOf(settings: Settings, dir = FIXTURES, name = 'unit'): LocalFunctionConfig {
  const result = parseFunctionsConfig({ functions: { [name]: { timeout: 1, ...settings } } }, dir);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.config.functions.get(name)!;
}

const pools: FunctionPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'portico-pool-test-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Harness = { pool: FunctionPool; logs: string[]; invoke: (event?: unknown) => Promise<PoolResult> };

function start(settings: Settings | string, dir?: string): Harness {
  const logs: string[] = [];
  const config = configOf(typeof settings === 'string' ? { handler: `handlers.mjs#${settings}` } : settings, dir);
  const pool = new FunctionPool(config, { region: 'us-east-1', baseEnvironment: {}, log: (line) => logs.push(line) });
  pools.push(pool);
  return { pool, logs, invoke: (event: unknown = {}) => pool.invoke({ payload: JSON.stringify(event), invokedFunctionArn: ARN }) };
}

const json = (result: PoolResult): unknown => JSON.parse(result.payload);

async function waitFor(what: string, predicate: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const reportsOf = (logs: readonly string[]) => logs.filter((line) => line.startsWith('REPORT '));

describe('FunctionPool: results', () => {
  it('answers an async handler with its result and a Lambda context', async () => {
    const { invoke } = start({ handler: 'handlers.mjs#echo', memorySize: 256 });
    const result = await invoke({ hello: 'world' });
    expect(result.error).toBe(false);
    expect(result.requestId).toMatch(new RegExp(`^${UUID}$`));
    const body = json(result) as Record<string, unknown>;
    expect(body).toMatchObject({
      event: { hello: 'world' },
      requestId: result.requestId,
      functionName: 'unit',
      functionVersion: '$LATEST',
      invokedFunctionArn: ARN,
      memoryLimitInMB: '256',
      logGroupName: '/aws/lambda/unit',
      traceId: null,
    });
    expect(body['logStreamName']).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(body['remaining']).toBeGreaterThan(0);
    expect(body['remaining']).toBeLessThanOrEqual(1000);
  });

  it('answers a callback handler with what it calls back', async () => {
    const { invoke } = start('callbackStyle');
    const result = await invoke({ n: 1 });
    expect(result.error).toBe(false);
    expect(json(result)).toEqual({ via: 'callback', event: { n: 1 } });
  });

  it('answers null for a synchronous handler without a callback, and for undefined', async () => {
    expect(await start('syncNoCallback').invoke()).toMatchObject({ payload: 'null', error: false });
    expect(await start('returnsUndefined').invoke()).toMatchObject({ payload: 'null', error: false });
  });

  it('passes a payload that is not JSON as a string', async () => {
    const { pool } = start('echo');
    const result = await pool.invoke({ payload: 'plain text', invokedFunctionArn: ARN });
    expect((json(result) as { event: unknown }).event).toBe('plain text');
  });

  it('finds dotted exports, exports of the default export, and CommonJS handlers', async () => {
    expect(json(await start('api.v1.handle').invoke())).toBe('dotted');
    expect(json(await start('fromDefault').invoke())).toBe('default export');
    expect(json(await start({ handler: 'commonjs.cjs' }).invoke({ a: 1 }))).toEqual({ commonjs: true, event: { a: 1 } });
  });

  it('runs a TypeScript handler', async () => {
    const { invoke } = start({ handler: 'typed.ts' });
    expect(await invoke({ name: 'Lambda' })).toMatchObject({ error: false, payload: JSON.stringify({ greeting: 'hello Lambda!', language: 'ts' }) });
  });

  it('keeps module state while warm, with the init duration on the cold start only', async () => {
    const { invoke, logs } = start('counter');
    expect(json(await invoke())).toBe(1);
    expect(json(await invoke())).toBe(2);
    expect(json(await invoke())).toBe(3);
    const reports = reportsOf(logs);
    expect(reports).toHaveLength(3);
    expect(reports[0]).toMatch(/\tInit Duration: \d+\.\d{2} ms$/);
    expect(reports[1]).not.toContain('Init Duration');
    expect(reports[2]).not.toContain('Init Duration');
  });

  it('refuses a response over 6 MB with Function.ResponseSizeTooLarge', async () => {
    const result = await start('big').invoke();
    expect(result.error).toBe(true);
    expect(json(result)).toEqual({
      errorMessage: 'Response payload size (6291558 bytes) exceeded maximum allowed payload size (6291556 bytes).',
      errorType: 'Function.ResponseSizeTooLarge',
    });
  });
});

describe('FunctionPool: handler errors', () => {
  it('answers a thrown error with its document and logs Invoke Error', async () => {
    const { invoke, logs } = start('throws');
    const result = await invoke();
    expect(result.error).toBe(true);
    const doc = json(result) as { errorType: string; errorMessage: string; trace: string[] };
    expect(doc.errorType).toBe('Error');
    expect(doc.errorMessage).toBe('boom');
    expect(doc.trace[0]).toBe('Error: boom');
    expect(doc.trace.slice(1).some((line) => line.includes('handlers.mjs'))).toBe(true);
    const line = logs.find((l) => l.includes('\tInvoke Error'));
    expect(line).toMatch(new RegExp(`^${ISO}\\t${result.requestId}\\tERROR\\tInvoke Error \\t\\{"errorType":"Error","errorMessage":"boom",`));
  });

  it('uses the name of a custom error class, and of a synchronous throw', async () => {
    expect(json(await start('throwsCustom').invoke())).toMatchObject({ errorType: 'OrderNotFound', errorMessage: 'order 7 does not exist' });
    expect(json(await start('throwsSync').invoke())).toMatchObject({ errorType: 'TypeError', errorMessage: 'bad input' });
    expect(json(await start('callbackError').invoke())).toMatchObject({ errorType: 'RangeError', errorMessage: 'out of range' });
  });

  it("answers callback('text') with errorType string, and logs it as an Error", async () => {
    const { invoke, logs } = start('callbackText');
    const result = await invoke();
    expect(result).toMatchObject({ error: true, payload: '{"errorType":"string","errorMessage":"text","trace":[]}' });
    const line = logs.find((l) => l.includes('\tInvoke Error'))!;
    const logged = JSON.parse(line.slice(line.indexOf('Invoke Error \t') + 'Invoke Error \t'.length)) as Record<string, unknown>;
    expect(logged).toMatchObject({ errorType: 'Error', errorMessage: 'text' });
  });

  it('answers a rejection without a reason as "handled"', async () => {
    expect(await start('rejectsUndefined').invoke()).toMatchObject({ error: true, payload: '{"errorType":"string","errorMessage":"handled","trace":[]}' });
  });

  it('keeps the worker after a handler error', async () => {
    const { invoke, logs } = start('throws');
    await invoke();
    await invoke();
    expect(reportsOf(logs)[1]).not.toContain('Init Duration');
  });
});

describe('FunctionPool: init errors', () => {
  it('Runtime.HandlerNotFound for a missing export, and for an export that is not a function', async () => {
    const { invoke, logs } = start('nope');
    const result = await invoke();
    expect(result.error).toBe(true);
    expect(json(result)).toMatchObject({ errorType: 'Runtime.HandlerNotFound', errorMessage: 'handlers.mjs#nope is undefined or not exported' });
    expect(logs.some((l) => l.startsWith('INIT_REPORT Init Duration: ') && l.endsWith('\tPhase: init\tStatus: error\tError Type: Runtime.HandlerNotFound'))).toBe(true);
    expect(reportsOf(logs)[0]).toContain('\tStatus: error\tError Type: Runtime.HandlerNotFound');
    expect(json(await start('notAFunction').invoke())).toMatchObject({ errorType: 'Runtime.HandlerNotFound', errorMessage: 'handlers.mjs#notAFunction is not a function' });
  });

  it('Runtime.ImportModuleError for a missing file', async () => {
    const result = await start({ handler: 'missing.mjs' }).invoke();
    expect(result.error).toBe(true);
    const doc = json(result) as { errorType: string; errorMessage: string };
    expect(doc.errorType).toBe('Runtime.ImportModuleError');
    expect(doc.errorMessage).toMatch(/^Error: Cannot find module '.*missing\.mjs'/);
  });

  it('Runtime.ImportModuleError for a missing TypeScript file', async () => {
    expect(json(await start({ handler: 'missing.ts' }).invoke())).toMatchObject({ errorType: 'Runtime.ImportModuleError' });
  });

  it('Runtime.UserCodeSyntaxError for a syntax error in JavaScript', async () => {
    const doc = json(await start({ handler: 'syntax-error.mjs' }).invoke()) as { errorType: string; errorMessage: string };
    expect(doc.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(doc.errorMessage).toMatch(/^SyntaxError: /);
  });

  it('Runtime.UserCodeSyntaxError for a syntax error in TypeScript', async () => {
    writeFileSync(join(scratch, 'broken.ts'), 'export const handler = async (event: { name: string }) => {\n  return { name: event.name\n};\n');
    const doc = json(await start({ handler: 'broken.ts' }, scratch).invoke()) as { errorType: string; errorMessage: string };
    expect(doc.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(doc.errorMessage).toContain('broken.ts');
  });

  it('Runtime.ExitError naming the invocation when the module exits during init, with an INIT_REPORT', async () => {
    const { invoke, logs } = start({ handler: 'init-exits.mjs' });
    const result = await invoke();
    expect(result.error).toBe(true);
    expect(json(result)).toEqual({ errorMessage: `RequestId: ${result.requestId} Error: Runtime exited with error: exit status 2`, errorType: 'Runtime.ExitError' });
    expect(logs.some((l) => l.startsWith('INIT_REPORT Init Duration: ') && l.endsWith('\tStatus: error\tError Type: Runtime.ExitError'))).toBe(true);
  });

  it('the error itself when the module throws during init, logging with an undefined request id', async () => {
    const { invoke, logs } = start({ handler: 'init-throws.mjs' });
    const result = await invoke();
    expect(json(result)).toMatchObject({ errorType: 'Error', errorMessage: 'init failed' });
    expect(logs).toContainEqual(expect.stringMatching(new RegExp(`^${ISO}\\tundefined\\tINFO\\tinitialising$`)));
    expect(logs).toContainEqual(expect.stringMatching(new RegExp(`^${ISO}\\tundefined\\tERROR\\tInit Error \\t\\{"errorType":"Error","errorMessage":"init failed"`)));
  });
});

describe('FunctionPool: the runtime fails', () => {
  it('times out with Sandbox.Timedout, then answers from a fresh worker', async () => {
    const { invoke, logs } = start('sleeper');
    const result = await invoke({ ms: 5000 });
    expect(result.error).toBe(true);
    expect(json(result)).toEqual({ errorMessage: `RequestId: ${result.requestId} Error: Task timed out after 1.00 seconds`, errorType: 'Sandbox.Timedout' });
    expect(logs).toContainEqual(expect.stringMatching(new RegExp(`^${ISO} ${result.requestId} Task timed out after 1\\.00 seconds$`)));
    expect(reportsOf(logs)[0]).toMatch(/\tStatus: timeout$/);

    const next = await invoke({ ms: 1 });
    expect(next.error).toBe(false);
    expect(json(next)).toEqual({ slept: 1, sleeps: 1 }); // module state is new: another worker
    expect(reportsOf(logs)[1]).toContain('\tInit Duration: ');
  });

  it('process.exit(2) answers Runtime.ExitError with exit status 2; the next invocation gets a new worker', async () => {
    const { invoke, logs } = start('exits');
    expect(json(await invoke())).toEqual({ lived: 1 });
    const result = await invoke({ exit: 2 });
    expect(result.error).toBe(true);
    expect(json(result)).toEqual({ errorMessage: `RequestId: ${result.requestId} Error: Runtime exited with error: exit status 2`, errorType: 'Runtime.ExitError' });
    expect(reportsOf(logs)[1]).toMatch(/\tStatus: error\tError Type: Runtime\.ExitError$/);
    const next = await invoke();
    expect(next.error).toBe(false);
    expect(json(next)).toEqual({ lived: 1 });
    expect(reportsOf(logs)[2]).toContain('\tInit Duration: ');
  });

  it('process.exit(0) answers Runtime.ExitError without a reason', async () => {
    const result = await start('exits').invoke({ exit: 0 });
    expect(json(result)).toEqual({ errorMessage: `RequestId: ${result.requestId} Error: Runtime exited without providing a reason`, errorType: 'Runtime.ExitError' });
  });

  it('an uncaught exception in a timer fails the invocation; the next one works', async () => {
    const { invoke, logs } = start('uncaught');
    expect(json(await invoke())).toEqual({ survived: 1 });
    const result = await invoke({ crash: true });
    expect(result.error).toBe(true);
    expect(json(result)).toMatchObject({ errorType: 'Error', errorMessage: 'late boom' });
    expect((json(result) as { trace: string[] }).trace[0]).toBe('Error: late boom');
    expect(logs).toContainEqual(expect.stringMatching(new RegExp(`^${ISO}\\t${result.requestId}\\tERROR\\tUncaught Exception \\t\\{"errorType":"Error","errorMessage":"late boom"`)));
    const next = await invoke();
    expect(next.error).toBe(false);
    expect(json(next)).toEqual({ survived: 1 }); // a new worker: the module state is new
  });

  it('an uncaught non-error: its typeof document, logged as an Error', async () => {
    const { invoke, logs } = start('uncaughtString');
    const result = await invoke();
    expect(result).toMatchObject({ error: true, payload: '{"errorType":"string","errorMessage":"thrown text","trace":[]}' });
    expect(logs).toContainEqual(expect.stringMatching(new RegExp(`^${ISO}\\t${result.requestId}\\tERROR\\tUncaught Exception \\t\\{"errorType":"Error","errorMessage":"thrown text"`)));
  });

  it('an unhandled rejection fails the invocation with Runtime.UnhandledPromiseRejection', async () => {
    const { invoke, logs } = start('unhandledRejection');
    const result = await invoke();
    expect(result.error).toBe(true);
    expect(json(result)).toMatchObject({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: nobody catches me' });
    expect(logs.some((l) => l.includes('\tERROR\tUnhandled Promise Rejection \t{"errorType":"Runtime.UnhandledPromiseRejection"'))).toBe(true);
  });
});

describe('FunctionPool: concurrency', () => {
  it('serialises invocations beyond the concurrency on the warm worker', async () => {
    const { invoke, logs } = start({ handler: 'handlers.mjs#sleeper', concurrency: 1 });
    const [a, b] = await Promise.all([invoke({ ms: 150, tag: 'a' }), invoke({ ms: 150, tag: 'b' })]);
    expect(a.error).toBe(false);
    expect(b.error).toBe(false);
    expect([json(a), json(b)]).toEqual([
      { slept: 150, sleeps: 1 },
      { slept: 150, sleeps: 2 },
    ]);
    const firstEnd = logs.indexOf(`END RequestId: ${a.requestId}`);
    const secondStart = logs.indexOf(`START RequestId: ${b.requestId} Version: $LATEST`);
    expect(firstEnd).toBeGreaterThanOrEqual(0);
    expect(secondStart).toBeGreaterThan(firstEnd);
  });

  it('runs overlapping invocations in separate workers up to the concurrency', async () => {
    const { invoke } = start({ handler: 'handlers.mjs#sleeper', concurrency: 2 });
    const results = await Promise.all([invoke({ ms: 150 }), invoke({ ms: 150 })]);
    expect(results.map(json)).toEqual([
      { slept: 150, sleeps: 1 },
      { slept: 150, sleeps: 1 },
    ]);
  });

  it('hands a waiting invocation a new worker when the busy one dies', async () => {
    const { invoke } = start({ handler: 'handlers.mjs#sleeper', concurrency: 1 });
    const [a, b] = await Promise.all([invoke({ ms: 5000 }), invoke({ ms: 1 })]);
    expect(json(a)).toMatchObject({ errorType: 'Sandbox.Timedout' });
    expect(json(b)).toEqual({ slept: 1, sleeps: 1 });
  });
});

describe('FunctionPool: environment and logs', () => {
  it('gives the function its variables and the runtime ones, not the host ones', async () => {
    process.env['PORTICO_UNIT_UNRELATED'] = 'host only';
    try {
      const { invoke } = start({ handler: 'handlers.mjs#environment', memorySize: 512, environment: { TABLE: 'orders' } });
      expect(json(await invoke())).toEqual({
        TABLE: 'orders',
        AWS_LAMBDA_FUNCTION_NAME: 'unit',
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
        AWS_REGION: 'us-east-1',
        _HANDLER: 'handlers.mjs#environment',
        PORTICO_UNIT_UNRELATED: null,
        AWS_ACCESS_KEY_ID: null,
        PATH: null,
      });
    } finally {
      delete process.env['PORTICO_UNIT_UNRELATED'];
    }
  });

  it('writes START, the console lines, END and REPORT', async () => {
    const { invoke, logs } = start('logs');
    const result = await invoke();
    expect(json(result)).toBe('logged');
    const id = result.requestId;
    expect(logs[0]).toBe(`START RequestId: ${id} Version: $LATEST`);
    const consoleLines = logs.filter((l) => l.includes(`\t${id}\t`));
    expect(consoleLines).toEqual([
      expect.stringMatching(new RegExp(`^${ISO}\\t${id}\\tINFO\\thello world$`)),
      expect.stringMatching(new RegExp(`^${ISO}\\t${id}\\tINFO\\t\\{ a: 1 \\}$`)),
      expect.stringMatching(new RegExp(`^${ISO}\\t${id}\\tWARN\\tcareful$`)),
      expect.stringMatching(new RegExp(`^${ISO}\\t${id}\\tERROR\\tbad$`)),
    ]);
    const end = logs.indexOf(`END RequestId: ${id}`);
    expect(end).toBeGreaterThan(logs.indexOf(consoleLines[3]!));
    expect(logs[end + 1]).toMatch(
      new RegExp(`^REPORT RequestId: ${id}\\tDuration: \\d+\\.\\d{2} ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB\\tInit Duration: \\d+\\.\\d{2} ms$`),
    );
    await waitFor('the raw stdout line', () => logs.includes('raw stdout'));
  });

  it('logs init-phase console lines with the request id "undefined"', async () => {
    const { invoke, logs } = start({ handler: 'init-log.mjs' });
    expect(json(await invoke())).toBe('ok');
    expect(logs).toContainEqual(expect.stringMatching(new RegExp(`^${ISO}\\tundefined\\tINFO\\tloading module$`)));
  });
});

describe('FunctionPool: handler changes', () => {
  it('picks up a handler file edited between invocations', async () => {
    const file = join(scratch, 'edited.mjs');
    writeFileSync(file, "let n = 0;\nexport const handler = async () => `v1 call ${++n}`;\n");
    const { invoke } = start({ handler: 'edited.mjs' }, scratch);
    expect(json(await invoke())).toBe('v1 call 1');
    expect(json(await invoke())).toBe('v1 call 2');
    writeFileSync(file, "export const handler = async () => 'v2';\n");
    expect(json(await invoke())).toBe('v2');
  });

  it('picks up an edited TypeScript handler, even with the same modification time', async () => {
    const file = join(scratch, 'edited.ts');
    writeFileSync(file, "export const handler = async (): Promise<string> => 'ts v1';\n");
    const { invoke } = start({ handler: 'edited.ts' }, scratch);
    expect(json(await invoke())).toBe('ts v1');
    writeFileSync(file, "export const handler = async (): Promise<string> => 'ts v2';\n");
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(json(await invoke())).toBe('ts v2');
  });

  it('loads a handler created after the first failed invocation', async () => {
    const file = join(scratch, 'later.mjs');
    const { invoke } = start({ handler: 'later.mjs' }, scratch);
    expect(json(await invoke())).toMatchObject({ errorType: 'Runtime.ImportModuleError' });
    writeFileSync(file, "export const handler = async () => 'now here';\n");
    expect(json(await invoke())).toBe('now here');
  });
});

describe('FunctionPool: close', () => {
  it('refuses invocations once closed', async () => {
    const { pool, invoke } = start('counter');
    await invoke();
    await pool.close();
    await expect(invoke()).rejects.toThrow('function unit is shut down');
  });

  it('stops a busy worker: the running invocation ends with an error', async () => {
    const { pool, invoke, logs } = start({ handler: 'handlers.mjs#sleeper', timeout: 10 });
    const running = invoke({ ms: 3000 });
    await waitFor('the invocation to start', () => logs.some((l) => l.startsWith('START ')));
    await pool.close();
    const result = await running;
    expect(result.error).toBe(true);
    expect(json(result)).toMatchObject({ errorType: 'Runtime.ExitError' });
    expect(logs.some((l) => l.includes('\tfinished'))).toBe(false);
  });

  it('ends invocations waiting for a worker with an error', async () => {
    const { pool, invoke, logs } = start({ handler: 'handlers.mjs#sleeper', timeout: 10, concurrency: 1 });
    const running = invoke({ ms: 3000 });
    const waiting = invoke({ ms: 1 });
    const settled = waiting.then(
      () => 'resolved',
      (err: Error) => err.message,
    );
    await waitFor('the first invocation to start', () => logs.some((l) => l.startsWith('START ')));
    await pool.close();
    expect(await settled).toBe('function unit is shut down');
    expect((await running).error).toBe(true);
  });
});
