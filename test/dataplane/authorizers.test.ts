/**
 * Lambda authorizers (TOKEN and REQUEST) in front of deployed methods, over real HTTP against an
 * in-process server on 127.0.0.1. The functions are an in-memory FunctionInvoker that records every
 * event it is sent, so these tests see exactly when the gateway calls the authorizer and with what;
 * test/e2e/lambda-integrations.test.ts runs a real handler in the function runtime.
 * Behaviour under test: src/data-plane/handlers/authorization.ts (its header lists the rules).
 */
import { FlushStageAuthorizersCacheCommand, FlushStageCacheCommand } from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PorticoServer } from '../../src/server/start.js';
import type { FunctionInvokeRequest, FunctionInvokeResult, FunctionInvoker } from '../../src/shared/functions.js';
import { sdkClient, startTestServer, TEST_ACCOUNT, TEST_REGION } from '../support/server.js';
import { headerOf, send, type Received } from './client.js';
import { deployVector, type VectorSetup } from './setup.js';

type Json = Record<string, unknown>;
type Handler = (event: Json) => { result: unknown } | { error: string };

const lambdaUri = (name: string) =>
  `arn:aws:apigateway:${TEST_REGION}:lambda:path/2015-03-31/functions/arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:function:${name}/invocations`;

const policy = (effect: string, resource: unknown, extra: Json = {}): Json => ({
  Version: '2012-10-17',
  Statement: [{ Effect: effect, Action: 'execute-api:Invoke', Resource: resource, ...extra }],
});

/**
 * The authorizer functions: `decide` reads its decision from the token (TOKEN: authorizationToken;
 * REQUEST: the X-User header): `allow`, `deny`, `unauthorized`, `fail`, `no-policy`, `bad-context`,
 * `bad-effect`, `pets-1-only`.
 */
function decision(token: string, event: Json): { result: unknown } | { error: string } {
  const arn = event.methodArn as string;
  switch (token) {
    case 'unauthorized':
      return { error: 'Unauthorized' };
    case 'fail':
      return { error: 'something broke' };
    case 'no-policy':
      return { result: { principalId: 'u' } };
    case 'bad-context':
      return { result: { principalId: 'u', policyDocument: policy('Allow', arn), context: { nested: { a: 1 } } } };
    case 'bad-effect':
      return { result: { principalId: 'u', policyDocument: policy('allow', arn) } };
    case 'deny':
      return { result: { principalId: 'u', policyDocument: policy('Deny', arn) } };
    case 'pets-1-only':
      return { result: { principalId: 'u', policyDocument: policy('Allow', arn.replace(/\/GET\/.*$/, '/GET/pets/1')) } };
    default:
      return {
        result: {
          principalId: `user-${token}`,
          policyDocument: policy('Allow', [arn.replace(/\/GET\/.*$/, '/*/*'), 'arn:aws:execute-api:*:*:other/*']),
          context: { tenant: 42, admin: true, name: 'ann', dropped: null },
        },
      };
  }
}

const HANDLERS: Record<string, Handler> = {
  'token-auth': (event) => decision(event.authorizationToken as string, event),
  'request-auth': (event) => decision((event.headers as Record<string, string>)['X-User']!, event),
  echo: (event) => ({ result: { statusCode: 200, body: JSON.stringify(event) } }),
};

class RecordingFunctions implements FunctionInvoker {
  calls: { name: string; event: Json }[] = [];
  async invoke(request: FunctionInvokeRequest): Promise<FunctionInvokeResult> {
    const name = request.functionRef.split(':').pop()!;
    const handler = HANDLERS[name];
    if (!handler) return { ok: false, reason: 'not-configured', message: `no function ${name}` };
    const event = JSON.parse(request.payload.toString('utf8')) as Json;
    this.calls.push({ name, event });
    const outcome = handler(event);
    if ('error' in outcome) {
      return { ok: true, statusCode: 200, functionError: 'Unhandled', payload: Buffer.from(JSON.stringify({ errorType: 'Error', errorMessage: outcome.error })) };
    }
    return { ok: true, statusCode: 200, payload: Buffer.from(JSON.stringify(outcome.result)) };
  }
  async close(): Promise<void> {}
  named(name: string) {
    return this.calls.filter((c) => c.name === name);
  }
}

/** A MOCK method whose response shows what `$context.authorizer` holds. */
const mockMethod = (authorizerId: string | undefined, authorizationType = authorizerId ? 'CUSTOM' : 'NONE'): Json => ({
  authorizationType,
  ...(authorizerId && { authorizerId }),
  methodResponses: { 200: {} },
  integration: {
    type: 'MOCK',
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    integrationResponses: {
      200: {
        statusCode: '200',
        responseTemplates: {
          'application/json':
            '[$context.authorizer.principalId][$context.authorizer.claims][$context.authorizer.tenant][$context.authorizer.admin][$context.authorizer.name][$context.authorizer.dropped]',
        },
      },
    },
  },
});

const functions = new RecordingFunctions();
const logs: string[] = [];
let portico: PorticoServer;
let apiId: string;

const setup: VectorSetup = {
  stage: { variables: { authFn: 'token-auth' } },
  authorizers: {
    token: { type: 'TOKEN', authorizerUri: lambdaUri('token-auth'), identitySource: 'method.request.header.Authorization' },
    uncached: { type: 'TOKEN', authorizerUri: lambdaUri('token-auth'), identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 0 },
    validated: {
      type: 'TOKEN',
      authorizerUri: lambdaUri('token-auth'),
      identitySource: 'method.request.header.Authorization',
      identityValidationExpression: '[a-z0-9-]{3,12}',
      authorizerResultTtlInSeconds: 0,
    },
    request: {
      type: 'REQUEST',
      authorizerUri: lambdaUri('request-auth'),
      identitySource: 'method.request.header.X-User, method.request.querystring.tenant',
      authorizerResultTtlInSeconds: 0,
    },
    'by-stage-variable': {
      type: 'TOKEN',
      authorizerUri: lambdaUri('${stageVariables.authFn}'),
      identitySource: 'method.request.header.Authorization',
      authorizerResultTtlInSeconds: 0,
    },
    ghost: { type: 'TOKEN', authorizerUri: lambdaUri('ghost'), identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 0 },
  },
  resources: [
    { path: '/pets/{id}', methods: { GET: { ...mockMethod('token'), requestParameters: { 'method.request.path.id': true } } } },
    { path: '/uncached/{id}', methods: { GET: mockMethod('uncached') } },
    { path: '/validated', methods: { GET: mockMethod('validated') } },
    { path: '/request/{id}', methods: { GET: mockMethod('request') } },
    { path: '/staged', methods: { GET: mockMethod('by-stage-variable') } },
    { path: '/ghost', methods: { GET: mockMethod('ghost') } },
    { path: '/open', methods: { GET: mockMethod(undefined) } },
    {
      path: '/proxy',
      methods: { POST: { authorizationType: 'CUSTOM', authorizerId: 'uncached', integration: { type: 'AWS_PROXY', httpMethod: 'POST', uri: lambdaUri('echo') } } },
    },
  ],
};

beforeAll(async () => {
  portico = await startTestServer({ functions, log: (line) => logs.push(line) });
  ({ apiId } = await deployVector(portico.url, setup, 'dev'));
});
afterAll(() => portico.close());
beforeEach(() => {
  functions.calls = [];
});

const get = (path: string, headers: Record<string, string> = {}) => send(`${portico.url}/restapis/${apiId}/dev/_user_request_${path}`, 'GET', headers, undefined);
const arnOf = (methodAndPath: string) => `arn:aws:execute-api:${TEST_REGION}:${TEST_ACCOUNT}:${apiId}/dev/${methodAndPath}`;

function expectError(r: Received, status: number, errorType: string, body: string): void {
  expect({ status: r.status, body: r.body.toString('utf8'), type: headerOf(r, 'x-amzn-ErrorType') }).toEqual({ status, body, type: errorType });
}
const UNAUTHORIZED = '{"message":"Unauthorized"}';
const CONFIGURATION = '{"message":null}';

describe('TOKEN authorizers', () => {
  it('allows: the function gets the token and the method ARN; $context.authorizer holds principalId and the context as strings', async () => {
    const r = await get('/pets/42', { Authorization: 'abc' });
    expect({ status: r.status, body: r.body.toString() }).toEqual({ status: 200, body: '[user-abc][][42][true][ann][]' });
    expect(functions.named('token-auth').map((c) => c.event)).toEqual([{ type: 'TOKEN', authorizationToken: 'abc', methodArn: arnOf('GET/pets/42') }]);
  });

  it('a missing or empty token is 401 Unauthorized without calling the function', async () => {
    expectError(await get('/pets/1'), 401, 'UnauthorizedException', UNAUTHORIZED);
    expectError(await get('/pets/1', { Authorization: '' }), 401, 'UnauthorizedException', UNAUTHORIZED);
    expect(functions.calls).toEqual([]);
  });

  it('reads the identity header whatever its case', async () => {
    const r = await get('/uncached/1', { authorization: 'lower' });
    expect(r.body.toString()).toBe('[user-lower][][42][true][ann][]');
  });

  it('a token failing identityValidationExpression (a whole-token match) is 401 without a call', async () => {
    expectError(await get('/validated', { Authorization: 'UPPER' }), 401, 'UnauthorizedException', UNAUTHORIZED);
    expectError(await get('/validated', { Authorization: 'abcdefghijklmnop' }), 401, 'UnauthorizedException', UNAUTHORIZED);
    expect(functions.calls).toEqual([]);
    expect((await get('/validated', { Authorization: 'ok-1' })).status).toBe(200);
    expect(functions.calls).toHaveLength(1);
  });

  it('the function failing with "Unauthorized" is 401', async () => {
    expectError(await get('/uncached/1', { Authorization: 'unauthorized' }), 401, 'UnauthorizedException', UNAUTHORIZED);
    expect(functions.calls).toHaveLength(1);
  });

  it('an explicit Deny is 403 with the capitalised Message; an Allow for other resources only is 403 too', async () => {
    expectError(
      await get('/uncached/1', { Authorization: 'deny' }),
      403,
      'AccessDeniedException',
      '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    );
    expectError(await get('/uncached/2', { Authorization: 'pets-1-only' }), 403, 'AccessDeniedException', '{"Message":"User is not authorized to access this resource"}');
  });

  it('a failing function, an invalid answer or an unknown function is 500 AuthorizerConfigurationException {"message":null}', async () => {
    for (const token of ['fail', 'no-policy', 'bad-context', 'bad-effect']) {
      expectError(await get('/uncached/1', { Authorization: token }), 500, 'AuthorizerConfigurationException', CONFIGURATION);
    }
    expectError(await get('/ghost', { Authorization: 'abc' }), 500, 'AuthorizerConfigurationException', CONFIGURATION);
    expect(logs.some((l) => l.includes('invalid response') && l.includes('context.nested is an object'))).toBe(true);
  });

  it('substitutes stage variables in the authorizer URI', async () => {
    expect((await get('/staged', { Authorization: 'sv' })).body.toString()).toBe('[user-sv][][42][true][ann][]');
    expect(functions.named('token-auth')).toHaveLength(1);
  });
});

describe('the authorizer result cache', () => {
  it('calls the function once per token within the TTL, and evaluates the cached policy against each method ARN', async () => {
    expect((await get('/pets/1', { Authorization: 'pets-1-only' })).status).toBe(200);
    expect((await get('/pets/1', { Authorization: 'pets-1-only' })).status).toBe(200);
    // Same token, other path: the cached policy does not allow it, and the function is not asked again.
    expect((await get('/pets/2', { Authorization: 'pets-1-only' })).status).toBe(403);
    expect(functions.calls).toHaveLength(1);
    // Another token is another cache entry.
    expect((await get('/pets/2', { Authorization: 'other' })).status).toBe(200);
    expect(functions.calls).toHaveLength(2);
  });

  it('FlushStageAuthorizersCache (through the SDK) forgets the stage\'s answers; an unknown stage is NotFound', async () => {
    await get('/pets/5', { Authorization: 'flushed' });
    await get('/pets/5', { Authorization: 'flushed' });
    expect(functions.calls).toHaveLength(1);
    const client = sdkClient(portico);
    const out = await client.send(new FlushStageAuthorizersCacheCommand({ restApiId: apiId, stageName: 'dev' }));
    expect(out.$metadata.httpStatusCode).toBe(202);
    await get('/pets/5', { Authorization: 'flushed' });
    expect(functions.calls).toHaveLength(2);
    await expect(client.send(new FlushStageAuthorizersCacheCommand({ restApiId: apiId, stageName: 'nope' }))).rejects.toMatchObject({
      name: 'NotFoundException',
      message: 'Invalid stage identifier specified',
    });
  });

  it('a TTL of 0 calls the function every time; failures are not cached', async () => {
    await get('/uncached/1', { Authorization: 'same' });
    await get('/uncached/1', { Authorization: 'same' });
    await get('/pets/3', { Authorization: 'fail' });
    await get('/pets/3', { Authorization: 'fail' });
    expect(functions.calls).toHaveLength(4);
  });
});

describe('REQUEST authorizers', () => {
  it('send the request (headers, query, path parameters, stage variables, context) and no body', async () => {
    const r = await get('/request/7?tenant=t1', { 'X-User': 'req' });
    expect({ status: r.status, body: r.body.toString() }).toEqual({ status: 200, body: '[user-req][][42][true][ann][]' });
    const [call] = functions.named('request-auth');
    const event = call!.event;
    expect(Object.keys(event)).toEqual([
      'type', 'methodArn', 'resource', 'path', 'httpMethod', 'headers', 'multiValueHeaders', 'queryStringParameters',
      'multiValueQueryStringParameters', 'pathParameters', 'stageVariables', 'requestContext',
    ]);
    expect(event).toMatchObject({
      type: 'REQUEST',
      methodArn: arnOf('GET/request/7'),
      resource: '/request/{id}',
      path: '/request/7',
      httpMethod: 'GET',
      queryStringParameters: { tenant: 't1' },
      multiValueQueryStringParameters: { tenant: ['t1'] },
      pathParameters: { id: '7' },
      stageVariables: { authFn: 'token-auth' },
      requestContext: { resourcePath: '/request/{id}', httpMethod: 'GET', stage: 'dev', apiId, accountId: TEST_ACCOUNT },
    });
    expect((event.headers as Json)['X-User']).toBe('req');
  });

  it('any identity source missing is 401 without a call', async () => {
    expectError(await get('/request/7', { 'X-User': 'req' }), 401, 'UnauthorizedException', UNAUTHORIZED);
    expectError(await get('/request/7?tenant=', { 'X-User': 'req' }), 401, 'UnauthorizedException', UNAUTHORIZED);
    expectError(await get('/request/7?tenant=t1'), 401, 'UnauthorizedException', UNAUTHORIZED);
    expect(functions.calls).toEqual([]);
  });
});

describe('deployments', () => {
  it('a snapshot stored before snapshots kept authorizers uses the API\'s current ones', async () => {
    const { deploymentId } = (await (await fetch(`${portico.url}/restapis/${apiId}/stages/dev`)).json()) as { deploymentId: string };
    await portico.store.write(async (tx) => {
      const snapshot = await tx.get('snapshots', apiId, deploymentId);
      delete snapshot!.authorizers;
      await tx.put('snapshots', apiId, deploymentId, snapshot!);
    });
    expect((await portico.store.read((tx) => tx.get('snapshots', apiId, deploymentId)))!.authorizers).toBeUndefined();
    expect((await get('/uncached/1', { Authorization: 'old' })).body.toString()).toBe('[user-old][][42][true][ann][]');
    expectError(await get('/uncached/1', { Authorization: 'deny' }), 403, 'AccessDeniedException', '{"Message":"User is not authorized to access this resource with an explicit deny"}');
  });
});

describe('with other integrations and methods', () => {
  it('a Lambda proxy integration sees requestContext.authorizer: principalId, integrationLatency, the context as strings', async () => {
    const r = await send(`${portico.url}/restapis/${apiId}/dev/_user_request_/proxy`, 'POST', { Authorization: 'px' }, Buffer.from('{}'));
    expect(r.status).toBe(200);
    const authorizer = (JSON.parse(r.body.toString()) as { requestContext: { authorizer: Json } }).requestContext.authorizer;
    expect(authorizer).toEqual({ principalId: 'user-px', integrationLatency: expect.any(Number) as number, tenant: '42', admin: 'true', name: 'ann' });
    expect(functions.calls.map((c) => c.name)).toEqual(['token-auth', 'echo']);
  });

  it('methods without authorization are not affected, and $context.authorizer is empty there', async () => {
    const r = await get('/open');
    expect({ status: r.status, body: r.body.toString() }).toEqual({ status: 200, body: '[][][][][][]' });
    expect(functions.calls).toEqual([]);
  });

  it('a missing route is still 403 Missing Authentication Token, before any authorizer', async () => {
    expectError(await get('/nowhere', { Authorization: 'abc' }), 403, 'MissingAuthenticationTokenException', '{"message":"Missing Authentication Token"}');
    expect(functions.calls).toEqual([]);
  });
});

describe('customised gateway responses', () => {
  it('UNAUTHORIZED and ACCESS_DENIED customisations replace the default bodies', async () => {
    const custom = await deployVector(portico.url, {
      ...setup,
      gatewayResponses: {
        UNAUTHORIZED: { statusCode: '401', responseTemplates: { 'application/json': '{"why":"$context.error.message"}' } },
        ACCESS_DENIED: { responseTemplates: { 'application/json': '{"denied":"$context.error.message","type":"$context.error.responseType"}' } },
      },
    }, 'dev');
    const at = (path: string, token?: string) =>
      send(`${portico.url}/restapis/${custom.apiId}/dev/_user_request_${path}`, 'GET', token ? { Authorization: token } : {}, undefined);
    const unauthorized = await at('/uncached/1');
    expect({ status: unauthorized.status, body: unauthorized.body.toString() }).toEqual({ status: 401, body: '{"why":"Unauthorized"}' });
    const denied = await at('/uncached/1', 'deny');
    expect({ status: denied.status, body: denied.body.toString() }).toEqual({
      status: 403,
      body: '{"denied":"User is not authorized to access this resource with an explicit deny","type":"ACCESS_DENIED"}',
    });
  });
});

describe('FlushStageCache', () => {
  it('drops the stage\'s cached method responses (through the SDK)', async () => {
    const cached = await deployVector(portico.url, {
      stage: { cacheClusterEnabled: true, cacheClusterSize: '0.5', methodSettings: { '*/*': { cachingEnabled: true, cacheTtlInSeconds: 300 } } },
      resources: [{
        path: '/time',
        methods: {
          GET: {
            authorizationType: 'NONE',
            methodResponses: { 200: {} },
            integration: {
              type: 'MOCK',
              requestTemplates: { 'application/json': '{"statusCode": 200}' },
              integrationResponses: { 200: { statusCode: '200', responseTemplates: { 'application/json': '$context.requestId' } } },
            },
          },
        },
      }],
    }, 'dev');
    const at = async () => (await send(`${portico.url}/restapis/${cached.apiId}/dev/_user_request_/time`, 'GET', {}, undefined)).body.toString();
    const first = await at();
    expect(await at()).toBe(first);
    const out = await sdkClient(portico).send(new FlushStageCacheCommand({ restApiId: cached.apiId, stageName: 'dev' }));
    expect(out.$metadata.httpStatusCode).toBe(202);
    const after = await at();
    expect(after).not.toBe(first);
    expect(await at()).toBe(after);
  });
});
