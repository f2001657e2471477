import { describe, expect, it } from 'vitest';
import {
  MAX_RESPONSE_BYTES,
  consoleLine,
  endLine,
  errorDocument,
  exitDocument,
  exitMessage,
  formattedError,
  initReportLine,
  intoError,
  reportLine,
  responseTooLargeDocument,
  runtimeError,
  startLine,
  timedOutLine,
  timeoutDocument,
} from './lambda-format.js';

const ISO = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z';

describe('errorDocument', () => {
  it('describes an Error by name, message and stack lines', () => {
    const error = new Error('boom');
    const doc = errorDocument(error);
    expect(doc.errorType).toBe('Error');
    expect(doc.errorMessage).toBe('boom');
    expect(doc.trace).toEqual(error.stack!.split('\n'));
    expect(doc.trace![0]).toBe('Error: boom');
    expect(Object.keys(doc)).toEqual(['errorType', 'errorMessage', 'trace']);
  });

  it('uses the name of a built-in or custom error class', () => {
    expect(errorDocument(new TypeError('bad')).errorType).toBe('TypeError');
    class OrderNotFound extends Error {
      override name = 'OrderNotFound';
    }
    const doc = errorDocument(new OrderNotFound('order 7'));
    expect(doc).toMatchObject({ errorType: 'OrderNotFound', errorMessage: 'order 7' });
    expect(doc.trace![0]).toBe('OrderNotFound: order 7');
  });

  it('treats an error-shaped object as an error', () => {
    expect(errorDocument({ name: 'Custom', message: 'm', stack: 'Custom: m\n    at x' })).toEqual({ errorType: 'Custom', errorMessage: 'm', trace: ['Custom: m', '    at x'] });
  });

  it('describes anything else by typeof and toString (callback("text"))', () => {
    expect(errorDocument('text')).toEqual({ errorType: 'string', errorMessage: 'text', trace: [] });
    expect(errorDocument(42)).toEqual({ errorType: 'number', errorMessage: '42', trace: [] });
    expect(errorDocument({ code: 1 })).toEqual({ errorType: 'object', errorMessage: '[object Object]', trace: [] });
    expect(errorDocument({ name: 'N', message: '' , stack: 's'})).toEqual({ errorType: 'object', errorMessage: '[object Object]', trace: [] });
  });

  it('falls back to "handled" when the value cannot be described', () => {
    const expected = {
      errorType: 'handled',
      errorMessage: 'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    };
    expect(errorDocument(null)).toEqual(expected);
    expect(errorDocument(Object.create(null))).toEqual(expected);
  });

  it('escapes DEL characters', () => {
    const doc = errorDocument(new Error('a\x7Fb'));
    expect(doc.errorMessage).toBe('a%7Fb');
    expect(doc.trace![0]).toBe('Error: a%7Fb');
  });
});

describe('formattedError', () => {
  it('writes a tab then the error as JSON, with its enumerable properties and stack lines', () => {
    const error = Object.assign(new Error('boom'), { code: 'E_BOOM', orderId: 7 });
    const text = formattedError(error);
    expect(text.startsWith('\t{')).toBe(true);
    const json = JSON.parse(text.slice(1)) as Record<string, unknown>;
    expect(json).toEqual({ errorType: 'Error', errorMessage: 'boom', code: 'E_BOOM', orderId: 7, stack: error.stack!.split('\n') });
  });

  it('writes non-errors as JSON', () => {
    expect(formattedError('text')).toBe('\t"text"');
    expect(formattedError({ a: 1 })).toBe('\t{"a":1}');
  });

  it('falls back to the error document for values JSON cannot write', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(formattedError(cyclic)).toBe(`\t${JSON.stringify({ errorType: 'object', errorMessage: '[object Object]', trace: [] })}`);
  });
});

describe('runtime errors', () => {
  it('names them Runtime.*', () => {
    const error = runtimeError('HandlerNotFound', 'index.handler is undefined or not exported');
    expect(error).toBeInstanceOf(Error);
    expect(errorDocument(error)).toMatchObject({ errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is undefined or not exported' });
  });

  it('intoError wraps non-errors', () => {
    const error = new Error('x');
    expect(intoError(error)).toBe(error);
    expect(intoError('text').message).toBe('text');
  });
});

describe('documents of the Lambda service', () => {
  it('timeout', () => {
    expect(JSON.parse(timeoutDocument('req-1', 3))).toEqual({ errorMessage: 'RequestId: req-1 Error: Task timed out after 3.00 seconds', errorType: 'Sandbox.Timedout' });
    expect(timedOutLine('req-1', 1)).toMatch(new RegExp(`^${ISO} req-1 Task timed out after 1\\.00 seconds$`));
  });

  it('runtime exit', () => {
    expect(JSON.parse(exitDocument('req-1', 2))).toEqual({ errorMessage: 'RequestId: req-1 Error: Runtime exited with error: exit status 2', errorType: 'Runtime.ExitError' });
    expect(exitMessage('req-1', 0)).toBe('RequestId: req-1 Error: Runtime exited without providing a reason');
  });

  it('response too large', () => {
    expect(MAX_RESPONSE_BYTES).toBe(6 * 1024 * 1024 + 100);
    expect(JSON.parse(responseTooLargeDocument(7_000_000))).toEqual({
      errorMessage: 'Response payload size (7000000 bytes) exceeded maximum allowed payload size (6291556 bytes).',
      errorType: 'Function.ResponseSizeTooLarge',
    });
  });
});

describe('log lines', () => {
  it('console lines: time, request id, level, util.format of the arguments', () => {
    expect(consoleLine('req-1', 'INFO', ['hello %s', 'world', { a: 1 }])).toMatch(new RegExp(`^${ISO}\\treq-1\\tINFO\\thello world \\{ a: 1 \\}$`));
    expect(consoleLine('undefined', 'ERROR', ['x'])).toMatch(new RegExp(`^${ISO}\\tundefined\\tERROR\\tx$`));
  });

  it('START and END', () => {
    expect(startLine('req-1')).toBe('START RequestId: req-1 Version: $LATEST');
    expect(endLine('req-1')).toBe('END RequestId: req-1');
  });

  it('REPORT of a warm invocation: two decimals, billed per started millisecond', () => {
    expect(reportLine({ requestId: 'req-1', durationMs: 12.345, memorySize: 128, maxMemoryUsedMb: 45 })).toBe(
      'REPORT RequestId: req-1\tDuration: 12.35 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 45 MB',
    );
    expect(reportLine({ requestId: 'r', durationMs: 0, memorySize: 256, maxMemoryUsedMb: 0 })).toBe(
      'REPORT RequestId: r\tDuration: 0.00 ms\tBilled Duration: 1 ms\tMemory Size: 256 MB\tMax Memory Used: 0 MB',
    );
    expect(reportLine({ requestId: 'r', durationMs: 7, memorySize: 128, maxMemoryUsedMb: 1 })).toContain('\tBilled Duration: 7 ms\t');
  });

  it('REPORT of a cold start adds the init duration', () => {
    expect(reportLine({ requestId: 'r', durationMs: 1.5, memorySize: 128, maxMemoryUsedMb: 40, initDurationMs: 150.123 })).toBe(
      'REPORT RequestId: r\tDuration: 1.50 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\tInit Duration: 150.12 ms',
    );
  });

  it('REPORT of a timeout or a platform error adds the status', () => {
    expect(reportLine({ requestId: 'r', durationMs: 1000, memorySize: 128, maxMemoryUsedMb: 40, status: { kind: 'timeout' } })).toBe(
      'REPORT RequestId: r\tDuration: 1000.00 ms\tBilled Duration: 1000 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\tStatus: timeout',
    );
    expect(reportLine({ requestId: 'r', durationMs: 3, memorySize: 128, maxMemoryUsedMb: 40, initDurationMs: 10, status: { kind: 'error', errorType: 'Runtime.ExitError' } })).toBe(
      'REPORT RequestId: r\tDuration: 3.00 ms\tBilled Duration: 3 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\tInit Duration: 10.00 ms\tStatus: error\tError Type: Runtime.ExitError',
    );
  });

  it('INIT_REPORT', () => {
    expect(initReportLine(12.345, { kind: 'error', errorType: 'Runtime.ImportModuleError' })).toBe(
      'INIT_REPORT Init Duration: 12.35 ms\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError',
    );
    expect(initReportLine(10000, { kind: 'timeout' })).toBe('INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout');
  });
});
