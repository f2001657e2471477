/**
 * A function's worker thread: what Lambda's Node.js runtime does inside the sandbox. It imports the
 * handler once (the init phase), then runs one invocation at a time: `async` handlers and
 * callback-style ones, a Lambda `context`, `console.*` as the runtime writes it
 * (`time\trequestId\tLEVEL\tmessage`), the error documents of a handler that throws or calls back
 * with an error, and uncaught exceptions / unhandled rejections, after which the worker exits (the
 * pool starts a fresh one, as Lambda restarts the sandbox).
 *
 * Started by pool.ts; bundled to dist/functions-worker.js (scripts/build.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { FUNCTION_VERSION, consoleLine, errorDocument, formattedError, intoError, runtimeError, type LogLevel } from './lambda-format.js';
import type { InvokeMessage, WorkerMessage, WorkerSetup } from './worker-protocol.js';

type Handler = (event: unknown, context: LambdaContext, callback: (error?: unknown, result?: unknown) => void) => unknown;

type LambdaContext = {
  callbackWaitsForEmptyEventLoop: boolean;
  readonly functionName: string;
  readonly functionVersion: string;
  readonly invokedFunctionArn: string;
  readonly memoryLimitInMB: string;
  readonly awsRequestId: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
  getRemainingTimeInMillis(): number;
  succeed(result?: unknown): void;
  fail(error?: unknown): void;
  done(error?: unknown, result?: unknown): void;
};

const port = parentPort!;
const setup = workerData as WorkerSetup;
const post = (message: WorkerMessage): void => port.postMessage(message);

/** The invocation running now: console lines carry its id (`undefined` during init, as Lambda prints). */
let current: string | undefined;

const LEVELS: ReadonlyArray<[keyof Console, LogLevel]> = [
  ['log', 'INFO'],
  ['info', 'INFO'],
  ['warn', 'WARN'],
  ['error', 'ERROR'],
  ['debug', 'DEBUG'],
  ['trace', 'TRACE'],
];
for (const [method, level] of LEVELS) {
  (console as unknown as Record<string, (...args: unknown[]) => void>)[method] = (...args: unknown[]) =>
    post({ type: 'log', line: consoleLine(String(current), level, args) });
}

process.on('uncaughtException', (error) => fatal('Uncaught Exception', error));
process.on('unhandledRejection', (reason) => {
  fatal('Unhandled Promise Rejection', runtimeError('UnhandledPromiseRejection', String((reason as { toString?: () => string } | null | undefined)?.toString?.() ?? reason)));
});

function fatal(label: string, error: unknown): void {
  // As the runtime's text logger: a thrown non-error is logged as an Error (`Errors.intoError`).
  post({ type: 'log', line: consoleLine(String(current), 'ERROR', [label, formattedError(intoError(error))]) });
  post({ type: 'fatal', ...(current !== undefined && { requestId: current }), document: JSON.stringify(errorDocument(error)) });
  process.exit(129);
}

async function loadHandler(): Promise<Handler> {
  let module: Record<string, unknown>;
  try {
    module = (await import(setup.moduleUrl)) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof SyntaxError) throw runtimeError('UserCodeSyntaxError', `${err.name}: ${err.message}`);
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'MODULE_NOT_FOUND') throw runtimeError('ImportModuleError', `Error: ${e.message}`);
    throw err;
  }
  const found = lookup(module, setup.exportPath) ?? lookup(module['default'], setup.exportPath);
  if (found === undefined) throw runtimeError('HandlerNotFound', `${setup.handlerText} is undefined or not exported`);
  if (typeof found !== 'function') throw runtimeError('HandlerNotFound', `${setup.handlerText} is not a function`);
  return found as Handler;
}

function lookup(from: unknown, path: readonly string[]): unknown {
  let value = from;
  for (const key of path) {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function contextFor(message: InvokeMessage, finish: (error: unknown, result: unknown) => void): LambdaContext {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: setup.functionName,
    functionVersion: FUNCTION_VERSION,
    invokedFunctionArn: message.invokedFunctionArn,
    memoryLimitInMB: String(setup.memorySize),
    awsRequestId: message.requestId,
    logGroupName: setup.logGroupName,
    logStreamName: setup.logStreamName,
    getRemainingTimeInMillis: () => Math.max(0, message.deadline - Date.now()),
    succeed: (result) => finish(undefined, result),
    fail: (error) => finish(error ?? 'handled', undefined),
    done: (error, result) => finish(error, result),
  };
}

function run(handler: Handler, message: InvokeMessage): void {
  current = message.requestId;
  if (message.traceId) process.env['_X_AMZN_TRACE_ID'] = message.traceId;
  else delete process.env['_X_AMZN_TRACE_ID'];
  let settled = false;
  const finish = (error: unknown, result: unknown): void => {
    if (settled) return;
    settled = true;
    let payload: string;
    let failed = error !== undefined && error !== null;
    if (failed) {
      post({ type: 'log', line: consoleLine(message.requestId, 'ERROR', ['Invoke Error', formattedError(intoError(error))]) });
      payload = JSON.stringify(errorDocument(error));
    } else {
      try {
        payload = JSON.stringify(result === undefined ? null : result);
      } catch (err) {
        failed = true;
        payload = JSON.stringify(errorDocument(err));
      }
    }
    post({ type: 'result', requestId: message.requestId, payload, error: failed, heapUsedMb: Math.ceil(getHeapStatistics().used_heap_size / 1048576) });
  };
  let event: unknown;
  try {
    event = JSON.parse(message.payload);
  } catch {
    event = message.payload;
  }
  try {
    const returned = handler(event, contextFor(message, finish), (error, result) => finish(error, result));
    if (typeof (returned as PromiseLike<unknown> | undefined)?.then === 'function') {
      (returned as PromiseLike<unknown>).then(
        (value) => finish(undefined, value),
        (error: unknown) => finish(error ?? 'handled', undefined),
      );
    } else if (handler.length < 3) {
      // A synchronous handler without a callback: Lambda ignores its return value and answers null.
      setImmediate(() => finish(undefined, null));
    }
  } catch (error) {
    finish(error, undefined);
  }
}

const started = performance.now();
loadHandler().then(
  (handler) => {
    post({ type: 'ready', initDurationMs: performance.now() - started });
    port.on('message', (message: InvokeMessage) => run(handler, message));
  },
  (error: unknown) => {
    post({ type: 'log', line: consoleLine(String(current), 'ERROR', ['Init Error', formattedError(error)]) });
    post({ type: 'init-error', document: JSON.stringify(errorDocument(error)), initDurationMs: performance.now() - started });
  },
);
