/**
 * Model-based property test: a random sequence of valid patch operations applied with
 * UpdateIntegration gives the same integration as computing the expected document independently
 * (the model below) and writing it with PutIntegration.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiWithMethod, inProcessPlane } from '../support/plane.js';

type Doc = {
  type: 'HTTP';
  httpMethod: string;
  uri: string;
  connectionType: 'INTERNET';
  credentials?: string;
  requestParameters?: Record<string, string>;
  requestTemplates?: Record<string, string | null>;
  passthroughBehavior: string;
  contentHandling?: string;
  timeoutInMillis: number;
  cacheNamespace: string;
  cacheKeyParameters: string[];
  tlsConfig?: { insecureSkipVerification: boolean };
};
type Op = { op: 'add' | 'replace' | 'remove'; path: string; value?: string };

const DECLARED = ['method.request.path.id', 'method.request.querystring.q', 'method.request.header.h'];
const TARGET_KEYS = ['integration.request.path.id', 'integration.request.header.x-a', 'integration.request.querystring.b'];
const SOURCES = [...DECLARED, "'static value'", 'stageVariables.v', 'context.requestId', 'method.request.body.a.b'];
const CONTENT_TYPES = ['application/json', 'application/xml', 'text/plain', 'application/vnd.api+json'];
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** One valid operation for the current model state, and the model's next state. */
function step(doc: Doc): fc.Arbitrary<[Op, Doc]> {
  const choices: fc.Arbitrary<[Op, Doc]>[] = [
    fc.webPath().map((p): [Op, Doc] => {
      const uri = `http://backend.example.com${p.startsWith('/') ? p : `/${p}`}`;
      return [{ op: 'replace', path: '/uri', value: uri }, { ...doc, uri }];
    }),
    fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY').map((m): [Op, Doc] => [
      { op: 'replace', path: '/httpMethod', value: m },
      { ...doc, httpMethod: m },
    ]),
    fc.integer({ min: 50, max: 29000 }).map((t): [Op, Doc] => [{ op: 'replace', path: '/timeoutInMillis', value: String(t) }, { ...doc, timeoutInMillis: t }]),
    fc.constantFrom('WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER').map((p): [Op, Doc] => [
      { op: 'replace', path: '/passthroughBehavior', value: p },
      { ...doc, passthroughBehavior: p },
    ]),
    fc.constantFrom('CONVERT_TO_TEXT', 'CONVERT_TO_BINARY', '').map((c): [Op, Doc] => {
      const next: Doc = { ...doc, contentHandling: c };
      if (c === '') delete next.contentHandling;
      return [{ op: 'replace', path: '/contentHandling', value: c }, next];
    }),
    fc.string({ minLength: 1, maxLength: 20 }).map((n): [Op, Doc] => [{ op: 'replace', path: '/cacheNamespace', value: n }, { ...doc, cacheNamespace: n }]),
    fc.constantFrom('arn:aws:iam::111111111111:role/r', '').map((c): [Op, Doc] => {
      const next: Doc = { ...doc, credentials: c };
      if (c === '') delete next.credentials;
      return [{ op: 'replace', path: '/credentials', value: c }, next];
    }),
    fc.boolean().map((b): [Op, Doc] => [
      { op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: String(b) },
      { ...doc, tlsConfig: { insecureSkipVerification: b } },
    ]),
    fc.tuple(fc.constantFrom(...CONTENT_TYPES), fc.option(fc.string({ maxLength: 40 }), { nil: undefined })).map(([ct, v]): [Op, Doc] => [
      { op: 'add', path: `/requestTemplates/${esc(ct)}`, ...(v !== undefined && { value: v }) },
      { ...doc, requestTemplates: { ...doc.requestTemplates, [ct]: v === undefined || v === '' ? null : v } },
    ]),
    fc.tuple(fc.constantFrom(...TARGET_KEYS), fc.constantFrom(...SOURCES)).map(([k, v]): [Op, Doc] => [
      { op: 'add', path: `/requestParameters/${k}`, value: v },
      { ...doc, requestParameters: { ...doc.requestParameters, [k]: v } },
    ]),
    fc.constantFrom(...DECLARED).map((p): [Op, Doc] => [
      { op: 'add', path: `/cacheKeyParameters/${p}` },
      { ...doc, cacheKeyParameters: doc.cacheKeyParameters.includes(p) ? doc.cacheKeyParameters : [...doc.cacheKeyParameters, p] },
    ]),
    fc.constantFrom(...DECLARED).map((p): [Op, Doc] => [
      { op: 'remove', path: `/cacheKeyParameters/${p}` },
      { ...doc, cacheKeyParameters: doc.cacheKeyParameters.filter((x) => x !== p) },
    ]),
  ];
  const templates = Object.keys(doc.requestTemplates ?? {});
  if (templates.length > 0) {
    choices.push(
      fc.tuple(fc.constantFrom(...templates), fc.string({ maxLength: 40 })).map(([ct, v]): [Op, Doc] => [
        { op: 'replace', path: `/requestTemplates/${esc(ct)}`, value: v },
        { ...doc, requestTemplates: { ...doc.requestTemplates, [ct]: v === '' ? null : v } },
      ]),
      fc.constantFrom(...templates).map((ct): [Op, Doc] => {
        const rest = { ...doc.requestTemplates };
        delete rest[ct];
        const next: Doc = { ...doc, requestTemplates: rest };
        if (Object.keys(rest).length === 0) delete next.requestTemplates;
        return [{ op: 'remove', path: `/requestTemplates/${esc(ct)}` }, next];
      }),
    );
  }
  const params = Object.keys(doc.requestParameters ?? {});
  if (params.length > 0) {
    choices.push(
      fc.constantFrom(...params).map((k): [Op, Doc] => {
        const rest = { ...doc.requestParameters };
        delete rest[k];
        const next: Doc = { ...doc, requestParameters: rest };
        if (Object.keys(rest).length === 0) delete next.requestParameters;
        return [{ op: 'remove', path: `/requestParameters/${k}` }, next];
      }),
    );
  }
  return fc.oneof(...choices);
}

/** A sequence of up to `n` operations, each valid for the state its predecessors leave. */
function sequence(doc: Doc, n: number): fc.Arbitrary<{ ops: Op[]; expected: Doc }> {
  if (n === 0) return fc.constant({ ops: [], expected: doc });
  return step(doc).chain(([op, next]) =>
    fc.oneof(
      fc.constant<{ ops: Op[]; expected: Doc }>({ ops: [op], expected: next }),
      sequence(next, n - 1).map((rest) => ({ ops: [op, ...rest.ops], expected: rest.expected })),
    ),
  );
}

describe('UpdateIntegration, model-based', () => {
  it('matches PutIntegration of the independently computed document', async () => {
    const { call } = inProcessPlane();
    const declared = Object.fromEntries(DECLARED.map((p) => [p, false]));
    const initial = (resourceId: string): Doc => ({
      type: 'HTTP',
      httpMethod: 'GET',
      uri: 'http://backend.example.com/start',
      connectionType: 'INTERNET',
      passthroughBehavior: 'WHEN_NO_MATCH',
      timeoutInMillis: 29000,
      cacheNamespace: resourceId,
      cacheKeyParameters: [],
    });
    const probe = await apiWithMethod(call, declared);
    await fc.assert(
      fc.asyncProperty(sequence(initial(probe.resourceId), 12), fc.integer({ min: 1, max: 4 }), async ({ ops }, chunk) => {
        const a = await apiWithMethod(call, declared);
        const b = await apiWithMethod(call, declared);
        const start = initial(a.resourceId);
        expect((await call('PUT', a.integrationPath, start)).status).toBe(201);
        // The model is recomputed for this API's resource id (the cache namespace default).
        let expected = start;
        for (const op of ops) expected = applyModel(expected, op);
        for (let i = 0; i < ops.length; i += chunk) {
          const res = await call('PATCH', a.integrationPath, { patchOperations: ops.slice(i, i + chunk) });
          expect(res.status, res.text).toBe(200);
        }
        expect((await call('PUT', b.integrationPath, expected)).status).toBe(201);
        const viaPatch = (await call('GET', a.integrationPath)).json;
        const viaPut = (await call('GET', b.integrationPath)).json;
        expect(viaPatch).toEqual(viaPut);
      }),
      { numRuns: 150, seed: 20261125 },
    );
  });
});

/** The model: what each operation does to the expected document (independent of the rule table). */
function applyModel(doc: Doc, op: Op): Doc {
  const [, head = '', ...rest] = op.path.split('/');
  const key = rest.join('/').replace(/~1/g, '/').replace(/~0/g, '~');
  const next: Doc = structuredClone(doc);
  switch (head) {
    case 'uri':
      next.uri = op.value!;
      break;
    case 'httpMethod':
      next.httpMethod = op.value!;
      break;
    case 'timeoutInMillis':
      next.timeoutInMillis = Number(op.value);
      break;
    case 'passthroughBehavior':
      next.passthroughBehavior = op.value!;
      break;
    case 'contentHandling':
      if (op.value) next.contentHandling = op.value;
      else delete next.contentHandling;
      break;
    case 'cacheNamespace':
      next.cacheNamespace = op.value!;
      break;
    case 'credentials':
      if (op.value) next.credentials = op.value;
      else delete next.credentials;
      break;
    case 'tlsConfig':
      next.tlsConfig = { insecureSkipVerification: op.value === 'true' };
      break;
    case 'requestTemplates': {
      const map = { ...next.requestTemplates };
      if (op.op === 'remove') delete map[key];
      else map[key] = op.value === undefined || op.value === '' ? null : op.value;
      if (Object.keys(map).length > 0) next.requestTemplates = map;
      else delete next.requestTemplates;
      break;
    }
    case 'requestParameters': {
      const map = { ...next.requestParameters };
      if (op.op === 'remove') delete map[key];
      else map[key] = op.value!;
      if (Object.keys(map).length > 0) next.requestParameters = map;
      else delete next.requestParameters;
      break;
    }
    case 'cacheKeyParameters':
      next.cacheKeyParameters = op.op === 'remove' ? next.cacheKeyParameters.filter((p) => p !== key) : next.cacheKeyParameters.includes(key) ? next.cacheKeyParameters : [...next.cacheKeyParameters, key];
      break;
    default:
      throw new Error(`model has no ${op.path}`);
  }
  return next;
}
