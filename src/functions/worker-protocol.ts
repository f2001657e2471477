/**
 * Messages between the function pool (main thread) and a function's worker thread.
 */

/** What a worker is started with (`workerData`). */
export type WorkerSetup = {
  /** The module to import (a compiled copy for TypeScript handlers). */
  readonly moduleUrl: string;
  /** The handler as configured (`lambdas/orders.mjs#handler`), for error messages. */
  readonly handlerText: string;
  readonly exportPath: readonly string[];
  readonly functionName: string;
  readonly memorySize: number;
  readonly logGroupName: string;
  readonly logStreamName: string;
};

/** Main → worker: run one invocation. */
export type InvokeMessage = {
  readonly type: 'invoke';
  readonly requestId: string;
  /** The event, JSON text. */
  readonly payload: string;
  /** `Date.now()` value at which the invocation times out (`context.getRemainingTimeInMillis`). */
  readonly deadline: number;
  readonly invokedFunctionArn: string;
  readonly traceId?: string;
};

/** Worker → main. */
export type WorkerMessage =
  | { readonly type: 'ready'; readonly initDurationMs: number }
  /** Initialisation failed (the module did not load, the export is missing): every invocation fails with this document. */
  | { readonly type: 'init-error'; readonly document: string; readonly initDurationMs: number }
  | { readonly type: 'log'; readonly line: string }
  | {
      readonly type: 'result';
      readonly requestId: string;
      /** JSON text: the handler's result, or the error document. */
      readonly payload: string;
      readonly error: boolean;
      readonly heapUsedMb: number;
    }
  /** An uncaught exception or unhandled rejection: the invocation fails with it and the worker exits. */
  | { readonly type: 'fatal'; readonly requestId?: string; readonly document: string };
