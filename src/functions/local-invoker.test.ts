/**
 * LocalFunctions (the FunctionInvoker over pools) and createFunctionRuntime (local first, else the
 * Lambda endpoint), with the handlers of test/fixtures/functions-unit/.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { FunctionInvokeResult, FunctionInvoker, InvocationType } from '../shared/functions.js';
import { parseFunctionsConfig, type FunctionsConfig } from './config.js';
import { createFunctionRuntime } from './invoker.js';
import { LocalFunctions } from './local-invoker.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/functions-unit/', import.meta.url));

function configOf(functions: Record<string, Record<string, unknown>>): FunctionsConfig {
  const result = parseFunctionsConfig({ functions }, FIXTURES);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.config;
}

const FUNCTIONS = configOf({
  echo: { handler: 'handlers.mjs#echo', timeout: 1 },
  fails: { handler: 'handlers.mjs#throws', timeout: 1 },
  sleeper: { handler: 'handlers.mjs#sleeper', timeout: 2 },
  env: { handler: 'handlers.mjs#environment', timeout: 1, environment: { TABLE: 'orders' } },
});

const invokers: FunctionInvoker[] = [];
afterEach(async () => {
  await Promise.all(invokers.splice(0).map((i) => i.close()));
});

function local(): { functions: LocalFunctions; logs: string[] } {
  const logs: string[] = [];
  const functions = new LocalFunctions(FUNCTIONS.functions, { region: 'eu-west-1', account: '123456789012', baseEnvironment: {}, log: (line) => logs.push(line) });
  invokers.push(functions);
  return { functions, logs };
}

const request = (functionRef: string, event: unknown = {}, more: { invocationType?: InvocationType; signal?: AbortSignal; traceId?: string } = {}) => ({
  functionRef,
  payload: Buffer.from(JSON.stringify(event)),
  invocationType: more.invocationType ?? ('RequestResponse' as const),
  ...(more.signal && { signal: more.signal }),
  ...(more.traceId && { traceId: more.traceId }),
});

function body(result: FunctionInvokeResult): Record<string, unknown> {
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  return JSON.parse(result.payload.toString('utf8')) as Record<string, unknown>;
}

async function waitFor(what: string, predicate: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('LocalFunctions', () => {
  it('refuses an event over 6 MB as Lambda does, before any worker starts', async () => {
    const { functions, logs } = local();
    const result = await functions.invoke({ ...request('echo'), payload: Buffer.alloc(6_291_457, 0x20) });
    expect(result).toEqual({
      ok: false,
      reason: 'service-error',
      statusCode: 413,
      message: 'RequestTooLargeException: Request must be smaller than 6291456 bytes for the InvokeFunction operation',
    });
    expect(logs).toEqual([]);
  });

  it('invokes by name: 200, the payload, the ARN built from region and account', async () => {
    const { functions } = local();
    const result = await functions.invoke(request('echo', { a: 1 }));
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    expect(result.ok && 'functionError' in result).toBe(false);
    expect(body(result)).toMatchObject({ event: { a: 1 }, functionName: 'echo', invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:echo' });
  });

  it('invokes by full ARN (reported as given), partial ARN and name:qualifier', async () => {
    const { functions } = local();
    const arn = 'arn:aws:lambda:us-west-2:111122223333:function:echo:live';
    expect(body(await functions.invoke(request(arn)))).toMatchObject({ invokedFunctionArn: arn });
    expect(body(await functions.invoke(request('111122223333:function:echo')))).toMatchObject({ invokedFunctionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:echo' });
    expect(body(await functions.invoke(request('echo:7')))).toMatchObject({ invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:echo:7' });
  });

  it('sets X-Amz-Function-Error Unhandled when the function fails', async () => {
    const { functions } = local();
    const result = await functions.invoke(request('fails'));
    expect(result).toMatchObject({ ok: true, statusCode: 200, functionError: 'Unhandled' });
    expect(body(result)).toMatchObject({ errorType: 'Error', errorMessage: 'boom' });
  });

  it('refuses an invalid function reference with a 400 ValidationException message', async () => {
    const { functions } = local();
    const result = await functions.invoke(request('not a function'));
    expect(result).toMatchObject({ ok: false, reason: 'service-error', statusCode: 400 });
    expect(!result.ok && result.message).toMatch(/^1 validation error detected: Value 'not a function' at 'functionName'/);
    expect(functions.has('not a function')).toBe(false);
  });

  it('answers not-configured for a function not declared', async () => {
    const { functions } = local();
    expect(await functions.invoke(request('arn:aws:lambda:us-east-1:123456789012:function:other'))).toEqual({
      ok: false,
      reason: 'not-configured',
      message: 'function other is not declared under "functions" in portico.config.json',
    });
    expect(functions.has('other')).toBe(false);
    expect(functions.has('arn:aws:lambda:us-east-1:123456789012:function:echo:live')).toBe(true);
  });

  it('prefixes the log lines with the function name', async () => {
    const { functions, logs } = local();
    await functions.invoke(request('echo'));
    expect(logs[0]).toMatch(/^\[echo\] START RequestId: [0-9a-f-]{36} Version: \$LATEST$/);
    expect(logs.some((l) => l.startsWith('[echo] REPORT RequestId: '))).toBe(true);
  });

  it('gives the trace id to the function for that invocation only', async () => {
    const { functions } = local();
    const traceId = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    expect(body(await functions.invoke(request('echo', {}, { traceId })))).toMatchObject({ traceId });
    expect(body(await functions.invoke(request('echo')))).toMatchObject({ traceId: null });
  });

  it('answers an Event invocation 202 at once and runs the function in the background', async () => {
    const { functions, logs } = local();
    const result = await functions.invoke(request('sleeper', { ms: 600, tag: 'event' }, { invocationType: 'Event' }));
    expect(result).toEqual({ ok: true, statusCode: 202, payload: Buffer.alloc(0) });
    expect(logs.some((l) => l.startsWith('[sleeper] END '))).toBe(false);
    await waitFor('the function to finish', () => logs.some((l) => l.startsWith('[sleeper] END ')));
    expect(logs.some((l) => l.endsWith('\tINFO\tfinished event'))).toBe(true);
  });

  it('answers 202 for an Event invocation of a failing function', async () => {
    const { functions, logs } = local();
    expect(await functions.invoke(request('fails', {}, { invocationType: 'Event' }))).toMatchObject({ ok: true, statusCode: 202 });
    await waitFor('the invocation to end', () => logs.some((l) => l.startsWith('[fails] END ')));
  });

  it('stops waiting when the signal aborts; the function keeps running', async () => {
    const { functions, logs } = local();
    const controller = new AbortController();
    const reason = new Error('integration timed out');
    const invocation = functions.invoke(request('sleeper', { ms: 600, tag: 'abandoned' }, { signal: controller.signal }));
    await waitFor('the invocation to start', () => logs.some((l) => l.startsWith('[sleeper] START ')));
    controller.abort(reason);
    await expect(invocation).rejects.toBe(reason);
    expect(logs.some((l) => l.startsWith('[sleeper] END '))).toBe(false);
    await waitFor('the function to finish', () => logs.some((l) => l.startsWith('[sleeper] END ')));
    expect(logs.some((l) => l.endsWith('\tINFO\tfinished abandoned'))).toBe(true);
    expect(logs.some((l) => l.includes('Task timed out'))).toBe(false);
  });

  it('rejects at once for a signal already aborted', async () => {
    const { functions } = local();
    const signal = AbortSignal.abort(new Error('gone'));
    await expect(functions.invoke(request('echo', {}, { signal }))).rejects.toThrow('gone');
  });

  it('close() ends an invocation in flight with an error', async () => {
    const { functions, logs } = local();
    const invocation = functions.invoke(request('sleeper', { ms: 1500 }));
    await waitFor('the invocation to start', () => logs.some((l) => l.startsWith('[sleeper] START ')));
    await functions.close();
    const result = await invocation;
    expect(result).toMatchObject({ ok: true, functionError: 'Unhandled' });
    expect(body(result)).toMatchObject({ errorType: 'Runtime.ExitError' });
  });
});

describe('createFunctionRuntime', () => {
  it('gives local functions a clean environment: their variables, the runtime ones, a few inherited ones, the credentials', async () => {
    process.env['PORTICO_UNIT_UNRELATED'] = 'host only';
    try {
      const runtime = createFunctionRuntime(FUNCTIONS, {
        region: 'eu-central-1',
        account: '123456789012',
        credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'secret' },
        log: () => {},
      });
      invokers.push(runtime);
      expect(body(await runtime.invoke(request('env')))).toEqual({
        TABLE: 'orders',
        AWS_LAMBDA_FUNCTION_NAME: 'env',
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
        AWS_REGION: 'eu-central-1',
        _HANDLER: 'handlers.mjs#environment',
        PORTICO_UNIT_UNRELATED: null,
        AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
        PATH: process.env['PATH'] === undefined ? null : 'set',
      });
    } finally {
      delete process.env['PORTICO_UNIT_UNRELATED'];
    }
  });

  it('answers not-configured for other functions when there is no Lambda endpoint', async () => {
    const runtime = createFunctionRuntime(FUNCTIONS, { region: 'us-east-1', account: '123456789012', log: () => {} });
    invokers.push(runtime);
    expect(await runtime.invoke(request('elsewhere'))).toMatchObject({ ok: false, reason: 'not-configured' });
    expect(body(await runtime.invoke(request('echo')))).toMatchObject({ functionName: 'echo' });
  });
});
