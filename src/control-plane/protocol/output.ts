/**
 * Writing an operation's output as API Gateway does: a JSON object whose members appear in the
 * model's member order, under their wire names (list results travel as `item`), unset members
 * omitted (also at null), timestamps as epoch seconds; map values may be null (a template stored
 * as null is returned as null [recorded]). Errors: status, `x-amzn-ErrorType: <Code>` and
 * `{"message": "..."}`.
 */
import type { AwsError } from '../../errors/aws-error.js';
import { shapeOf, type ServiceModel } from '../../aws-model/shapes.js';
import type { HttpResponse } from '../../shared/http.js';

/**
 * The JSON text of `value` as the output shape `shapeName`, or undefined when there is nothing to
 * write. Written by hand rather than with JSON.stringify so that members follow the model's order
 * and doubles keep their decimal point (`"percentTraffic": 50.0`, as AWS's Java serialiser writes).
 */
export function shapeJson(model: ServiceModel, shapeName: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return 'null';
  const shape = shapeOf(model, shapeName);
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object') return undefined;
      const source = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const [name, ref] of Object.entries(shape.members)) {
        if (ref.location || !Object.prototype.hasOwnProperty.call(source, name)) continue;
        const v = source[name] === null ? undefined : shapeJson(model, ref.shape, source[name]);
        if (v !== undefined) parts.push(`${JSON.stringify(ref.locationName ?? name)}:${v}`);
      }
      return `{${parts.join(',')}}`;
    }
    case 'list':
      if (!Array.isArray(value)) return undefined;
      return `[${value.map((v) => shapeJson(model, shape.member.shape, v) ?? 'null').join(',')}]`;
    case 'map': {
      if (typeof value !== 'object') return undefined;
      const parts = Object.entries(value as Record<string, unknown>).map(
        ([k, v]) => `${JSON.stringify(k)}:${shapeJson(model, shape.value.shape, v) ?? 'null'}`,
      );
      return `{${parts.join(',')}}`;
    }
    case 'double': {
      const n = Number(value);
      if (!Number.isFinite(n)) return 'null';
      return Number.isInteger(n) && Math.abs(n) < 1e16 ? `${n}.0` : JSON.stringify(n);
    }
    case 'integer':
    case 'long':
      return String(Math.trunc(Number(value)));
    case 'timestamp':
      return String(typeof value === 'number' ? value : value instanceof Date ? value.getTime() / 1000 : Date.parse(String(value)) / 1000);
    default:
      return JSON.stringify(value);
  }
}

export function jsonResponse(status: number, text: string | undefined, requestId: string): HttpResponse {
  if (text === undefined) {
    return { status, headers: { 'x-amzn-RequestId': requestId, 'Content-Length': '0', [PORTICO_HEADER]: PORTICO_VERSION }, body: '' };
  }
  return {
    status,
    headers: {
      'Content-Type': 'application/json',
      'x-amzn-RequestId': requestId,
      'Content-Length': String(Buffer.byteLength(text)),
      [PORTICO_HEADER]: PORTICO_VERSION,
    },
    body: text,
  };
}

/** Every control-plane response names the server, so clients can tell Portico from AWS. */
export const PORTICO_HEADER = 'x-portico-version';
export const PORTICO_VERSION = '0.1.0';

export function errorResponse(error: AwsError, requestId: string): HttpResponse {
  const text = JSON.stringify({ message: error.message });
  return {
    status: error.status,
    headers: {
      'Content-Type': 'application/json',
      'x-amzn-RequestId': requestId,
      'x-amzn-ErrorType': error.code,
      'Content-Length': String(Buffer.byteLength(text)),
      [PORTICO_HEADER]: PORTICO_VERSION,
      ...error.headers,
    },
    body: text,
  };
}
