/**
 * RemoteFunctions against a fake Lambda endpoint (node:http) answering the Invoke API as Lambda
 * does: `POST /2015-03-31/functions/{name}/invocations`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FunctionInvoker, InvocationType } from '../shared/functions.js';
import { parseFunctionsConfig } from './config.js';
import { createFunctionRuntime } from './invoker.js';
import { RemoteFunctions } from './remote-invoker.js';

type Seen = { method: string; url: string; headers: IncomingMessage['headers']; body: string };

const seen: Seen[] = [];
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const name = decodeURIComponent(/^\/2015-03-31\/functions\/([^/]+)\/invocations/.exec(req.url!)?.[1] ?? '');
      const json = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-requestid': 'fake-request-id', ...headers });
        res.end(JSON.stringify(payload));
      };
      if (name === 'echo' || name.endsWith(':function:echo')) {
        if (req.headers['x-amz-invocation-type'] === 'Event') {
          res.writeHead(202, { 'x-amzn-requestid': 'fake-request-id' });
          res.end();
          return;
        }
        json(200, { received: JSON.parse(body) as unknown }, { 'x-amz-executed-version': '$LATEST' });
      } else if (name === 'fails') {
        json(200, { errorType: 'Error', errorMessage: 'remote boom', trace: [] }, { 'x-amz-function-error': 'Unhandled', 'x-amz-executed-version': '$LATEST' });
      } else if (name === 'slow') {
        setTimeout(() => json(200, 'late'), 2000).unref();
      } else {
        json(
          404,
          { Type: 'User', message: `Function not found: arn:aws:lambda:us-east-1:123456789012:function:${name}` },
          { 'x-amzn-errortype': 'ResourceNotFoundException' },
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const invokers: FunctionInvoker[] = [];
afterEach(async () => {
  seen.length = 0;
  await Promise.all(invokers.splice(0).map((i) => i.close()));
});

const CREDENTIALS = { accessKeyId: 'AKIDREMOTE', secretAccessKey: 'secret' };

function remote(at = endpoint, region?: string): RemoteFunctions {
  const invoker = new RemoteFunctions({ endpoint: at, ...(region && { region }) }, CREDENTIALS, 'us-east-1');
  invokers.push(invoker);
  return invoker;
}

const request = (functionRef: string, event: unknown = {}, invocationType: InvocationType = 'RequestResponse', signal?: AbortSignal) => ({
  functionRef,
  payload: Buffer.from(JSON.stringify(event)),
  invocationType,
  ...(signal && { signal }),
});

describe('RemoteFunctions', () => {
  it('returns the payload of a successful invocation, signed for the region', async () => {
    const result = await remote(endpoint, 'eu-west-1').invoke(request('echo', { a: 1 }));
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    expect(result.ok && 'functionError' in result).toBe(false);
    expect(result.ok && JSON.parse(result.payload.toString('utf8'))).toEqual({ received: { a: 1 } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/2015-03-31/functions/echo/invocations', body: '{"a":1}' });
    expect(seen[0]!.headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDREMOTE\/\d{8}\/eu-west-1\/lambda\/aws4_request, /);
  });

  it('uses the default region when the endpoint has none, and passes an ARN as the function name', async () => {
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:echo';
    const result = await remote().invoke(request(arn));
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    expect(decodeURIComponent(seen[0]!.url)).toBe(`/2015-03-31/functions/${arn}/invocations`);
    expect(seen[0]!.headers['authorization']).toContain('/us-east-1/lambda/aws4_request');
  });

  it('reports X-Amz-Function-Error as functionError, with the error document as payload', async () => {
    const result = await remote().invoke(request('fails'));
    expect(result).toMatchObject({ ok: true, statusCode: 200, functionError: 'Unhandled' });
    expect(result.ok && JSON.parse(result.payload.toString('utf8'))).toEqual({ errorType: 'Error', errorMessage: 'remote boom', trace: [] });
  });

  it('sends Event invocations and answers 202', async () => {
    const result = await remote().invoke(request('echo', {}, 'Event'));
    expect(result).toMatchObject({ ok: true, statusCode: 202 });
    expect(seen[0]!.headers['x-amz-invocation-type']).toBe('Event');
  });

  it('answers service-error with the status for ResourceNotFoundException', async () => {
    const result = await remote().invoke(request('missing'));
    expect(result).toEqual({
      ok: false,
      reason: 'service-error',
      statusCode: 404,
      message: 'ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:123456789012:function:missing',
    });
  });

  it('answers unreachable when nothing listens on the endpoint', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const at = `http://127.0.0.1:${port}`;
    const result = await remote(at).invoke(request('echo'));
    expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(!result.ok && result.message).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}: `));
    expect(!result.ok && result.message).toContain('ECONNREFUSED');
  });

  it('rejects when the caller aborts', async () => {
    const controller = new AbortController();
    const invocation = remote().invoke(request('slow', {}, 'RequestResponse', controller.signal));
    setTimeout(() => controller.abort(new Error('integration timed out')), 50);
    await expect(invocation).rejects.toThrow();
  });

  it('close() before any invocation does nothing', async () => {
    await expect(remote().close()).resolves.toBeUndefined();
  });
});

describe('createFunctionRuntime with a Lambda endpoint', () => {
  it('runs declared functions locally and sends the others to the endpoint', async () => {
    const fixtures = fileURLToPath(new URL('../../test/fixtures/functions-unit/', import.meta.url));
    const parsed = parseFunctionsConfig({ functions: { counter: { handler: 'handlers.mjs#counter', timeout: 1 } }, lambda: { endpoint } }, fixtures);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const runtime = createFunctionRuntime(parsed.config, { region: 'us-east-1', account: '123456789012', credentials: CREDENTIALS, log: () => {} });
    invokers.push(runtime);

    const localResult = await runtime.invoke(request('arn:aws:lambda:us-east-1:123456789012:function:counter'));
    expect(localResult.ok && localResult.payload.toString('utf8')).toBe('1');
    expect(seen).toHaveLength(0);

    const remoteResult = await runtime.invoke(request('echo', { b: 2 }));
    expect(remoteResult.ok && JSON.parse(remoteResult.payload.toString('utf8'))).toEqual({ received: { b: 2 } });
    expect(await runtime.invoke(request('missing'))).toMatchObject({ ok: false, reason: 'service-error', statusCode: 404 });
    expect(seen).toHaveLength(2);
  });
});
