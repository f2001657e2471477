/**
 * Fuzz: thousands of random patch documents — odd paths, escapes, huge values, wrong JSON types,
 * unicode, bad ops — sent to UpdateIntegration. None may produce a 5xx or crash, and a rejected
 * update must leave the stored integration byte-identical.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiWithMethod, inProcessPlane } from '../support/plane.js';

const PATHS = [
  '/uri', '/httpMethod', '/type', '/timeoutInMillis', '/passthroughBehavior', '/contentHandling', '/cacheNamespace',
  '/credentials', '/connectionType', '/connectionId', '/tlsConfig/insecureSkipVerification', '/tlsConfig',
  '/requestTemplates/application~1json', '/requestTemplates/application/json', '/requestTemplates', '/requestTemplates/',
  '/requestParameters/integration.request.header.x', '/requestParameters', '/cacheKeyParameters/method.request.path.id',
  '/cacheKeyParameters', '/integrationResponses/200', 'uri', '', '/', '//', '/~', '/~2', '/__proto__', '/constructor/prototype',
  '/requestTemplates/__proto__', '/responseTransferMode', '/integrationTarget',
];

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('', 'true', 'false', '50', '49', '29000', '29001', '-1', 'abc', '1e3', 'NaN', 'HTTP', 'MOCK', 'VPC_LINK',
    'CONVERT_TO_TEXT', 'WHEN_NO_MATCH', "'static'", 'method.request.path.id', 'http://x', 'arn:aws:iam::1:role/x', '${stageVariables.x}'),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);

const anyPath = fc.oneof(
  fc.constantFrom(...PATHS),
  fc.string(),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('~0', '~1', 'requestTemplates', 'text~1plain')), { maxLength: 4 }).map((s) => `/${s.join('/')}`),
  fc.integer(),
  fc.constant(null),
);

const anyOperation = fc.record(
  {
    op: fc.oneof(fc.constantFrom('add', 'remove', 'replace', 'move', 'copy', 'test'), fc.string({ maxLength: 6 }), fc.integer()),
    path: anyPath,
    value: anyValue,
    from: anyPath,
    extra: fc.string(),
  },
  { requiredKeys: [] },
);

const anyBody = fc.oneof(
  { weight: 8, arbitrary: fc.record({ patchOperations: fc.array(anyOperation, { maxLength: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ patchOperations: fc.oneof(fc.string(), fc.integer(), fc.dictionary(fc.string(), fc.string())) }) },
  { weight: 1, arbitrary: fc.oneof(fc.string(), fc.constant('{"patchOperations": ['), fc.constant('[]'), fc.constant('null')) },
);

describe('UpdateIntegration fuzz', () => {
  it('never fails with a 5xx, and a rejected update changes nothing', async () => {
    const { call } = inProcessPlane();
    const { integrationPath } = await apiWithMethod(call, { 'method.request.path.id': true });
    const put = await call('PUT', integrationPath, {
      type: 'HTTP',
      httpMethod: 'POST',
      uri: 'http://backend.example.com/x',
      requestTemplates: { 'application/json': '{"a": "$input.body"}' },
    });
    expect(put.status).toBe(201);
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const before = (await call('GET', integrationPath)).text;
        const res = await call('PATCH', integrationPath, typeof body === 'string' ? body : body);
        expect(res.status, res.text).toBeLessThan(500);
        if (res.status === 200) {
          accepted++;
          expect((await call('GET', integrationPath)).text).toBe(res.text);
        } else {
          rejected++;
          expect(res.json.message, res.text).toEqual(expect.any(String));
          expect((await call('GET', integrationPath)).text).toBe(before);
        }
      }),
      { numRuns: 4000, seed: 1125 },
    );
    expect(accepted).toBeGreaterThan(20);
    expect(rejected).toBeGreaterThan(1000);
  });
});
