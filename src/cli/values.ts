/**
 * Parameter values as the AWS CLI holds them before a call: Python objects. Their `repr`/`str`
 * and type names appear in the CLI's messages (`Invalid type for parameter uri, value: b'x',
 * type: <class 'bytes'>, ...`), so the distinctions Python makes are kept: int (bigint) vs float
 * (number), bytes (`fileb://`), and the `OrderedDict` that JSON parameter values are read into.
 */
import { floatRepr, strRepr } from './output/py/repr.js';

export class Bytes {
  constructor(readonly data: Uint8Array) {}
}
/** A dict read by `json.loads(..., object_pairs_hook=OrderedDict)`: repr `OrderedDict([...])`. */
export class OrderedDict<V> extends Map<string, V> {}

export type Param = null | boolean | bigint | number | string | Bytes | Param[] | ParamMap;
export type ParamMap = Map<string, Param>;

export const isMap = (v: unknown): v is ParamMap => v instanceof Map;

/** Python's `repr` of bytes. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

export function paramRepr(v: Param): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return v.toString();
    case 'number':
      return floatRepr(v);
    case 'string':
      return strRepr(v);
    default:
      if (v instanceof Bytes) return bytesRepr(v.data);
      if (Array.isArray(v)) return `[${v.map(paramRepr).join(', ')}]`;
      if (v instanceof OrderedDict) {
        return v.size === 0 ? 'OrderedDict()' : `OrderedDict([${[...v].map(([k, x]) => `(${strRepr(k)}, ${paramRepr(x)})`).join(', ')}])`;
      }
      return `{${[...v].map(([k, x]) => `${strRepr(k)}: ${paramRepr(x)}`).join(', ')}}`;
  }
}

/** Python's `str()`. */
export const paramStr = (v: Param): string => (typeof v === 'string' ? v : paramRepr(v));

/** `type(v).__name__` as `str(type(v))` prints it. */
export function pyClass(v: Param): string {
  if (v === null) return "<class 'NoneType'>";
  switch (typeof v) {
    case 'boolean':
      return "<class 'bool'>";
    case 'bigint':
      return "<class 'int'>";
    case 'number':
      return "<class 'float'>";
    case 'string':
      return "<class 'str'>";
    default:
      if (v instanceof Bytes) return "<class 'bytes'>";
      if (Array.isArray(v)) return "<class 'list'>";
      if (v instanceof OrderedDict) return "<class 'collections.OrderedDict'>";
      return "<class 'dict'>";
  }
}

/** The short type name used in TypeError messages (`not 'list'`). */
export function pyTypeShort(v: Param): string {
  return pyClass(v).slice(8, -2).replace('collections.', '');
}
