/**
 * The Lambda proxy integration's output
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format):
 * `{statusCode, headers, multiValueHeaders, body, isBase64Encoded}`, every member optional.
 * What AWS records (shared/spec/data-plane.md §7.6):
 *
 * - not a JSON object, an unknown member, a `statusCode` that is not an integer (or a string of
 *   one), `multiValueHeaders` values that are not lists: 502 `Internal server error`;
 * - `statusCode` defaults to 200; header values that are booleans or numbers are stringified;
 *   `multiValueHeaders` come first, then `headers` (a name in both keeps the multi-value spelling);
 * - the body is base64-decoded only when `isBase64Encoded` is true and the client's first
 *   Accept type is a binary media type of the API (invalid base64 then: 500); otherwise the
 *   text is returned as it is.
 *
 * Also 502 [guess, the documented contract]: a `body` that is not a string, an `isBase64Encoded`
 * that is not a boolean, header values that are objects or lists.
 */
import type { HeaderPair } from '../context.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import { decodeBase64Strict } from './content-handling.js';

export type ProxyResult = { status: number; headers: HeaderPair[]; body: Buffer };

const MEMBERS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);

export const malformed = (detail: string) =>
  new GatewayError('INTEGRATION_FAILURE', gatewayMessages.internalServerError, { status: 502, fixedBody: true, detail: `Malformed Lambda proxy response: ${detail}` });

export function parseProxyResponse(payload: Buffer, decodeBinary: boolean): ProxyResult {
  let doc: unknown;
  try {
    doc = JSON.parse(payload.toString('utf8'));
  } catch {
    throw malformed('not JSON');
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw malformed('not a JSON object');
  const out = doc as Record<string, unknown>;
  for (const key of Object.keys(out)) if (!MEMBERS.has(key)) throw malformed(`unknown member ${key}`);
  const status = statusOf(out.statusCode);
  const headers = headersOf(out.multiValueHeaders, out.headers);
  const body = out.body;
  if (body !== undefined && body !== null && typeof body !== 'string') throw malformed('body is not a string');
  const base64 = out.isBase64Encoded;
  if (base64 !== undefined && base64 !== null && typeof base64 !== 'boolean') throw malformed('isBase64Encoded is not a boolean');
  const text = typeof body === 'string' ? body : '';
  return { status, headers, body: base64 === true && decodeBinary ? decodeBase64Strict(text) : Buffer.from(text, 'utf8') };
}

function statusOf(value: unknown): number {
  if (value === undefined || value === null) return 200;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 100 || n > 599) throw malformed(`statusCode ${JSON.stringify(value)}`);
  return n;
}

function headerText(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return '';
  throw malformed(`header ${name} is not a string`);
}

function headersOf(multi: unknown, single: unknown): HeaderPair[] {
  const byName = new Map<string, [string, string[]]>();
  const add = (name: string, value: string) => {
    const key = name.toLowerCase();
    const entry = byName.get(key);
    if (entry) entry[1].push(value);
    else byName.set(key, [name, [value]]);
  };
  if (multi !== undefined && multi !== null) {
    if (typeof multi !== 'object' || Array.isArray(multi)) throw malformed('multiValueHeaders is not an object');
    for (const [name, values] of Object.entries(multi)) {
      if (values === null) continue;
      if (!Array.isArray(values)) throw malformed(`multiValueHeaders.${name} is not a list`);
      for (const v of values) add(name, headerText(name, v));
    }
  }
  if (single !== undefined && single !== null) {
    if (typeof single !== 'object' || Array.isArray(single)) throw malformed('headers is not an object');
    for (const [name, value] of Object.entries(single)) add(name, headerText(name, value));
  }
  return [...byName.values()].flatMap(([name, values]) => values.map((v): HeaderPair => [name, v]));
}
