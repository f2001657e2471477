/**
 * The `expect` vocabulary of shared/vectors/dataplane.json (see its `conventions`), as assertions.
 * Every key a vector uses must be understood: an unknown one fails the test.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ReceivedRequest } from './backends.js';

export type Observed = {
  status: number;
  /** Response headers as the client received them (names as sent). */
  headers: [string, string][];
  body: Buffer;
  backend: ReceivedRequest[];
  /** For sequences: every response body. */
  bodies: Buffer[];
};

type Expect = Record<string, unknown>;

const lower = (s: string) => s.toLowerCase();
const headerValues = (headers: [string, string][], name: string) => headers.filter(([k]) => lower(k) === lower(name)).map(([, v]) => v);
const parse = (b: Buffer): unknown => {
  try {
    return JSON.parse(b.toString('utf8'));
  } catch {
    return undefined;
  }
};

function subset(actual: unknown, expected: unknown): boolean {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    if (!actual || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => subset((actual as Record<string, unknown>)[k], v));
  }
  return isDeepStrictEqual(actual, expected);
}

export function check(expect: Expect, observed: Observed, fill: (s: string) => string): string[] {
  const errors: string[] = [];
  const fail = (what: string, expected: unknown, actual: unknown) => errors.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  const deepFill = (v: unknown): unknown =>
    typeof v === 'string' ? fill(v) : Array.isArray(v) ? v.map(deepFill) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepFill(x)])) : v;
  const backend = observed.backend[observed.backend.length - 1];
  for (const [key, rawExpected] of Object.entries(expect)) {
    const expected = deepFill(rawExpected);
    switch (key) {
      case 'status':
        if (observed.status !== expected) fail('status', expected, observed.status);
        break;
      case 'json':
        if (!isDeepStrictEqual(parse(observed.body), expected)) fail('json', expected, observed.body.toString());
        break;
      case 'json_subset':
        if (!subset(parse(observed.body), expected)) fail('json_subset', expected, observed.body.toString());
        break;
      case 'json_keys': {
        const keys = Object.keys((parse(observed.body) ?? {}) as object).sort();
        if (!isDeepStrictEqual(keys, [...(expected as string[])].sort())) fail('json_keys', expected, keys);
        break;
      }
      case 'body':
      case 'body_if_byte_exact':
        if (observed.body.toString('utf8') !== expected) fail(key, expected, observed.body.toString('utf8'));
        break;
      case 'body_base64':
        if (observed.body.toString('base64') !== expected) fail('body_base64', expected, observed.body.toString('base64'));
        break;
      case 'headers':
        for (const [name, value] of Object.entries(expected as Record<string, string>)) {
          const got = headerValues(observed.headers, name);
          if (!got.includes(value)) fail(`header ${name}`, value, got);
        }
        break;
      case 'headers_as_joined_by_client':
        for (const [name, value] of Object.entries(expected as Record<string, string>)) {
          const got = headerValues(observed.headers, name).join(', ');
          if (got !== value) fail(`header ${name} (joined)`, value, got);
        }
        break;
      case 'headers_present':
        for (const name of expected as string[]) if (headerValues(observed.headers, name).length === 0) fail(`header ${name}`, 'present', 'absent');
        break;
      case 'headers_absent':
        for (const name of expected as string[]) if (headerValues(observed.headers, name).length > 0) fail(`header ${name}`, 'absent', headerValues(observed.headers, name));
        break;
      case 'headers_exact_names': {
        const got = [...new Set(observed.headers.map(([k]) => lower(k)))].sort();
        const want = (expected as string[]).map(lower).sort();
        if (!isDeepStrictEqual(got, want)) fail('header names', want, got);
        break;
      }
      case 'header_contains':
      case 'header_not_contains':
        for (const [name, part] of Object.entries(expected as Record<string, string>)) {
          const has = headerValues(observed.headers, name).some((v) => v.includes(part));
          if (has !== (key === 'header_contains')) fail(`${key} ${name}`, part, headerValues(observed.headers, name));
        }
        break;
      case 'backend_request':
        if (!backend) errors.push('backend_request: the backend was not called');
        else errors.push(...checkBackend(expected as Expect, backend));
        break;
      case 'backend_calls':
        if (observed.backend.length !== expected) fail('backend calls', expected, observed.backend.length);
        break;
      case 'lambda_event_subset': {
        // The vectors' functions echo the event they received in the response body.
        errors.push(...checkLambdaEvent(expected as Expect, parse(observed.body)));
        break;
      }
      case 'side_effect':
        // Prose about the service's state; the stored bytes are checked by backend_request.
        break;
      case 'bodies_equal':
        if (expected && !observed.bodies.every((b) => b.equals(observed.bodies[0]!))) fail('bodies_equal', true, observed.bodies.map(String));
        break;
      case 'bodies_equal_pairs':
        for (const [a, b] of expected as [number, number][]) {
          if (!observed.bodies[a]?.equals(observed.bodies[b]!)) fail(`bodies ${a} and ${b}`, 'equal', [String(observed.bodies[a]), String(observed.bodies[b])]);
        }
        break;
      default:
        errors.push(`unknown expectation ${key}`);
    }
  }
  return errors;
}

function checkBackend(expect: Expect, req: ReceivedRequest): string[] {
  const errors: string[] = [];
  const fail = (what: string, expected: unknown, actual: unknown) => errors.push(`backend ${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  for (const [key, expected] of Object.entries(expect)) {
    switch (key) {
      case 'method':
        if (req.method !== expected) fail('method', expected, req.method);
        break;
      case 'path':
        if (req.path !== expected) fail('path', expected, req.path);
        break;
      case 'headers_subset':
        for (const [name, value] of Object.entries(expected as Record<string, string>)) {
          const got = headerValues(req.headers, name);
          if (!got.includes(value)) fail(`header ${name}`, value, got);
        }
        break;
      case 'headers_present':
        for (const name of expected as string[]) if (headerValues(req.headers, name).length === 0) fail(`header ${name}`, 'present', 'absent');
        break;
      case 'headers_absent':
        for (const name of expected as string[]) if (headerValues(req.headers, name).length > 0) fail(`header ${name}`, 'absent', headerValues(req.headers, name));
        break;
      case 'headers_exact_names': {
        const got = [...new Set(req.headers.map(([k]) => lower(k)))].sort();
        const want = (expected as string[]).map(lower).sort();
        if (!isDeepStrictEqual(got, want)) fail('header names', want, got);
        break;
      }
      case 'body':
        if (req.body.toString('utf8') !== expected) fail('body', expected, req.body.toString('utf8'));
        break;
      case 'body_json':
        if (!isDeepStrictEqual(parse(req.body), expected)) fail('body_json', expected, req.body.toString('utf8'));
        break;
      case 'stored_base64':
        if (req.body.toString('base64') !== expected) fail('stored bytes (base64)', expected, req.body.toString('base64'));
        break;
      case 'stored_length':
        if (req.body.length !== expected) fail('stored length', expected, req.body.length);
        break;
      case 'stored_text':
        if (req.body.toString('utf8') !== expected) fail('stored text', expected, req.body.toString('utf8'));
        break;
      case 'body_json_subset':
        if (!subset(parse(req.body), expected)) fail('body_json_subset', expected, req.body.toString('utf8'));
        break;
      case 'query_joined': {
        const joined: Record<string, string> = {};
        for (const [k, v] of req.query) joined[k] = joined[k] === undefined ? v : `${joined[k]},${v}`;
        if (!subset(joined, expected)) fail('query', expected, joined);
        break;
      }
      case 'query_absent':
        for (const name of expected as string[]) if (req.query.some(([k]) => k === name)) fail(`query ${name}`, 'absent', 'present');
        break;
      default:
        errors.push(`unknown backend expectation ${key}`);
    }
  }
  return errors;
}

/**
 * `lambda_event_subset`: plain keys are exact event fields; the `headers_*`, `multiValueHeaders_subset`
 * and `requestContext_*` keys apply to the event's maps with case-sensitive keys (the conventions).
 */
function checkLambdaEvent(expect: Expect, event: unknown): string[] {
  const errors: string[] = [];
  if (!event || typeof event !== 'object') return [`lambda event: the function's answer is not the event: ${JSON.stringify(event)}`];
  const e = event as Record<string, unknown>;
  const fail = (what: string, expected: unknown, actual: unknown) => errors.push(`event ${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  const headers = (e.headers ?? {}) as Record<string, string>;
  for (const [key, expected] of Object.entries(expect)) {
    switch (key) {
      case 'headers_subset':
        for (const [name, value] of Object.entries(expected as Record<string, string>)) if (headers[name] !== value) fail(`headers.${name}`, value, headers[name]);
        break;
      case 'headers_present':
        for (const name of expected as string[]) if (!(name in headers)) fail(`headers.${name}`, 'present', 'absent');
        break;
      case 'headers_absent':
        for (const name of expected as string[]) if (name in headers) fail(`headers.${name}`, 'absent', headers[name]);
        break;
      case 'headers_exact_names':
        if (!isDeepStrictEqual(Object.keys(headers).sort(), [...(expected as string[])].sort())) fail('header names', expected, Object.keys(headers));
        break;
      case 'multiValueHeaders_subset': {
        const multi = (e.multiValueHeaders ?? {}) as Record<string, string[]>;
        for (const [name, values] of Object.entries(expected as Record<string, string[]>)) if (!isDeepStrictEqual(multi[name], values)) fail(`multiValueHeaders.${name}`, values, multi[name]);
        break;
      }
      case 'requestContext_subset':
        if (!subset(e.requestContext, expected)) fail('requestContext', expected, e.requestContext);
        break;
      case 'requestContext_keys': {
        const keys = Object.keys((e.requestContext ?? {}) as object).sort();
        if (!isDeepStrictEqual(keys, [...(expected as string[])].sort())) fail('requestContext keys', expected, keys);
        break;
      }
      default:
        if (!isDeepStrictEqual(e[key], expected)) fail(key, expected, e[key]);
    }
  }
  return errors;
}
