/**
 * The function invoker for functions declared in the project file: each name has its own pool of
 * worker threads. `Event` invocations answer 202 at once and run in the background, as Lambda's
 * asynchronous invocations do. The caller's signal stops the waiting, not the function (Lambda
 * keeps running a function whose caller went away).
 */
import type { FunctionInvokeRequest, FunctionInvokeResult, FunctionInvoker } from '../shared/functions.js';
import type { LocalFunctionConfig } from './config.js';
import { invokedArn, parseFunctionRef } from './function-ref.js';
import { MAX_REQUEST_BYTES } from './lambda-format.js';
import { FunctionPool, type PoolOptions } from './pool.js';

export type LocalInvokerOptions = PoolOptions & { readonly account: string };

export class LocalFunctions implements FunctionInvoker {
  private readonly pools = new Map<string, FunctionPool>();

  constructor(
    functions: ReadonlyMap<string, LocalFunctionConfig>,
    private readonly options: LocalInvokerOptions,
  ) {
    for (const [name, config] of functions) {
      this.pools.set(name, new FunctionPool(config, { ...options, log: (line) => options.log(`[${name}] ${line}`) }));
    }
  }

  /** Whether `functionRef` names a local function. */
  has(functionRef: string): boolean {
    const ref = parseFunctionRef(functionRef);
    return ref.ok && this.pools.has(ref.name);
  }

  async invoke(request: FunctionInvokeRequest): Promise<FunctionInvokeResult> {
    const ref = parseFunctionRef(request.functionRef);
    if (!ref.ok) return { ok: false, reason: 'service-error', statusCode: 400, message: ref.message };
    if (request.payload.length > MAX_REQUEST_BYTES) {
      // Lambda refuses it before any function runs (API Gateway answers 500).
      return {
        ok: false,
        reason: 'service-error',
        statusCode: 413,
        message: `RequestTooLargeException: Request must be smaller than ${MAX_REQUEST_BYTES} bytes for the InvokeFunction operation`,
      };
    }
    const pool = this.pools.get(ref.name);
    if (!pool) return { ok: false, reason: 'not-configured', message: `function ${ref.name} is not declared under "functions" in portico.config.json` };
    const running = pool.invoke({
      payload: request.payload.toString('utf8'),
      invokedFunctionArn: invokedArn(ref, this.options.region, this.options.account),
      ...(request.traceId !== undefined && { traceId: request.traceId }),
    });
    if (request.invocationType === 'Event') {
      running.catch((err: unknown) => this.options.log(`[${ref.name}] asynchronous invocation failed: ${(err as Error).message}`));
      return { ok: true, statusCode: 202, payload: Buffer.alloc(0) };
    }
    const result = await abortable(running, request.signal);
    return { ok: true, statusCode: 200, payload: Buffer.from(result.payload), ...(result.error && { functionError: 'Unhandled' }) };
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.close()));
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e as Error);
      },
    );
  });
}
