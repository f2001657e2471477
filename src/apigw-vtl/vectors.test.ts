/**
 * Compliance loader for `shared/vectors/vtl.json` (AWS-recorded, AWS-docs and inferred template
 * cases). Each vector is rendered with `$context` = `default_context` deep-merged with the
 * vector's `context`; the two vectors whose `context` is "GATEWAY_BUILT" get a context shaped as
 * API Gateway builds it (key order of spec §9.3, nested objects printing as ""), built below.
 * Expectation kinds follow the file's `expectation_kinds`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderTemplate, type PlainObject, type PlainValue } from './index.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Vector {
  id: string;
  template: string;
  phase: 'request' | 'response';
  input: { body: string; params: { path: Record<string, string>; querystring: Record<string, string>; header: Record<string, string> } };
  context?: PlainObject | string;
  stageVariables?: Record<string, string>;
  expect: {
    output?: string;
    output_one_of?: string[];
    output_if_compact?: string;
    json?: PlainValue;
    json_error_expected?: boolean;
    context_after?: PlainObject;
  };
}

const file = JSON.parse(readFileSync(resolve(projectRoot, '../shared/vectors/vtl.json'), 'utf8')) as {
  default_context: PlainObject;
  vectors: Vector[];
};

const isObject = (v: unknown): v is PlainObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function merge(base: PlainObject, over: PlainObject): PlainObject {
  const out: PlainObject = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isObject(b) && isObject(v) ? merge(b, v) : v;
  }
  return out;
}

/** `$context` as API Gateway builds it for a request without authorizer (spec §9.3 key order). */
function gatewayBuiltContext(d: PlainObject): PlainObject {
  const keys = ['resourceId', 'resourcePath', 'httpMethod', 'extendedRequestId', 'requestTime', 'path', 'accountId', 'protocol'];
  const ctx: PlainObject = {};
  for (const k of keys) ctx[k] = d[k];
  ctx.requestOverride = { path: {}, header: {}, querystring: {} };
  for (const k of ['stage', 'domainPrefix', 'requestTimeEpoch', 'requestId', 'identity', 'domainName', 'deploymentId']) ctx[k] = d[k];
  ctx.responseOverride = { header: {} };
  ctx.apiId = d.apiId;
  ctx.authorizer = {};
  return ctx;
}

function partialMatch(expected: PlainValue, actual: PlainValue | undefined): boolean {
  if (isObject(expected)) return isObject(actual) && Object.entries(expected).every(([k, v]) => partialMatch(v, actual[k]));
  return JSON.stringify(expected) === JSON.stringify(actual);
}

describe('shared/vectors/vtl.json', () => {
  it('has vectors', () => {
    expect(file.vectors.length).toBeGreaterThan(80);
  });

  for (const v of file.vectors) {
    it(`${v.id}`, () => {
      const context =
        typeof v.context === 'string' ? gatewayBuiltContext(file.default_context) : merge(file.default_context, v.context ?? {});
      const result = renderTemplate({
        template: v.template,
        body: v.input.body,
        params: v.input.params,
        context,
        stageVariables: v.stageVariables,
        phase: v.phase,
      });
      if (!result.ok) throw new Error(`${result.error.message} (line ${String(result.error.line)})`);
      const { output } = result;
      const e = v.expect;
      if (e.output !== undefined) expect(output).toBe(e.output);
      if (e.output_one_of) expect(e.output_one_of).toContain(output);
      if (e.output_if_compact !== undefined) expect(output).toBe(e.output_if_compact);
      if (e.json !== undefined) expect(JSON.parse(output)).toEqual(e.json);
      if (e.json_error_expected) expect(() => JSON.parse(output) as unknown).toThrow();
      if (e.context_after) expect(partialMatch(e.context_after, result.context), JSON.stringify(result.context)).toBe(true);
    });
  }
});
