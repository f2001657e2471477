/**
 * What the AWS CLI prints is botocore's parse of the HTTP response with the reference's model
 * (`botocore/parsers.py` RestJSONParser), so Portico parses the raw response the same way:
 * structure members in model order, members the model does not know dropped (a newer service's
 * `rootResourceId` does not appear), JSON nulls dropped, numbers as they came (`1.0` stays a
 * float), timestamps as ISO 8601 in the local time zone (`cli_timestamp_format`, default
 * iso8601; `wire` keeps the number), header members from headers, payload members from the
 * raw body. Errors: code from `x-amzn-errortype`, else the body's `code`/`__type`, else the
 * status; message from the body's `message`/`Message`.
 */
import type { Shape } from './model.js';
import { parseJson } from './output/json-parse.js';
import { pyStr } from './output/py/repr.js';
import type { PyDict, PyValue } from './output/value.js';
import type { RawResponse } from './transport.js';

export type TimestampFormat = 'iso8601' | 'wire';

const decode = (b: Uint8Array): string => new TextDecoder('utf-8').decode(b);

/** `_parse_body_as_json`: empty is {}, invalid JSON is `{'message': body}`. */
function bodyAsJson(body: Uint8Array): PyValue {
  if (body.length === 0) return new Map();
  const text = decode(body);
  try {
    return parseJson(text);
  } catch {
    return new Map([['message', text]]);
  }
}

export function parseResponse(raw: RawResponse, shape: Shape | undefined, tsFormat: TimestampFormat): PyDict {
  const parsed: PyDict = new Map();
  if (!shape) return parsed;
  for (const [name, member] of shape.members) {
    if (member.location === 'header') {
      const header = (member.locationName ?? name).toLowerCase();
      const v = raw.headers[header];
      if (v !== undefined) parsed.set(name, parseShape(member, v, tsFormat));
    } else if (member.location === 'statusCode') {
      parsed.set(name, BigInt(raw.status));
    }
  }
  const payload = shape.payload;
  if (payload) {
    const body = shape.members.get(payload)!;
    if (body.typeName === 'string' || body.typeName === 'blob') parsed.set(payload, decode(raw.body));
    else parsed.set(payload, parseShape(body, bodyAsJson(raw.body), tsFormat));
  } else {
    const v = parseShape(shape, bodyAsJson(raw.body), tsFormat);
    if (v instanceof Map) for (const [k, x] of v) parsed.set(k, x);
  }
  return parsed;
}

function parseShape(shape: Shape, value: PyValue, ts: TimestampFormat): PyValue {
  switch (shape.typeName) {
    case 'structure': {
      if (value === null || !(value instanceof Map)) return value;
      const out: PyDict = new Map();
      for (const [name, member] of shape.members) {
        const raw = value.get(member.locationName ?? name);
        if (raw !== undefined && raw !== null) out.set(name, parseShape(member, raw, ts));
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((v) => parseShape(shape.member, v, ts)) : value;
    case 'map': {
      if (!(value instanceof Map)) return value;
      const out: PyDict = new Map();
      for (const [k, v] of value) out.set(k, parseShape(shape.value, v, ts));
      return out;
    }
    case 'timestamp':
      return ts === 'wire' ? value : isoTimestamp(value);
    default:
      return value;
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `datetime.fromtimestamp(value, tzlocal()).isoformat()`. */
export function isoFromEpoch(seconds: number): string {
  let whole = Math.floor(seconds);
  let micros = roundHalfEven((seconds - whole) * 1e6);
  if (micros >= 1_000_000) {
    whole += 1;
    micros -= 1_000_000;
  }
  const d = new Date(whole * 1000);
  const offsetMin = -d.getTimezoneOffset();
  const sign = offsetMin < 0 ? '-' : '+';
  const off = Math.abs(offsetMin);
  const frac = micros ? `.${pad(micros, 6)}` : '';
  return (
    `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${frac}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`
  );
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function isoTimestamp(value: PyValue): PyValue {
  if (typeof value === 'bigint') return isoFromEpoch(Number(value));
  if (typeof value === 'number') return isoFromEpoch(value);
  if (typeof value === 'string') {
    const n = Number(value);
    if (value.trim() !== '' && Number.isFinite(n)) return isoFromEpoch(n);
    const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
    if (m) {
      const frac = m[3] ? `.${m[3].slice(1, 7).padEnd(6, '0')}`.replace(/\.0+$/, '') : '';
      const tz = !m[4] ? '' : m[4] === 'Z' ? '+00:00' : m[4].includes(':') ? m[4] : `${m[4].slice(0, 3)}:${m[4].slice(3)}`;
      return `${m[1]}T${m[2]}${frac}${tz}`;
    }
  }
  return value;
}

export type ServiceError = { code: string; message: string };

/** botocore's RestJSONParser._do_error_parse. */
export function parseError(raw: RawResponse): ServiceError {
  const body = bodyAsJson(raw.body);
  const get = (k: string): PyValue | undefined => (body instanceof Map ? body.get(k) : undefined);
  const msg = get('message') ?? get('Message') ?? '';
  let code: string = String(raw.status);
  const type = get('__type');
  if (type !== undefined) code = pyStr(type);
  if (code.includes('#')) code = code.slice(code.lastIndexOf('#') + 1);
  const header = raw.headers['x-amzn-errortype'];
  if (header !== undefined) code = header.split(':')[0]!;
  else if (get('code') !== undefined || get('Code') !== undefined) code = pyStr((get('code') ?? get('Code'))!);
  return { code, message: pyStr(msg) };
}
