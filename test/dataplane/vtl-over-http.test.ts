/**
 * Every mapping-template vector of shared/vectors/vtl.json, driven over real HTTP against a running
 * `portico serve` (the built bin, child process, ephemeral port) and a real local HTTP backend
 * (issue 5). src/apigw-vtl/vectors.test.ts runs the same vectors in-process; this file proves that
 * the deployed data plane (routing, method request, template selection, $input/$context/
 * $stageVariables bindings, overrides, integration call, integration response) renders them the
 * same way.
 *
 * How a vector becomes an API (one REST API per vector, stage `dev`, deployed through the control
 * plane with `deployVector`):
 * - Resource `/test` (default_context.resourcePath), method POST (default_context.httpMethod);
 *   path parameters add `{name}` segments (`/test/{id}`) and are declared as required method request
 *   parameters; query string and headers are NOT declared ($input.params() lists every method request
 *   parameter, declared or not [spec §9.1]).
 * - Integration: HTTP, POST `http://backend.example/vtl/{vectorId}`; `--upstream backend.example=…`
 *   points that host at the local backend, which tells vectors apart by that path.
 * - `phase: request`: the template is `requestTemplates[<media type>]`, the media type being the
 *   vector's Content-Type header param if it has one, else application/json (a request without
 *   Content-Type selects the application/json template [spec §5.2]). The rendered output is the body
 *   the backend received. The backend answers 200 `{}`; integration response 200 (no template).
 * - `phase: response`: the backend answers 200 with the vector's `input.body` as application/json;
 *   the template is integration response 200's `responseTemplates["application/json"]` (the client
 *   sends no Accept header, so application/json is selected [spec §7.4]); the rendered output is
 *   the body the client received.
 * - The request: POST `${url}/dev/test[/pathValue…][?query]` with `Host: {apiId}.execute-api.
 *   us-east-1.amazonaws.com` (the AWS host form, so $context.domainName/domainPrefix are real),
 *   `User-Agent: test-agent` (default_context.identity.userAgent), the vector's header params, and
 *   `input.body` as the body for request-phase vectors (none when empty: the gateway renders `{}`).
 *   Query values are form-encoded (URLSearchParams), path values are sent raw (asserted to be legal
 *   path characters: API Gateway does not decode path parameters [spec §2.3]).
 *
 * $context values HTTP cannot reproduce are mapped, only for vectors whose template reads $context,
 * in that vector's expectation: requestId → the response's `x-amzn-RequestId`, extendedRequestId →
 * `x-amz-apigw-id`, apiId/domainPrefix/domainName → the real apiId / Host, sourceIp → 127.0.0.1,
 * deploymentId → the stage's deployment (GetStage), resourceId → the `/test` resource's id (GetResources).
 * accountId is reproduced (`--account 123456789012`); a vector printing requestTime(Epoch) would
 * fail loudly (none does).
 *
 * Vector `context` objects are reproduced with real configuration: a preset
 * `requestOverride.{path,header,querystring}.X` is set by a request template (values set there are
 * visible to the response template [spec §5.4]); `isCanaryRequest` comes from a canary on the stage
 * (0 % traffic → false, 100 % → true). "GATEWAY_BUILT" contexts need nothing: over HTTP the gateway
 * builds $context. `$context.authorizer.principalId` and `.<key>` come from a TOKEN Lambda authorizer
 * on the method (test/fixtures/functions/authorizer.mjs, declared in the server's project file),
 * which answers what the request's Authorization token spells out; `authorizer.claims: null` is what a
 * Lambda authorizer leaves. Any other `context` difference makes the vector fail with "no HTTP mapping".
 *
 * Expectations are checked as in src/apigw-vtl/vectors.test.ts (`output` exact, `output_one_of`,
 * `output_if_compact` exact, `json` deep-equal, `json_error_expected`); `json_if_no_quote` is prose
 * (its values are "..." placeholders) and is not checked. Every vector also requires exactly one
 * backend call and client status 200 (or the `responseOverride.status` it expects).
 * `context_after` is checked where observable: requestOverride.header/querystring → what the backend
 * received, responseOverride.status/header → the client response. Over HTTP a request always carries
 * `Host` (and here `User-Agent`), which a template enumerating every header lists: those vectors
 * (HEADER_ENUMERATING) get exactly these two headers added to their expectation.
 *
 * vtl-046 was recorded with a MOCK integration; here, like every response-phase vector, it is an HTTP
 * integration whose backend answers the vector's (empty) body — the template reads only
 * $input.params(), so the input it sees is the same.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnPortico, type ServeProcess } from '../support/process.js';
import { PROJECT_ROOT, readVector } from '../support/vectors.js';
import { startBackend, type FakeBackend, type ReceivedRequest } from './backends.js';
import { headerOf, send, type Received } from './client.js';
import { deployVector, type VectorSetup } from './setup.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Params = { path: Record<string, string>; querystring: Record<string, string>; header: Record<string, string> };
type Expectation = {
  output?: string;
  output_one_of?: string[];
  output_if_compact?: string;
  json?: Json;
  json_error_expected?: boolean;
  /** Prose-like (its values are placeholders such as "..."); not an expectation kind of the file. */
  json_if_no_quote?: Json;
  context_after?: JsonObject;
  notes?: string;
};
type Vector = {
  id: string;
  description: string;
  phase: 'request' | 'response';
  template: string;
  input: { body: string; params: Params };
  context?: JsonObject | string;
  stageVariables?: Record<string, string>;
  expect: Expectation;
};
type DefaultContext = {
  accountId: string;
  apiId: string;
  deploymentId: string;
  domainName: string;
  domainPrefix: string;
  extendedRequestId: string;
  httpMethod: string;
  identity: { sourceIp: string; userAgent: string };
  path: string;
  protocol: string;
  requestId: string;
  requestTime: string;
  requestTimeEpoch: number;
  resourceId: string;
  resourcePath: string;
  stage: string;
};

const file = readVector<{ default_context: DefaultContext & JsonObject; vectors: Vector[] }>('vtl.json');
const DC = file.default_context;

const STAGE = 'dev';
const RESOURCE = '/test';
const METHOD = 'POST';
const USER_AGENT = 'test-agent';
const BACKEND_HOST = 'backend.example';
/** The client's address as the gateway sees it (default_context says 203.0.113.1). */
const CLIENT_IP = '127.0.0.1';

/**
 * Vectors that need something the data plane does not run; each reason says what. Kept small by a
 * test below: everything else must be expressed over HTTP.
 */
const NOT_OVER_HTTP: Record<string, string> = {};

/** The function behind the authorizer of vectors that set `$context.authorizer`. */
const AUTHORIZER_FUNCTION = 'vtl-authorizer';

/**
 * Gateway bugs this file found, by vector id, with what goes wrong. These vectors are NOT skipped or
 * inverted: they run and fail like any other, the entry only names the known cause in the test title.
 * None at the time of writing: all runnable vectors passed.
 */
const KNOWN_GAPS: Record<string, string> = {};

/**
 * Templates that print every request header ($input.params() / .header keySet): over HTTP the
 * request also carries Host and User-Agent, which these vectors list too. The function adds them
 * to the vector's expectation (or states why nothing needs adding).
 */
const HEADER_ENUMERATING: Record<string, (e: Expectation, inherent: Record<string, string>) => Expectation> = {
  // `"header": {"parameterMap": {...}}` lists every header.
  'vtl-052': (e, inherent) => {
    const json = structuredClone(e.json) as { header: { parameterMap: JsonObject } };
    json.header.parameterMap = { ...json.header.parameterMap, ...inherent };
    return { ...e, json };
  },
  // The only expectation is "not valid JSON" (it\'s); extra headers do not change that.
  'vtl-060': (e) => e,
};

/** Base stage variables of the recorded canary test (vtl-050: the stage without canary traffic). */
const CANARY_STAGE_VARIABLES: Record<string, string> = { testVar: 'default', defaultVar: 'default' };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Leaves of `over` that differ from `base`, as [dotted path, value]. */
function differences(base: Json | undefined, over: Json, prefix = ''): [string, Json][] {
  if (isObject(over) && Object.keys(over).length > 0) {
    return Object.entries(over).flatMap(([k, v]) => differences(isObject(base) ? base[k] : undefined, v, prefix ? `${prefix}.${k}` : k));
  }
  return JSON.stringify(base) === JSON.stringify(over) ? [] : [[prefix, over]];
}

/** How a vector's explicit `context` is reproduced with configuration. */
type ContextPlan = {
  /** `#set` lines for a request template that presets requestOverride values. */
  presets: string[];
  canary?: { isCanaryRequest: boolean };
  /** What the Lambda authorizer answers (sent as the Authorization token, fixtures/functions/authorizer.mjs). */
  authorizer?: { principalId?: string; context: Record<string, string> };
};

function contextPlan(v: Vector): ContextPlan {
  const plan: ContextPlan = { presets: [] };
  if (v.context === undefined || typeof v.context === 'string') return plan; // "GATEWAY_BUILT": the real one.
  for (const [path, value] of differences(DC, v.context)) {
    const override = /^requestOverride\.(path|header|querystring)\.([A-Za-z0-9_-]+)$/.exec(path);
    if (override && typeof value === 'string' && !value.includes("'")) {
      plan.presets.push(`#set($context.requestOverride.${override[1]}['${override[2]}'] = '${value}')`);
    } else if (path === 'isCanaryRequest' && typeof value === 'boolean') {
      plan.canary = { isCanaryRequest: value };
    } else if (path === 'authorizer.claims' && value === null) {
      plan.authorizer ??= { context: {} }; // a Lambda authorizer sets no claims
    } else if (path === 'authorizer.principalId' && typeof value === 'string') {
      plan.authorizer = { ...(plan.authorizer ?? { context: {} }), principalId: value };
    } else if (/^authorizer\.[A-Za-z0-9_]+$/.test(path) && typeof value === 'string') {
      plan.authorizer ??= { context: {} };
      plan.authorizer.context[path.slice('authorizer.'.length)] = value;
    } else {
      throw new Error(`no HTTP mapping for $context.${path} = ${JSON.stringify(value)}`);
    }
  }
  return plan;
}

const readsContext = (v: Vector): boolean => /\$!?\{?context\b/.test(v.template);

function mediaTypeOf(v: Vector): string {
  const ct = Object.entries(v.input.params.header).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  return ct ? ct.split(';')[0]!.trim().toLowerCase() : 'application/json';
}

/** RFC 3986 pchar without percent-encoding: sent as is, so the gateway sees exactly the vector's value. */
const PATH_SAFE = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]+$/;

function setupFor(v: Vector): VectorSetup {
  const pathNames = Object.keys(v.input.params.path);
  const plan = contextPlan(v);
  const requestTemplate = v.phase === 'request' ? v.template : plan.presets.length > 0 ? plan.presets.join('\n') : undefined;
  if (v.phase === 'request' && plan.presets.length > 0) throw new Error('presets for a request-phase vector are not mapped');
  let stage: VectorSetup['stage'] = { name: STAGE, ...(v.stageVariables && { variables: v.stageVariables }) };
  if (plan.canary) {
    if (plan.canary.isCanaryRequest) {
      // The vector lists the merged view; the canary overrides what differs from the stage's own.
      const merged = v.stageVariables ?? {};
      for (const k of Object.keys(CANARY_STAGE_VARIABLES)) if (!(k in merged)) throw new Error(`merged stage variables lack ${k}`);
      const overrides = Object.fromEntries(Object.entries(merged).filter(([k, x]) => CANARY_STAGE_VARIABLES[k] !== x));
      stage = { name: STAGE, variables: CANARY_STAGE_VARIABLES, canarySettings: { percentTraffic: 100, stageVariableOverrides: overrides } };
    } else {
      stage = { ...stage, canarySettings: { percentTraffic: 0 } };
    }
  }
  return {
    stage,
    ...(plan.authorizer && {
      authorizers: {
        vector: {
          type: 'TOKEN',
          authorizerUri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:${DC.accountId}:function:${AUTHORIZER_FUNCTION}/invocations`,
          identitySource: 'method.request.header.Authorization',
        },
      },
    }),
    resources: [{
      path: [RESOURCE, ...pathNames.map((n) => `{${n}}`)].join('/'),
      methods: {
        [METHOD]: {
          authorizationType: plan.authorizer ? 'CUSTOM' : 'NONE',
          ...(plan.authorizer && { authorizerId: 'vector' }),
          requestParameters: Object.fromEntries(pathNames.map((n) => [`method.request.path.${n}`, true])),
          methodResponses: { 200: {} },
          integration: {
            type: 'HTTP',
            httpMethod: 'POST',
            uri: `http://${BACKEND_HOST}/vtl/${v.id}`,
            ...(requestTemplate !== undefined && { requestTemplates: { [mediaTypeOf(v)]: requestTemplate } }),
            integrationResponses: {
              200: { statusCode: '200', ...(v.phase === 'response' && { responseTemplates: { 'application/json': v.template } }) },
            },
          },
        },
      },
    }],
  };
}

async function getJson(url: string): Promise<JsonObject> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (res.status !== 200) throw new Error(`GET ${url} -> ${res.status} ${await res.text()}`);
  return (await res.json()) as JsonObject;
}

/** default_context value → what this invocation really had, for vectors whose template reads $context. */
async function liveContext(base: string, apiId: string, host: string, res: Received): Promise<[string, string][]> {
  const stage = await getJson(`${base}/restapis/${apiId}/stages/${STAGE}`);
  // GetResources lists under `item` on the wire (the SDK renames it `items`).
  const resources = ((await getJson(`${base}/restapis/${apiId}/resources`)).item ?? []) as JsonObject[];
  const pairs: [string, string | undefined][] = [
    [DC.domainName, host], // before apiId: the domain name contains it
    [DC.apiId, apiId],
    [DC.domainPrefix, apiId],
    [DC.requestId, headerOf(res, 'x-amzn-RequestId')],
    [DC.extendedRequestId, headerOf(res, 'x-amz-apigw-id')],
    [DC.identity.sourceIp, CLIENT_IP],
    [DC.deploymentId, stage.deploymentId as string | undefined],
    [DC.resourceId, resources.find((r) => r.path === RESOURCE)?.id as string | undefined],
  ];
  return pairs.map(([from, to]) => {
    if (to === undefined) throw new Error(`cannot observe the live value standing for ${from}`);
    return [from, to];
  });
}

function substitute<T extends Json | undefined>(value: T, live: [string, string][]): T {
  if (typeof value === 'string') {
    for (const unmappable of [DC.requestTime, String(DC.requestTimeEpoch)]) {
      if (value.includes(unmappable)) throw new Error(`expectation prints ${unmappable}, which HTTP cannot reproduce`);
    }
    return live.reduce((s, [from, to]) => s.replaceAll(from, to), value as string) as T;
  }
  if (Array.isArray(value)) return value.map((x) => substitute(x, live)) as T;
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, substitute(x, live)])) as T;
  return value;
}

/** Compares what came back with the expectation; returns the mismatches. */
function check(e: Expectation, output: string, client: Received, backend: ReceivedRequest | undefined): string[] {
  const errors: string[] = [];
  const show = (s: unknown) => JSON.stringify(s);
  if (e.output !== undefined && output !== e.output) errors.push(`output ${show(output)}, expected ${show(e.output)}`);
  if (e.output_one_of && !e.output_one_of.includes(output)) errors.push(`output ${show(output)}, expected one of ${show(e.output_one_of)}`);
  if (e.output_if_compact !== undefined && output !== e.output_if_compact) errors.push(`output ${show(output)}, expected (compact) ${show(e.output_if_compact)}`);
  let parsed: { ok: true; value: unknown } | { ok: false } = { ok: false };
  try {
    parsed = { ok: true, value: JSON.parse(output) as unknown };
  } catch {
    // Not JSON: only json_error_expected is satisfied.
  }
  if (e.json !== undefined) {
    if (!parsed.ok) errors.push(`output is not JSON: ${show(output)}`);
    else {
      try {
        expect(parsed.value).toEqual(e.json);
      } catch {
        errors.push(`JSON ${show(parsed.value)}, expected ${show(e.json)}`);
      }
    }
  }
  if (e.json_error_expected && parsed.ok) errors.push(`output should not be valid JSON: ${show(output)}`);
  for (const [path, value] of e.context_after ? differences(undefined, e.context_after) : []) {
    const [root, kind, name] = path.split('.');
    const want = String(value);
    if (root === 'requestOverride' && kind === 'header' && name) {
      const got = backend?.headers.filter(([k]) => k.toLowerCase() === name.toLowerCase()).map(([, x]) => x);
      if (!got || got.length !== 1 || got[0] !== want) errors.push(`backend header ${name}: ${show(got)}, expected ${show(want)}`);
    } else if (root === 'requestOverride' && kind === 'querystring' && name) {
      const got = backend?.query.filter(([k]) => k === name).map(([, x]) => x);
      if (!got || got.length !== 1 || got[0] !== want) errors.push(`backend query ${name}: ${show(got)}, expected ${show(want)}`);
    } else if (root === 'responseOverride' && kind === 'status') {
      if (String(client.status) !== want) errors.push(`client status ${client.status}, expected ${want}`);
    } else if (root === 'responseOverride' && kind === 'header' && name) {
      if (headerOf(client, name) !== want) errors.push(`client header ${name}: ${show(headerOf(client, name))}, expected ${show(want)}`);
    } else {
      errors.push(`context_after.${path} is not observable over HTTP: map it`);
    }
  }
  return errors;
}

/** SIGTERM, then SIGKILL if the process has not exited within `ms`. */
async function stopWithin(p: ServeProcess, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  const outcome = await Promise.race([p.stop().then(() => 'stopped' as const), timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') await p.kill();
}

describe('shared/vectors/vtl.json over HTTP (portico serve + local backend)', () => {
  let server: ServeProcess | undefined;
  let backend: FakeBackend | undefined;
  let configDir: string | undefined;
  const byId = new Map(file.vectors.map((v) => [v.id, v]));

  beforeAll(async () => {
    backend = await startBackend((req, res) => {
      const v = byId.get(/^\/vtl\/([^/]+)$/.exec(req.path)?.[1] ?? '');
      const body = !v ? '{"message":"unknown vector"}' : v.phase === 'response' ? v.input.body : '{}';
      res.writeHead(v ? 200 : 404, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    });
    configDir = mkdtempSync(join(tmpdir(), 'portico-vtl-http-'));
    const config = join(configDir, 'portico.config.json');
    const handler = `${join(PROJECT_ROOT, 'test', 'fixtures', 'functions', 'authorizer.mjs')}#handler`;
    writeFileSync(config, JSON.stringify({ functions: { [AUTHORIZER_FUNCTION]: { handler } } }));
    server = await spawnPortico(['--in-memory', '--account', DC.accountId, '--upstream', `${BACKEND_HOST}=${backend.origin}`, '--config', config]);
  });
  afterAll(async () => {
    if (server) await stopWithin(server, 5_000);
    await backend?.close();
    if (configDir) rmSync(configDir, { recursive: true, force: true });
  });

  it('has all 89 vectors, each either run over HTTP or listed in NOT_OVER_HTTP (at most 3)', () => {
    expect(file.vectors.length).toBe(89);
    expect(Object.keys(NOT_OVER_HTTP).length).toBeLessThanOrEqual(3);
    for (const id of [...Object.keys(NOT_OVER_HTTP), ...Object.keys(KNOWN_GAPS), ...Object.keys(HEADER_ENUMERATING)]) expect(byId.has(id), id).toBe(true);
  });

  it('default_context is what the HTTP mapping reproduces (method, stage, path, resource, protocol)', () => {
    expect([DC.httpMethod, DC.stage, DC.resourcePath, DC.path, DC.protocol]).toEqual([METHOD, STAGE, RESOURCE, `/${STAGE}${RESOURCE}`, 'HTTP/1.1']);
    expect(DC.identity.userAgent).toBe(USER_AGENT);
    expect(DC.domainPrefix).toBe(DC.apiId);
  });

  it('every template that enumerates all request headers is listed in HEADER_ENUMERATING', () => {
    const enumerating = file.vectors.filter((v) => /params\(\)/.test(v.template) && /keySet\(\)/.test(v.template)).map((v) => v.id);
    expect(enumerating.sort()).toEqual(Object.keys(HEADER_ENUMERATING).sort());
  });

  for (const v of file.vectors) {
    const title = `${v.id}: ${v.description}`;
    if (NOT_OVER_HTTP[v.id]) {
      it.skip(`${title} [not over HTTP: ${NOT_OVER_HTTP[v.id]}]`, () => {});
      continue;
    }
    const gap = KNOWN_GAPS[v.id];
    it(gap ? `${title} [KNOWN GAP: ${gap}]` : title, { timeout: 30_000 }, async () => {
      const { apiId } = await deployVector(server!.url, setupFor(v), STAGE);
      const { path: pathParams, querystring, header } = v.input.params;
      for (const value of Object.values(pathParams)) expect(value, 'path parameter value').toMatch(PATH_SAFE);
      const query = new URLSearchParams(querystring).toString();
      const url = `${server!.url}/${STAGE}${RESOURCE}${Object.values(pathParams).map((x) => `/${x}`).join('')}${query ? `?${query}` : ''}`;
      const host = `${apiId}.execute-api.us-east-1.amazonaws.com`;
      const body = v.phase === 'request' && v.input.body !== '' ? Buffer.from(v.input.body, 'utf8') : undefined;
      const mark = backend!.received.length;
      const authorizer = contextPlan(v).authorizer;
      const token = authorizer && { Authorization: JSON.stringify(authorizer) };
      const client = await send(url, METHOD, { Host: host, 'User-Agent': USER_AGENT, ...header, ...token }, body);
      const calls = backend!.received.slice(mark).filter((r) => r.path === `/vtl/${v.id}`);
      const clientBody = client.body.toString('utf8');

      // The integration was called once, and the client got 200 (or the status a template set).
      const override = (v.expect.context_after?.responseOverride as JsonObject | undefined)?.status;
      const status = typeof override === 'number' ? override : 200;
      const errors: string[] = [];
      if (calls.length !== 1) errors.push(`backend called ${calls.length} times (client got ${client.status} ${clientBody})`);
      if (client.status !== status) errors.push(`client status ${client.status}, expected ${status} (body ${clientBody})`);
      const output = v.phase === 'request' ? (calls[0]?.body.toString('utf8') ?? '') : clientBody;

      let expectation = v.expect;
      if (readsContext(v)) {
        if (Object.keys(pathParams).length > 0) throw new Error('path parameters change $context.path/resourcePath: map them');
        expectation = substitute(expectation as JsonObject, await liveContext(server!.url, apiId, host, client)) as Expectation;
      }
      const enumerating = HEADER_ENUMERATING[v.id];
      if (enumerating) expectation = enumerating(expectation, { Host: host, 'User-Agent': USER_AGENT });

      errors.push(...check(expectation, output, client, calls[0]));
      expect(errors).toEqual([]);
    });
  }
});
