/**
 * Writing an operation's output as API Gateway does: a JSON object whose members appear in the
 * model's member order, under their wire names (list results travel as `item`), unset members
 * omitted, timestamps as epoch seconds. Errors: status, `x-amzn-ErrorType: <Code>` and
 * `{"message": "..."}`.
 */
import type { AwsError } from '../../errors/aws-error.js';
import { shapeOf, type ServiceModel } from '../../aws-model/shapes.js';
import type { HttpResponse } from '../../shared/http.js';
import { setOwn } from '../../shared/objects.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Orders and renames `value` by the shape; members the shape does not know are dropped. */
export function shapeValue(model: ServiceModel, shapeName: string, value: unknown): JsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  const shape = shapeOf(model, shapeName);
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object') return undefined;
      const source = value as Record<string, unknown>;
      const out: { [key: string]: JsonValue } = {};
      for (const [name, ref] of Object.entries(shape.members)) {
        if (ref.location) continue;
        const v = shapeValue(model, ref.shape, source[name]);
        if (v !== undefined) setOwn(out, ref.locationName ?? name, v);
      }
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) return undefined;
      return value.map((v) => shapeValue(model, shape.member.shape, v) ?? null);
    case 'map': {
      if (typeof value !== 'object') return undefined;
      const out: { [key: string]: JsonValue } = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        const shaped = shapeValue(model, shape.value.shape, v);
        if (shaped !== undefined) setOwn(out, k, shaped);
      }
      return out;
    }
    case 'timestamp':
      return typeof value === 'number' ? value : value instanceof Date ? value.getTime() / 1000 : String(value);
    default:
      return value as JsonValue;
  }
}

export function jsonResponse(status: number, body: JsonValue | undefined, requestId: string): HttpResponse {
  if (body === undefined) {
    return { status, headers: { 'x-amzn-RequestId': requestId, 'Content-Length': '0' }, body: '' };
  }
  const text = JSON.stringify(body);
  return {
    status,
    headers: {
      'Content-Type': 'application/json',
      'x-amzn-RequestId': requestId,
      'Content-Length': String(Buffer.byteLength(text)),
    },
    body: text,
  };
}

export function errorResponse(error: AwsError, requestId: string): HttpResponse {
  const text = JSON.stringify({ message: error.message });
  return {
    status: error.status,
    headers: {
      'Content-Type': 'application/json',
      'x-amzn-RequestId': requestId,
      'x-amzn-ErrorType': error.code,
      'Content-Length': String(Buffer.byteLength(text)),
      ...error.headers,
    },
    body: text,
  };
}
