/**
 * One local function: up to `concurrency` worker threads, each running one invocation at a time
 * and reused while warm (the init phase runs once per worker). What the Lambda service does around
 * the runtime happens here: request ids, START/END/REPORT log lines, the function's timeout
 * (the worker is stopped: `Task timed out after 3.00 seconds`), a runtime that exits or crashes
 * (`Runtime.ExitError`), responses over Lambda's 6 MB limit. Invocations beyond the concurrency
 * wait for a free worker.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LocalFunctionConfig } from './config.js';
import { handlerModule, moduleVersion, type HandlerModule } from './handler-module.js';
import {
  MAX_RESPONSE_BYTES,
  endLine,
  exitDocument,
  initReportLine,
  reportLine,
  responseTooLargeDocument,
  startLine,
  timedOutLine,
  timeoutDocument,
} from './lambda-format.js';
import type { InvokeMessage, WorkerMessage, WorkerSetup } from './worker-protocol.js';

export type PoolInvocation = { readonly payload: string; readonly invokedFunctionArn: string; readonly traceId?: string };
/** `error`: Lambda's `X-Amz-Function-Error: Unhandled`, the payload being the error document. */
export type PoolResult = { readonly requestId: string; readonly payload: string; readonly error: boolean };

export type PoolOptions = {
  readonly region: string;
  /** Variables every function sees before its own (credentials for local emulators, PATH, …). */
  readonly baseEnvironment: Readonly<Record<string, string>>;
  /** Each line of the function's log, Lambda's format. */
  readonly log: (line: string) => void;
};

/** Lambda's limit on the init phase. */
const INIT_TIMEOUT_MS = 10_000;

export class FunctionPool {
  private readonly idle: FunctionWorker[] = [];
  /** Every worker started and not yet stopped, busy or idle (at most `concurrency`): close() stops them all. */
  private readonly workers = new Set<FunctionWorker>();
  private readonly waiting: Array<{ resolve: (worker: FunctionWorker) => void; reject: (error: Error) => void }> = [];
  private module: HandlerModule | undefined;
  private closed = false;

  constructor(
    readonly config: LocalFunctionConfig,
    private readonly options: PoolOptions,
  ) {}

  async invoke(invocation: PoolInvocation): Promise<PoolResult> {
    if (this.closed) throw new Error(`function ${this.config.name} is shut down`);
    const worker = await this.acquire();
    let result: PoolResult;
    try {
      result = await worker.run(invocation);
    } finally {
      this.release(worker);
    }
    return result;
  }

  /** Stops every worker: a running invocation ends with Runtime.ExitError, a waiting one is rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error(`function ${this.config.name} is shut down`));
    this.idle.length = 0;
    const workers = [...this.workers];
    this.workers.clear();
    await Promise.all(workers.map((w) => w.stop()));
  }

  private acquire(): Promise<FunctionWorker> {
    const current = moduleVersion(this.config.file);
    if (this.module && this.module.version !== current) {
      // The handler changed: new workers load the new code; idle ones are retired.
      this.module = undefined;
      for (const w of this.idle.splice(0)) {
        this.workers.delete(w);
        void w.stop();
      }
    }
    let warm: FunctionWorker | undefined;
    while ((warm = this.idle.pop()) && !warm.alive) {
      // It exited while idle (a timer threw, process.exit after answering): Lambda starts a new sandbox.
      this.workers.delete(warm);
    }
    if (warm) return Promise.resolve(warm);
    if (this.workers.size < this.config.concurrency) return Promise.resolve(this.spawn());
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private spawn(): FunctionWorker {
    this.module ??= handlerModule(this.config.file);
    const worker = new FunctionWorker(this.config, this.options, this.module);
    this.workers.add(worker);
    return worker;
  }

  private release(worker: FunctionWorker): void {
    if (!worker.alive || this.closed || worker.moduleVersion !== this.module?.version) {
      void worker.stop();
      this.workers.delete(worker);
      const next = this.waiting.shift();
      if (next && !this.closed) next.resolve(this.spawn());
      return;
    }
    const next = this.waiting.shift();
    if (next) next.resolve(worker);
    else this.idle.push(worker);
  }
}

type Pending = { requestId: string; started: number; resolve: (result: PoolResult) => void; timer: NodeJS.Timeout };

/** One worker thread: a Lambda execution environment. */
class FunctionWorker {
  alive = true;
  readonly moduleVersion: string;
  private readonly worker: Worker;
  private readonly ready: Promise<{ ok: true } | { ok: false; document: (requestId: string) => string }>;
  private initDurationMs: number | undefined;
  private pending: Pending | undefined;
  private heapUsedMb = 0;

  constructor(
    private readonly config: LocalFunctionConfig,
    private readonly options: PoolOptions,
    module: HandlerModule,
  ) {
    this.moduleVersion = module.version;
    const logStreamName = `${new Date().toISOString().slice(0, 10).replaceAll('-', '/')}/[${'$LATEST'}]${randomBytes(16).toString('hex')}`;
    const logGroupName = `/aws/lambda/${config.name}`;
    const setup: WorkerSetup = {
      moduleUrl: module.url,
      handlerText: config.handler,
      exportPath: config.exportPath,
      functionName: config.name,
      memorySize: config.memorySize,
      logGroupName,
      logStreamName,
    };
    this.worker = new Worker(workerFile(), {
      workerData: setup,
      env: this.environment(logGroupName, logStreamName),
      stdout: true,
      stderr: true,
    });
    this.worker.unref();
    forwardLines(this.worker.stdout, options.log);
    forwardLines(this.worker.stderr, options.log);
    const spawned = performance.now();
    let initEnded = false;
    this.ready = new Promise((resolve) => {
      const initTimer = setTimeout(() => {
        options.log(initReportLine(INIT_TIMEOUT_MS, { kind: 'timeout' }));
        this.alive = false;
        void this.worker.terminate();
        resolve({ ok: false, document: (requestId) => timeoutDocument(requestId, config.timeoutSeconds) });
      }, INIT_TIMEOUT_MS);
      this.worker.on('message', (message: WorkerMessage) => {
        switch (message.type) {
          case 'ready':
            clearTimeout(initTimer);
            initEnded = true;
            this.initDurationMs = message.initDurationMs;
            resolve({ ok: true });
            break;
          case 'init-error':
            clearTimeout(initTimer);
            initEnded = true;
            this.alive = false;
            options.log(initReportLine(message.initDurationMs, { kind: 'error', errorType: (JSON.parse(message.document) as { errorType: string }).errorType }));
            void this.worker.terminate();
            resolve({ ok: false, document: () => message.document });
            break;
          case 'log':
            options.log(message.line);
            break;
          case 'result':
            if (this.pending?.requestId === message.requestId) {
              this.heapUsedMb = Math.max(this.heapUsedMb, message.heapUsedMb);
              this.settle(message.payload, message.error);
            }
            break;
          case 'fatal':
            this.alive = false;
            if (this.pending) this.settle(message.document, true, { kind: 'error', errorType: (JSON.parse(message.document) as { errorType: string }).errorType });
            break;
        }
      });
      this.worker.on('error', () => {
        // An error the worker's own handlers did not catch (it already exited).
        this.alive = false;
      });
      this.worker.on('exit', (code) => {
        this.alive = false;
        clearTimeout(initTimer);
        if (this.initDurationMs === undefined && !initEnded) {
          options.log(initReportLine(performance.now() - spawned, { kind: 'error', errorType: 'Runtime.ExitError' }));
        }
        initEnded = true;
        resolve({ ok: false, document: (requestId) => exitDocument(requestId, code) });
        if (this.pending) this.settle(exitDocument(this.pending.requestId, code), true, { kind: 'error', errorType: 'Runtime.ExitError' });
      });
    });
  }

  async run(invocation: PoolInvocation): Promise<PoolResult> {
    const requestId = randomUUID();
    const { log } = this.options;
    log(startLine(requestId));
    const init = await this.ready;
    if (!init.ok || !this.alive) {
      const document = init.ok ? exitDocument(requestId, 0) : init.document(requestId);
      log(endLine(requestId));
      log(reportLine({ requestId, durationMs: 0, memorySize: this.config.memorySize, maxMemoryUsedMb: 0, status: { kind: 'error', errorType: errorTypeOf(document) } }));
      return { requestId, payload: document, error: true };
    }
    const timeoutMs = this.config.timeoutSeconds * 1000;
    const started = performance.now();
    return new Promise<PoolResult>((resolve) => {
      const timer = setTimeout(() => {
        log(timedOutLine(requestId, this.config.timeoutSeconds));
        this.alive = false;
        void this.worker.terminate();
        this.settle(timeoutDocument(requestId, this.config.timeoutSeconds), true, { kind: 'timeout' });
      }, timeoutMs);
      this.pending = { requestId, started, resolve, timer };
      const message: InvokeMessage = {
        type: 'invoke',
        requestId,
        payload: invocation.payload,
        deadline: Date.now() + timeoutMs,
        invokedFunctionArn: invocation.invokedFunctionArn,
        ...(invocation.traceId !== undefined && { traceId: invocation.traceId }),
      };
      this.worker.postMessage(message);
    });
  }

  stop(): Promise<number> {
    this.alive = false;
    return this.worker.terminate();
  }

  private settle(payload: string, error: boolean, status?: { kind: 'timeout' } | { kind: 'error'; errorType: string }): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    const durationMs = performance.now() - pending.started;
    let out = payload;
    let failed = error;
    const size = Buffer.byteLength(payload);
    if (!error && size > MAX_RESPONSE_BYTES) {
      out = responseTooLargeDocument(size);
      failed = true;
    }
    this.options.log(endLine(pending.requestId));
    this.options.log(
      reportLine({
        requestId: pending.requestId,
        durationMs,
        memorySize: this.config.memorySize,
        maxMemoryUsedMb: this.heapUsedMb,
        ...(this.initDurationMs !== undefined && { initDurationMs: this.initDurationMs }),
        ...(status && { status }),
      }),
    );
    this.initDurationMs = undefined;
    pending.resolve({ requestId: pending.requestId, payload: out, error: failed });
  }

  private environment(logGroupName: string, logStreamName: string): Record<string, string> {
    const { config, options } = this;
    return {
      ...options.baseEnvironment,
      ...config.environment,
      AWS_REGION: options.region,
      AWS_DEFAULT_REGION: options.region,
      AWS_EXECUTION_ENV: `AWS_Lambda_nodejs${process.versions.node.split('.')[0]}.x`,
      AWS_LAMBDA_FUNCTION_NAME: config.name,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.memorySize),
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      AWS_LAMBDA_LOG_GROUP_NAME: logGroupName,
      AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
      _HANDLER: config.handler,
      LAMBDA_TASK_ROOT: join(config.file, '..'),
    };
  }
}

const errorTypeOf = (document: string): string => {
  try {
    return (JSON.parse(document) as { errorType?: string }).errorType ?? 'Unknown';
  } catch {
    return 'Unknown';
  }
};

function forwardLines(stream: NodeJS.ReadableStream, log: (line: string) => void): void {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      log(buffered.slice(0, nl));
      buffered = buffered.slice(nl + 1);
    }
  });
  stream.on('end', () => {
    if (buffered) log(buffered);
  });
}

let compiledWorker: string | undefined;

/**
 * The worker's entry file: `functions-worker.js` beside the bundle (dist/), or, when running from
 * the TypeScript sources (tests), worker-main.ts bundled once into a temporary file.
 */
function workerFile(): string {
  const built = fileURLToPath(new URL('./functions-worker.js', import.meta.url));
  if (existsSync(built)) return built;
  if (compiledWorker) return compiledWorker;
  const source = fileURLToPath(new URL('./worker-main.ts', import.meta.url));
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const result = esbuild.buildSync({ entryPoints: [source], bundle: true, platform: 'node', target: 'node20', format: 'esm', write: false });
  const dir = join(tmpdir(), 'portico-functions');
  mkdirSync(dir, { recursive: true });
  const contents = result.outputFiles[0]!.contents;
  const file = join(dir, `worker-${createHash('sha256').update(contents).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) writeFileSync(file, contents);
  compiledWorker = file;
  return file;
}
