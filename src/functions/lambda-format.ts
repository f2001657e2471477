/**
 * Lambda's texts: the error documents an Invoke returns and the lines a function's log stream
 * shows. Used by the worker (what the Node.js runtime interface client writes) and by the pool
 * (what the Lambda service itself writes: START/END/REPORT, timeouts, crashes).
 *
 * Sources: the Node.js runtime interface client (aws-lambda-nodejs-runtime-interface-client,
 * `Errors.js`, `LogPatch.js`, `CallbackContext.js`) for what the runtime writes; recorded Lambda
 * output (CloudWatch logs, Invoke payloads quoted in public issues, 2020–2025) for the rest.
 */
import { format, types } from 'node:util';

export const FUNCTION_VERSION = '$LATEST';

/** What the runtime posts for a failed invocation (`Errors.toRapidResponse`). */
export type RuntimeErrorDocument = { errorType: string; errorMessage: string; trace?: string[] };

const hasErrorShape = (v: unknown): v is { name: string; message: string; stack: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { name?: unknown }).name === 'string' &&
  typeof (v as { message?: unknown }).message === 'string' &&
  typeof (v as { stack?: unknown }).stack === 'string' &&
  (v as { name: string }).name !== '' &&
  (v as { message: string }).message !== '' &&
  (v as { stack: string }).stack !== '';

/**
 * The error document for anything a handler fails with: `{errorType, errorMessage, trace}` for
 * errors; `{"errorType":"string","errorMessage":"text","trace":[]}` for `callback('text')` (the
 * type is `typeof`, the message `toString()`).
 */
export function errorDocument(error: unknown): RuntimeErrorDocument {
  try {
    if (types.isNativeError(error) || hasErrorShape(error)) {
      const e = error as Error;
      return {
        errorType: e.name?.replaceAll('\x7F', '%7F'),
        errorMessage: e.message?.replaceAll('\x7F', '%7F'),
        trace: (e.stack ?? '').replaceAll('\x7F', '%7F').split('\n'),
      };
    }
    return { errorType: typeof error, errorMessage: String((error as { toString(): string }).toString()), trace: [] };
  } catch {
    return {
      errorType: 'handled',
      errorMessage: 'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    };
  }
}

export function intoError(error: unknown): Error {
  return error instanceof Error ? error : new Error(error as string);
}

/**
 * An error as the runtime logs it after `Invoke Error` or `Uncaught Exception`: a tab, then JSON
 * with errorType, errorMessage, code, the enumerable properties and the stack as lines.
 */
export function formattedError(error: unknown): string {
  try {
    return `\t${JSON.stringify(error, (_key, value: unknown) => withEnumerableProperties(value))}`;
  } catch {
    return `\t${JSON.stringify(errorDocument(error))}`;
  }
}

function withEnumerableProperties(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const out: Record<string, unknown> = { errorType: value.name, errorMessage: value.message, code: (value as { code?: unknown }).code, ...value };
  if (typeof value.stack === 'string') out['stack'] = value.stack.split('\n');
  return out;
}

/** The runtime's own error classes (`Runtime.ImportModuleError`, …). */
export function runtimeError(kind: 'ImportModuleError' | 'HandlerNotFound' | 'MalformedHandlerName' | 'UserCodeSyntaxError' | 'UnhandledPromiseRejection' | 'NodeJsExit', message: string): Error {
  const error = new Error(message);
  error.name = `Runtime.${kind}`;
  return error;
}

export const NODE_JS_EXIT_MESSAGE =
  'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes';

/** Lambda's document for an invocation that ran out of time (2024+ wording; `X-Amz-Function-Error: Unhandled`). */
export function timeoutDocument(requestId: string, timeoutSeconds: number): string {
  return JSON.stringify({ errorMessage: `RequestId: ${requestId} Error: Task timed out after ${timeoutSeconds.toFixed(2)} seconds`, errorType: 'Sandbox.Timedout' });
}

/** The runtime process ended during an invocation (`process.exit`, a fatal error). */
export function exitMessage(requestId: string, exitCode: number): string {
  return exitCode === 0
    ? `RequestId: ${requestId} Error: Runtime exited without providing a reason`
    : `RequestId: ${requestId} Error: Runtime exited with error: exit status ${exitCode}`;
}

export function exitDocument(requestId: string, exitCode: number): string {
  return JSON.stringify({ errorMessage: exitMessage(requestId, exitCode), errorType: 'Runtime.ExitError' });
}

/** Lambda's limit on a synchronous response (6 MB + 100 bytes). */
export const MAX_RESPONSE_BYTES = 6_291_556;
/** Lambda's limit on a synchronous request payload. */
export const MAX_REQUEST_BYTES = 6_291_456;

export function responseTooLargeDocument(size: number): string {
  return JSON.stringify({
    errorMessage: `Response payload size (${size} bytes) exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
    errorType: 'Function.ResponseSizeTooLarge',
  });
}

export type LogLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'FATAL';

/** A console line as the runtime writes it: `time\trequestId\tLEVEL\tmessage` (util.format). */
export function consoleLine(requestId: string, level: LogLevel, args: readonly unknown[]): string {
  return `${new Date().toISOString()}\t${requestId}\t${level}\t${format(...args)}`;
}

export const startLine = (requestId: string): string => `START RequestId: ${requestId} Version: ${FUNCTION_VERSION}`;
export const endLine = (requestId: string): string => `END RequestId: ${requestId}`;

export type Report = {
  readonly requestId: string;
  readonly durationMs: number;
  readonly memorySize: number;
  readonly maxMemoryUsedMb: number;
  /** Cold starts only. */
  readonly initDurationMs?: number;
  /** Platform-level failures: `timeout`, or `error` with the error type (Runtime.ExitError, …). */
  readonly status?: { readonly kind: 'timeout' } | { readonly kind: 'error'; readonly errorType: string };
};

/**
 * `REPORT RequestId: …\tDuration: 1.23 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory
 * Used: 45 MB` + `\tInit Duration: 150.00 ms` on a cold start + `\tStatus: timeout` (or `\tStatus:
 * error\tError Type: Runtime.ExitError`). Billing is per started millisecond.
 */
export function reportLine(r: Report): string {
  let line = `REPORT RequestId: ${r.requestId}\tDuration: ${r.durationMs.toFixed(2)} ms\tBilled Duration: ${Math.max(1, Math.ceil(r.durationMs))} ms\tMemory Size: ${r.memorySize} MB\tMax Memory Used: ${r.maxMemoryUsedMb} MB`;
  if (r.initDurationMs !== undefined) line += `\tInit Duration: ${r.initDurationMs.toFixed(2)} ms`;
  if (r.status?.kind === 'timeout') line += '\tStatus: timeout';
  else if (r.status?.kind === 'error') line += `\tStatus: error\tError Type: ${r.status.errorType}`;
  return line;
}

/** After a failed initialisation: `INIT_REPORT Init Duration: 12.34 ms\tPhase: init\tStatus: error\tError Type: …`. */
export function initReportLine(initDurationMs: number, status: { kind: 'timeout' } | { kind: 'error'; errorType: string }): string {
  return `INIT_REPORT Init Duration: ${initDurationMs.toFixed(2)} ms\tPhase: init\tStatus: ${status.kind}${status.kind === 'error' ? `\tError Type: ${status.errorType}` : ''}`;
}

/** The line Lambda adds when an invocation times out: `{time} {requestId} Task timed out after 3.00 seconds`. */
export function timedOutLine(requestId: string, timeoutSeconds: number): string {
  return `${new Date().toISOString()} ${requestId} Task timed out after ${timeoutSeconds.toFixed(2)} seconds`;
}
