/**
 * Lambda integrations end to end: a `portico serve` child process whose project file declares local
 * Node handlers (test/fixtures/functions/), APIs built through the control plane's wire API, and
 * invocations over real HTTP on 127.0.0.1.
 *
 * - AWS_PROXY: the version 1.0 event a handler receives, and what the gateway does with the
 *   result (status, headers, multi-value headers, body); a function error or a malformed result is
 *   502, a function nobody declared 500 (shared/spec/data-plane.md §6.4, §7.6).
 * - AWS (Lambda custom): the request template builds the event, the response template the answer;
 *   a function error's `errorMessage` selects the integration response, the error document being
 *   the body; no match → the default response, 200 (§6.3, §7.1).
 * - Time-outs: the function's own (`Sandbox.Timedout`, a function error) and the integration's
 *   `timeoutInMillis` (504 `Endpoint request timed out`, §5.6.5).
 * - Binary: a request whose Content-Type is a binary media type reaches the function base64-encoded;
 *   an `isBase64Encoded` result is decoded for a client accepting a binary type (§5.3, §7.6).
 *
 * The function runtime itself (warm workers, environment, context, logs, TypeScript, crashes) and
 * the Lambda endpoint for undeclared functions: lambda-runtime.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetResourcesCommand, GetStageCommand } from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerOf, send, type Received } from '../dataplane/client.js';
import { deployVector, type Deployed } from '../dataplane/setup.js';
import { spawnPortico, type ServeProcess } from '../support/process.js';
import { sdkClient, TEST_ACCOUNT, TEST_REGION } from '../support/server.js';
import { PROJECT_ROOT } from '../support/vectors.js';

const FUNCTIONS = join(PROJECT_ROOT, 'test', 'fixtures', 'functions');

/** The integration URI of a Lambda function of the test account, optionally with a qualifier. */
const lambdaUri = (name: string) =>
  `arn:aws:apigateway:${TEST_REGION}:lambda:path/2015-03-31/functions/arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:function:${name}/invocations`;

const proxyMethod = (fn: string, integration: Record<string, unknown> = {}) => ({
  authorizationType: 'NONE',
  integration: { type: 'AWS_PROXY', httpMethod: 'POST', uri: lambdaUri(fn), ...integration },
});

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
  const stopped = server.stop();
  const exited = await Promise.race([stopped.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000).unref())]);
  if (!exited) await server.kill();
}

/**
 * A gateway error: the fixed body (with a space, as AWS writes it), JSON, InternalServerErrorException,
 * no trace id (shared/spec/data-plane.md §11); returns the request id the server's log names it by.
 */
function expectGatewayError(r: Received, status: number, message: string): string {
  expect({ status: r.status, body: r.body.toString('utf8') }).toEqual({ status, body: `{"message": "${message}"}` });
  expect(headerOf(r, 'Content-Type')).toBe('application/json');
  expect(headerOf(r, 'x-amzn-ErrorType')).toBe('InternalServerErrorException');
  expect(headerOf(r, 'X-Amzn-Trace-Id')).toBeUndefined();
  const requestId = headerOf(r, 'x-amzn-RequestId');
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  return requestId!;
}

const json = (r: Received): Record<string, unknown> => JSON.parse(r.body.toString('utf8')) as Record<string, unknown>;
/** Every value of a response header, in order, however the server split them over lines. */
const headerValues = (r: Received, name: string): string[] =>
  r.headers.filter(([k]) => k.toLowerCase() === name.toLowerCase()).flatMap(([, v]) => v.split(',').map((s) => s.trim()));

let server: ServeProcess;
let dir: string;
let proxyApi: Deployed;
let customApi: Deployed;
let authorizedApi: Deployed;

const stageUrl = (api: Deployed, path: string) => `${server.url}/restapis/${api.apiId}/${api.stage}/_user_request_${path}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portico-lambda-e2e-'));
  const handler = (file: string) => join(FUNCTIONS, `${file}#handler`);
  writeFileSync(
    join(dir, 'portico.config.json'),
    JSON.stringify({
      functions: {
        echo: { handler: handler('proxy-echo.mjs') },
        results: { handler: handler('proxy-results.mjs') },
        custom: { handler: handler('custom.mjs') },
        authorizer: { handler: handler('authorizer.mjs') },
        binary: { handler: handler('binary.mjs') },
        // Runs out of its own time (1 s) while sleeping 3 s.
        'slow-fn': { handler: handler('sleep.mjs'), timeout: 1, environment: { SLEEP_MS: '3000' } },
        // Would answer after 2 s, within its own time, but after the integration's 200 ms.
        'slow-ok': { handler: handler('sleep.mjs'), timeout: 5, environment: { SLEEP_MS: '2000' } },
      },
    }),
  );
  server = await spawnPortico(['--in-memory', '--account', TEST_ACCOUNT, '--config', join(dir, 'portico.config.json')]);
  proxyApi = await deployVector(server.url, {
    restApi: { binaryMediaTypes: ['image/png'] },
    stage: { variables: { color: 'blue' } },
    resources: [
      { path: '/items/{id}', methods: { GET: proxyMethod('echo'), POST: proxyMethod('echo') } },
      { path: '/results/{kind}', methods: { GET: proxyMethod('results') } },
      { path: '/ghost', methods: { GET: proxyMethod('ghost-fn') } },
      { path: '/slow', methods: { GET: proxyMethod('slow-fn') } },
      { path: '/slow-ok', methods: { GET: proxyMethod('slow-ok', { timeoutInMillis: 200 }) } },
      { path: '/binary-echo', methods: { POST: proxyMethod('echo') } },
      { path: '/binary', methods: { POST: proxyMethod('binary') } },
    ],
  }, 'test');

  const customMethod = (fn: string, requestTemplate: string) => ({
    authorizationType: 'NONE',
    methodResponses: { 200: {}, 404: {}, 503: {} },
    integration: {
      type: 'AWS',
      httpMethod: 'POST',
      uri: lambdaUri(fn),
      requestTemplates: { 'application/json': requestTemplate },
      integrationResponses: {
        default: { statusCode: '200', responseTemplates: { 'application/json': '{"wrapped": $input.json(\'$\'), "stage": "$context.stage"}' } },
        // No template: the error document passes through.
        404: { statusCode: '404', selectionPattern: '.*not found.*' },
        503: { statusCode: '503', selectionPattern: '.*Task timed out.*' },
      },
    },
  });
  customApi = await deployVector(server.url, {
    stage: { variables: { color: 'green' } },
    resources: [
      {
        path: '/orders/{id}',
        methods: {
          POST: customMethod('custom', '{"action": "$input.params(\'action\')", "id": "$input.params(\'id\')", "color": "$stageVariables.color", "order": $input.json(\'$\')}'),
        },
      },
      { path: '/slow', methods: { POST: customMethod('slow-fn', '{}') } },
      { path: '/ghost', methods: { POST: customMethod('ghost-fn', '{}') } },
    ],
  }, 'live');
  authorizedApi = await deployVector(server.url, {
    authorizers: {
      token: { type: 'TOKEN', authorizerUri: lambdaUri('authorizer'), identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 0 },
      request: { type: 'REQUEST', authorizerUri: lambdaUri('authorizer'), identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 0 },
    },
    resources: [
      { path: '/token/{id}', methods: { GET: { ...proxyMethod('echo'), authorizationType: 'CUSTOM', authorizerId: 'token' } } },
      { path: '/request', methods: { POST: { ...proxyMethod('echo'), authorizationType: 'CUSTOM', authorizerId: 'request' } } },
    ],
  }, 'dev');
});

afterAll(async () => {
  await stopServer(server);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('AWS_PROXY: the event', () => {
  it('keeps a header or query parameter named __proto__ as data', async () => {
    const r = await send(`${stageUrl(proxyApi, '/items/p')}?__proto__=q1&__proto__=q2&constructor=c`, 'GET', JSON.parse('{"__proto__": "h1"}') as Record<string, string>, undefined);
    expect(r.status, r.body.toString()).toBe(201);
    const event = json(r);
    expect(event.queryStringParameters).toEqual(JSON.parse('{"__proto__": "q2", "constructor": "c"}'));
    expect(event.multiValueQueryStringParameters).toEqual(JSON.parse('{"__proto__": ["q1", "q2"], "constructor": ["c"]}'));
    expect(Object.keys(event.headers as object)).toContain('__proto__');
    expect((event.multiValueHeaders as Record<string, unknown>)['__proto__']).toEqual(['h1']);
  });

  it('a GET with a query string: path, parameters, headers, stage variables, requestContext', async () => {
    const before = Date.now();
    // Repeated header lines (node:http writes an array as one line per value).
    // Header names as the client spells them, but for Authorization and User-Agent (§6.4).
    const headers = { 'x-cUstom': 'custom-value', 'X-Multi': ['m1', 'm2'] as unknown as string, 'user-agent': 'lambda-e2e/1.0', authorization: 'Bearer t0k' };
    const r = await send(`${stageUrl(proxyApi, '/items/abc%20d')}?x=1&x=2&y=z%20z`, 'GET', headers, undefined);
    const after = Date.now();
    expect(r.status, r.body.toString()).toBe(201);
    const event = json(r);

    expect(event.resource).toBe('/items/{id}');
    expect(event.path).toBe('/items/abc%20d');
    expect(event.httpMethod).toBe('GET');
    expect(event.queryStringParameters).toEqual({ x: '2', y: 'z z' });
    expect(event.multiValueQueryStringParameters).toEqual({ x: ['1', '2'], y: ['z z'] });
    expect(event.pathParameters).toEqual({ id: 'abc%20d' });
    expect(event.stageVariables).toEqual({ color: 'blue' });
    expect(event.body).toBeNull();
    expect(event.isBase64Encoded).toBe(false);

    const eventHeaders = event.headers as Record<string, string>;
    const multi = event.multiValueHeaders as Record<string, string[]>;
    const port = new URL(server.url).port;
    expect(eventHeaders).toMatchObject({
      'x-cUstom': 'custom-value',
      'X-Multi': 'm2',
      'User-Agent': 'lambda-e2e/1.0',
      Authorization: 'Bearer t0k',
      Host: `127.0.0.1:${port}`,
      'X-Forwarded-For': '127.0.0.1',
      'X-Forwarded-Port': port,
      'X-Forwarded-Proto': 'http',
    });
    expect(multi).toMatchObject({ 'x-cUstom': ['custom-value'], 'X-Multi': ['m1', 'm2'], 'X-Forwarded-Proto': ['http'] });
    expect(Object.keys(multi).sort()).toEqual(Object.keys(eventHeaders).sort());
    // Never shown to the function.
    expect(Object.keys(eventHeaders).map((k) => k.toLowerCase())).not.toContain('connection');
    expect(Object.keys(eventHeaders).map((k) => k.toLowerCase())).not.toContain('content-length');
    // The trace id the function saw is the one the client gets back.
    expect(eventHeaders['X-Amzn-Trace-Id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}(;|$)/);
    expect(headerOf(r, 'X-Amzn-Trace-Id')).toBe(eventHeaders['X-Amzn-Trace-Id']);

    const context = event.requestContext as Record<string, unknown>;
    expect(Object.keys(context).sort()).toEqual([
      'accountId', 'apiId', 'deploymentId', 'domainName', 'domainPrefix', 'extendedRequestId', 'httpMethod', 'identity',
      'path', 'protocol', 'requestId', 'requestTime', 'requestTimeEpoch', 'resourceId', 'resourcePath', 'stage',
    ]);
    const sdk = sdkClient(server);
    try {
      const stage = await sdk.send(new GetStageCommand({ restApiId: proxyApi.apiId, stageName: 'test' }));
      const resources = await sdk.send(new GetResourcesCommand({ restApiId: proxyApi.apiId }));
      expect(context).toMatchObject({
        accountId: TEST_ACCOUNT,
        apiId: proxyApi.apiId,
        deploymentId: stage.deploymentId,
        httpMethod: 'GET',
        path: '/test/items/abc%20d',
        protocol: 'HTTP/1.1',
        requestId: headerOf(r, 'x-amzn-RequestId'),
        extendedRequestId: headerOf(r, 'x-amz-apigw-id'),
        resourceId: resources.items!.find((i) => i.path === '/items/{id}')!.id,
        resourcePath: '/items/{id}',
        stage: 'test',
      });
    } finally {
      sdk.destroy();
    }
    expect(context.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(context.requestTime).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(context.requestTimeEpoch).toBeGreaterThanOrEqual(before - 1000);
    expect(context.requestTimeEpoch).toBeLessThanOrEqual(after + 1000);
    expect(context.identity).toMatchObject({ sourceIp: '127.0.0.1', userAgent: 'lambda-e2e/1.0' });
  });

  it('a POST with a JSON body: the body as sent, no query, no base64', async () => {
    const body = '{"name": "Rex", "tags": ["good", "dog"], "n": 1.50}';
    const r = await send(stageUrl(proxyApi, '/items/p-1'), 'POST', { 'Content-Type': 'application/json' }, Buffer.from(body));
    expect(r.status, r.body.toString()).toBe(201);
    const event = json(r);
    expect(event).toMatchObject({
      resource: '/items/{id}',
      path: '/items/p-1',
      httpMethod: 'POST',
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      pathParameters: { id: 'p-1' },
      body,
      isBase64Encoded: false,
    });
    expect((event.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect((event.requestContext as Record<string, unknown>).httpMethod).toBe('POST');
  });

  it('the result reaches the client: status, headers, multi-value headers, body', async () => {
    const r = await send(stageUrl(proxyApi, '/items/h-1'), 'POST', { 'Content-Type': 'text/plain' }, Buffer.from('plain text'));
    expect(r.status).toBe(201);
    expect(headerOf(r, 'Content-Type')).toBe('application/json; charset=utf-8');
    expect(headerOf(r, 'X-Echo-Method')).toBe('POST');
    expect(headerValues(r, 'X-Echo-Multi')).toEqual(['first', 'second-post']);
    expect(headerOf(r, 'Content-Length')).toBe(String(r.body.length));
    expect(headerOf(r, 'x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(json(r).body).toBe('plain text');
  });
});

describe('AWS_PROXY: function errors and malformed results', () => {
  it('a well-formed result: string status code, default Content-Type, a boolean header stringified', async () => {
    const r = await send(stageUrl(proxyApi, '/results/ok'), 'GET', {}, undefined);
    expect(r.status).toBe(202);
    expect(r.body.toString()).toBe('kind=ok');
    expect(headerOf(r, 'Content-Type')).toBe('application/json');
    expect(headerOf(r, 'X-Kind')).toBe('ok');
    expect(headerOf(r, 'X-Flag')).toBe('true');
  });

  const cases: [kind: string, log: string][] = [
    ['throw', 'Lambda function error (Unhandled)'],
    ['reject', 'Lambda function error (Unhandled)'],
    ['string', 'Malformed Lambda proxy response: not a JSON object'],
    ['bad-status', 'Malformed Lambda proxy response: statusCode "abc"'],
    ['body-not-string', 'Malformed Lambda proxy response: body is not a string'],
    ['unknown-member', 'Malformed Lambda proxy response: unknown member extra'],
  ];
  for (const [kind, log] of cases) {
    it(`${kind} → 502 Internal server error`, async () => {
      const r = await send(stageUrl(proxyApi, `/results/${kind}`), 'GET', {}, undefined);
      const requestId = expectGatewayError(r, 502, 'Internal server error');
      // The server's log says why, under the request's id.
      await waitForOutput(server, (out) => out.split('\n').some((line) => line.includes(requestId) && line.includes(log)));
    });
  }

  it('the thrown error is in the function log as Lambda writes it', async () => {
    const nonce = randomUUID();
    const r = await send(`${stageUrl(proxyApi, '/results/throw')}?nonce=${nonce}`, 'GET', {}, undefined);
    expect(r.status).toBe(502);
    const line = new RegExp(`^\\[results\\] \\S+\\t([0-9a-f-]{36})\\tERROR\\tInvoke Error \\t\\{"errorType":"Error","errorMessage":"failing on purpose \\(${nonce}\\)"`, 'm');
    const out = await waitForOutput(server, (o) => line.test(o));
    // Under the Lambda request id of that invocation, between its START and REPORT lines.
    const lambdaId = line.exec(out)![1]!;
    expect(out).toContain(`[results] START RequestId: ${lambdaId} Version: $LATEST`);
    expect(await reportLine('results', lambdaId)).toMatch(/^\[results\] REPORT RequestId: [0-9a-f-]{36}\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB/);
  });

  it('a function that is not declared (and no Lambda endpoint) → 500, the log naming what to declare', async () => {
    const r = await send(stageUrl(proxyApi, '/ghost'), 'GET', {}, undefined);
    const requestId = expectGatewayError(r, 500, 'Internal server error');
    await waitForOutput(server, (out) => out.split('\n').some((line) => line.includes(requestId) && line.includes('function ghost-fn is not declared under "functions"')));
  });
});

describe('AWS (Lambda custom integration)', () => {
  const order = (id: string, action: string, body: unknown) =>
    send(`${stageUrl(customApi, `/orders/${id}`)}?action=${action}`, 'POST', { 'Content-Type': 'application/json' }, Buffer.from(JSON.stringify(body)));

  it('the request template builds the event; the result goes through the default response template', async () => {
    const r = await order('o-17', 'find', { qty: 3, note: 'fragile' });
    expect(r.status, r.body.toString()).toBe(200);
    expect(headerOf(r, 'Content-Type')).toBe('application/json');
    expect(json(r)).toEqual({
      wrapped: { received: { action: 'find', id: 'o-17', color: 'green', order: { qty: 3, note: 'fragile' } }, functionName: 'custom' },
      stage: 'live',
    });
  });

  it('an error whose message matches a selection pattern selects that response; the body is the error document', async () => {
    const r = await order('missing', 'find', {});
    expect(r.status, r.body.toString()).toBe(404);
    const doc = json(r);
    expect(doc.errorType).toBe('Error');
    expect(doc.errorMessage).toBe('item missing not found');
    expect((doc.trace as string[])[0]).toBe('Error: item missing not found');
    expect((doc.trace as string[]).some((line) => line.includes('custom.mjs'))).toBe(true);
  });

  it('an error no pattern matches falls back to the default response: 200, the error document through its template', async () => {
    const r = await order('o-9', 'explode', {});
    expect(r.status, r.body.toString()).toBe(200);
    const doc = json(r);
    expect(doc.stage).toBe('live');
    expect(doc.wrapped).toMatchObject({ errorType: 'RangeError', errorMessage: 'kaboom while handling o-9' });
    expect((doc.wrapped as { trace: string[] }).trace[0]).toBe('RangeError: kaboom while handling o-9');
  });

  it('a function that is not declared → 500', async () => {
    const r = await send(stageUrl(customApi, '/ghost'), 'POST', { 'Content-Type': 'application/json' }, Buffer.from('{}'));
    expectGatewayError(r, 500, 'Internal server error');
  });
});

describe('time-outs', () => {
  it('AWS_PROXY: a function that runs out of its own time (timeout 1 s, sleeping 3 s) → 502; the log says so', async () => {
    const r = await send(stageUrl(proxyApi, '/slow'), 'GET', {}, undefined);
    const requestId = expectGatewayError(r, 502, 'Internal server error');
    const out = await waitForOutput(server, (o) => o.split('\n').some((line) => line.includes(requestId) && line.includes('Sandbox.Timedout')));
    const lambdaId = new RegExp(`${requestId} INTEGRATION_FAILURE: .*"RequestId: ([0-9a-f-]{36}) Error: Task timed out after 1\\.00 seconds`).exec(out)?.[1];
    expect(lambdaId).toBeDefined();
    // Lambda's own lines: the time-out notice and a REPORT with `Status: timeout`.
    await waitForOutput(server, (o) => new RegExp(`^\\[slow-fn\\] \\S+ ${lambdaId} Task timed out after 1\\.00 seconds$`, 'm').test(o));
    expect(await reportLine('slow-fn', lambdaId!)).toMatch(/\tStatus: timeout$/);
  });

  it('AWS custom: the time-out error document selects its integration response', async () => {
    const r = await send(stageUrl(customApi, '/slow'), 'POST', { 'Content-Type': 'application/json' }, Buffer.from('{}'));
    expect(r.status, r.body.toString()).toBe(503);
    const doc = json(r);
    expect(doc.errorType).toBe('Sandbox.Timedout');
    expect(doc.errorMessage).toMatch(/^RequestId: [0-9a-f-]{36} Error: Task timed out after 1\.00 seconds$/);
  });

  it('the integration’s timeoutInMillis (200 ms) before the function answers (2 s) → 504 Endpoint request timed out', async () => {
    const r = await send(stageUrl(proxyApi, '/slow-ok'), 'GET', {}, undefined);
    const requestId = expectGatewayError(r, 504, 'Endpoint request timed out');
    await waitForOutput(server, (out) => out.split('\n').some((line) => line.includes(requestId) && line.includes('INTEGRATION_TIMEOUT')));
  });
});

describe('binary bodies (binaryMediaTypes: image/png)', () => {
  // A PNG signature and bytes that are not UTF-8: a text round trip would change them.
  const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80, 0xc3, 0x28, 0x7f, 0x10]);

  it('a request body of a binary media type reaches the function base64-encoded', async () => {
    const r = await send(stageUrl(proxyApi, '/binary-echo'), 'POST', { 'Content-Type': 'image/png' }, bytes);
    expect(r.status, r.body.toString()).toBe(201);
    const event = json(r);
    expect(event.isBase64Encoded).toBe(true);
    expect(event.body).toBe(bytes.toString('base64'));
    expect(Buffer.from(event.body as string, 'base64').equals(bytes)).toBe(true);
  });

  it('an isBase64Encoded result reaches a client accepting image/png as the raw bytes', async () => {
    const r = await send(stageUrl(proxyApi, '/binary'), 'POST', { 'Content-Type': 'image/png', Accept: 'image/png' }, bytes);
    expect(r.status, r.body.toString()).toBe(200);
    expect(headerOf(r, 'X-Request-Was-Base64')).toBe('true');
    expect(headerOf(r, 'Content-Type')).toBe('image/png');
    expect(r.body.equals(bytes)).toBe(true);
  });

  it('… and a client accepting JSON gets the base64 text as the function returned it', async () => {
    const r = await send(stageUrl(proxyApi, '/binary'), 'POST', { 'Content-Type': 'image/png', Accept: 'application/json' }, bytes);
    expect(r.status).toBe(200);
    expect(r.body.toString('latin1')).toBe(bytes.toString('base64'));
  });
});

/** The REPORT line of a Lambda request id, waited for. */
async function reportLine(fn: string, lambdaId: string): Promise<string> {
  const prefix = `[${fn}] REPORT RequestId: ${lambdaId}\t`;
  const out = await waitForOutput(server, (o) => o.includes(prefix));
  return out.split('\n').find((line) => line.startsWith(prefix))!;
}

describe('Lambda authorizers run as functions (test/fixtures/functions/authorizer.mjs)', () => {
  const call = (method: string, path: string, token: Record<string, unknown> | undefined) =>
    send(stageUrl(authorizedApi, path), method, token ? { Authorization: JSON.stringify(token) } : {}, method === 'POST' ? Buffer.from('{"b":1}') : undefined);
  const arn = (rest: string) => `arn:aws:execute-api:${TEST_REGION}:${TEST_ACCOUNT}:${authorizedApi.apiId}/dev/${rest}`;

  it('TOKEN: the function gets the token and method ARN; the proxy function sees principalId and context in requestContext.authorizer', async () => {
    const token = { principalId: 'user-9', context: { plan: 'gold', seats: 3 }, echo: true };
    const r = await call('GET', '/token/42', token);
    expect(r.status, r.body.toString()).toBe(201);
    const authorizer = (json(r).requestContext as Record<string, Record<string, unknown>>).authorizer!;
    expect(JSON.parse(authorizer.event as string)).toEqual({ type: 'TOKEN', authorizationToken: JSON.stringify(token), methodArn: arn('GET/token/42') });
    expect({ ...authorizer, event: undefined }).toEqual({ principalId: 'user-9', integrationLatency: expect.any(Number) as number, plan: 'gold', seats: '3', event: undefined });
  });

  it('REQUEST: the event carries the request (no body); a Deny is 403, an "Unauthorized" error 401, no token 401', async () => {
    const r = await call('POST', '/request', { principalId: 'p', echo: true });
    expect(r.status, r.body.toString()).toBe(201);
    const event = JSON.parse((json(r).requestContext as Record<string, Record<string, string>>).authorizer!.event!) as Record<string, unknown>;
    expect(event).toMatchObject({ type: 'REQUEST', methodArn: arn('POST/request'), resource: '/request', path: '/request', httpMethod: 'POST' });
    expect(event).not.toHaveProperty('body');
    const denied = await call('POST', '/request', { principalId: 'p', effect: 'Deny' });
    expect({ status: denied.status, body: denied.body.toString(), type: headerOf(denied, 'x-amzn-ErrorType') }).toEqual({
      status: 403,
      body: '{"Message":"User is not authorized to access this resource with an explicit deny"}',
      type: 'AccessDeniedException',
    });
    for (const unauthorized of [await call('POST', '/request', { error: 'Unauthorized' }), await call('POST', '/request', undefined)]) {
      expect({ status: unauthorized.status, body: unauthorized.body.toString() }).toEqual({ status: 401, body: '{"message":"Unauthorized"}' });
    }
    const failed = await call('GET', '/token/1', { error: 'database down' });
    expect({ status: failed.status, body: failed.body.toString(), type: headerOf(failed, 'x-amzn-ErrorType') }).toEqual({
      status: 500,
      body: '{"message":null}',
      type: 'AuthorizerConfigurationException',
    });
  });
});
