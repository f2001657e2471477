/**
 * `cli_binary_format = base64` (the AWS CLI v2 default, `awscli/customizations/binaryformat.py`):
 * a blob parameter given as text is base64-decoded before the call (`Invalid base64: "..."`, exit
 * 255, when it is not base64); `fileb://` values are bytes already and are sent as they are.
 */
import type { Shape } from './model.js';
import { GeneralError } from './errors.js';
import { Bytes, type Param } from './values.js';

export function decodeInputBlobs(params: Param, shape: Shape): void {
  visit(params, shape, (v) => v);
}

function visit(value: Param | undefined, shape: Shape, set: (v: Param) => void): void {
  if (value === undefined || value === null) return;
  switch (shape.typeName) {
    case 'structure':
      if (value instanceof Map) for (const [name, m] of shape.members) visit(value.get(name), m, (v) => value.set(name, v));
      return;
    case 'list':
      if (Array.isArray(value)) value.forEach((el, i) => visit(el, shape.member, (v) => (value[i] = v)));
      return;
    case 'map':
      if (value instanceof Map) for (const [k, el] of value) visit(el, shape.value, (v) => value.set(k, v));
      return;
    case 'blob':
      if (typeof value === 'string') set(new Bytes(b64decode(value)));
      return;
    default:
      return;
  }
}

/** Python's non-strict `base64.b64decode`: characters outside the alphabet are skipped. */
export function b64decode(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, '');
  const eq = clean.indexOf('=');
  const data = eq >= 0 ? clean.slice(0, eq) : clean;
  const pad = eq >= 0 ? clean.slice(eq).replace(/[^=]/g, '') : '';
  if (data.length % 4 === 1 || (data.length % 4 !== 0 && data.length % 4 + pad.length < 4)) {
    throw new GeneralError(`Invalid base64: "${text}"`);
  }
  return new Uint8Array(Buffer.from(data, 'base64'));
}
