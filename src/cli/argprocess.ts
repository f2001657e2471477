/**
 * From a command-line string to a parameter value (`awscli/argprocess.py`): shorthand syntax for
 * structures, maps and lists of them (unless the value starts with `[` or `{`), JSON for values
 * that start with `[`/`{` (read into `OrderedDict`s, which show in messages), Python's `int()` /
 * `float()` for numbers, and lists of scalars from several words.
 */
import type { Shape } from './model.js';
import { ParamError, PyException } from './errors.js';
import { parseJson } from './output/json-parse.js';
import { ShorthandParseError, parseShorthand, type ShorthandValue } from './shorthand/parser.js';
import { coerceByShape, pyFloat, pyInt } from './shorthand/coerce.js';
import { Bytes, OrderedDict, type Param } from './values.js';
import type { PyValue } from './output/value.js';

const SCALAR_TYPES = new Set(['string', 'float', 'integer', 'long', 'boolean', 'double', 'blob', 'timestamp']);
const PY_SPACE = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
const PY_LEADING_SPACE = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

export const pyStrip = (s: string): string => s.replace(PY_SPACE, '');
const pyLstrip = (s: string): string => s.replace(PY_LEADING_SPACE, '');

/** What argparse hands over for an option (or what a file reference replaced it with). */
export type RawArg = string | Bytes | readonly string[] | bigint | number | boolean;

/** Model values as Python would hold them: JSON objects become OrderedDicts. */
function toOrdered(v: PyValue): Param {
  if (Array.isArray(v)) return v.map(toOrdered);
  if (v instanceof Map) {
    const m = new OrderedDict<Param>();
    for (const [k, x] of v) m.set(k, toOrdered(x));
    return m;
  }
  return v as Param;
}

function decodeBytes(b: Bytes): string {
  return new TextDecoder('utf-8').decode(b.data);
}

function unpackJson(value: string | Bytes, cliName: string): Param {
  const text = value instanceof Bytes ? decodeBytes(value) : value;
  try {
    return toOrdered(parseJson(text));
  } catch (e) {
    throw new ParamError(cliName, `Invalid JSON: ${(e as Error).message}\nJSON received: ${text}`);
  }
}

function firstChar(value: string | Bytes): string {
  const s = pyLstrip(typeof value === 'string' ? value : decodeBytes(value));
  if (s.length === 0) throw new PyException('IndexError', 'string index out of range');
  return s[0]!;
}

/** `unpack_scalar_cli_arg`. */
function unpackScalar(shape: Shape, value: Param): Param {
  switch (shape.typeName) {
    case 'integer':
    case 'long':
      return pyInt(value instanceof Bytes ? decodeBytes(value) : value);
    case 'float':
    case 'double':
      return pyFloat(value instanceof Bytes ? decodeBytes(value) : value);
    case 'boolean':
      if (typeof value === 'string' && value.toLowerCase() === 'false') return false;
      return truthy(value);
    default:
      return value;
  }
}

function truthy(v: Param): boolean {
  if (v === null || v === false || v === 0 || v === 0n || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map) return v.size > 0;
  if (v instanceof Bytes) return v.data.length > 0;
  return true;
}

/** `_unpack_cli_arg`. */
export function unpackCliArg(shape: Shape, value: RawArg | Param, cliName: string): Param {
  const t = shape.typeName;
  if (SCALAR_TYPES.has(t)) return unpackScalar(shape, value as Param);
  if (t === 'structure' || t === 'map') {
    if (typeof value === 'string' || value instanceof Bytes) {
      if (firstChar(value) === '{') return unpackJson(value, cliName);
      throw new ParamError(cliName, `Invalid JSON:\n${typeof value === 'string' ? value : decodeBytes(value)}`);
    }
    throw new PyException('AttributeError', `'list' object has no attribute 'lstrip'`);
  }
  // list
  if (typeof value === 'string' || value instanceof Bytes) {
    if (firstChar(value) === '[') return unpackJson(value, cliName);
  } else if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') {
    const single = pyStrip(value[0]);
    if (single && single[0] === '[') return unpackJson(value[0], cliName);
  }
  const items: Param[] = typeof value === 'string' ? [...value] : Array.isArray(value) ? (value as Param[]) : [];
  try {
    return items.map((v) => unpackCliArg(shape.member, v, cliName));
  } catch (e) {
    if (e instanceof PyException && (e.pyType === 'ValueError' || e.pyType === 'TypeError')) {
      throw new ParamError(cliName, String(items[0]));
    }
    throw e;
  }
}

function isComplex(shape: Shape): boolean {
  const t = shape.typeName;
  if (t !== 'structure' && t !== 'list' && t !== 'map') return false;
  if (t === 'list') {
    const m = shape.member.typeName;
    if (m !== 'structure' && m !== 'list' && m !== 'map') return false;
  }
  return true;
}

/** `ParamShorthandParser._should_parse_as_shorthand`. */
export function shouldParseAsShorthand(shape: Shape, value: RawArg): boolean {
  const check = Array.isArray(value) && value.length > 0 ? value[0] : value;
  if (typeof check === 'string') {
    const s = pyStrip(check);
    if (s.startsWith('[') || s.startsWith('{')) return false;
  }
  return isComplex(shape);
}

/** process-cli-arg, then `unpack_cli_arg`: the value sent for one model option. */
export function unpackModelArgument(shape: Shape, value: RawArg, cliName: string): Param {
  if (shouldParseAsShorthand(shape, value)) {
    let parsed: Param;
    try {
      if (Array.isArray(value)) parsed = value.map((v) => parseShorthand(v) as unknown as Param);
      else if (typeof value === 'string') parsed = parseShorthand(value) as unknown as Param;
      else throw new PyException('TypeError', `a bytes-like object is required, not 'str'`);
      coerceByShape(parsed, shape);
    } catch (e) {
      if (e instanceof ShorthandParseError) throw new ParamError(cliName, e.message);
      throw e;
    }
    return parsed;
  }
  return unpackCliArg(shape, value, cliName);
}

export type { ShorthandValue };
