/**
 * Python's `json.dump`/`json.dumps` for the value model: `--output json` is
 * `json.dump(result, indent=4, ensure_ascii=False)`, jmespath's `to_string` is
 * `json.dumps(x, separators=(',', ':'), default=str)` (ASCII escapes), and YAML prints a
 * top-level scalar with `json.dump(x, ensure_ascii=False)`. Floats print by `repr` (`1.0`,
 * `1e+20`), NaN and infinities bare (`NaN`, `Infinity`), escapes use lowercase hex.
 * The encoder writes chunk by chunk like Python's, so a failure (an `&expr` result:
 * `Circular reference detected`) leaves what was already written.
 */
import { PyError } from '../py/errors.js';
import { floatRepr, intStr } from '../py/repr.js';
import type { PyExpref, PyValue } from '../value.js';

export type JsonOptions = {
  /** `indent=N` (newline and N spaces per level); absent: one line. */
  readonly indent?: number;
  /** `separators=(',', ':')` instead of `(', ', ': ')` (one-line form only). */
  readonly compact?: boolean;
  readonly ensureAscii: boolean;
  /** `default=str` (to_string): other objects print as their `str()`; otherwise they are an error. */
  readonly defaultStr?: boolean;
};

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
const ESCAPE = /["\\\x00-\x1f]/g;
const ESCAPE_ASCII = /["\\\x00-\x1f\x7f-\uffff]/g;

/** `encode_basestring` / `encode_basestring_ascii`. */
export function jsonString(s: string, ensureAscii: boolean): string {
  const re = ensureAscii ? ESCAPE_ASCII : ESCAPE;
  return '"' + s.replace(re, (c) => SHORT[c] ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '"';
}

export function jsonFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return floatRepr(x);
}

/** Encode `value`, handing each chunk to `write` as Python's `_iterencode` yields it. */
export function jsonEncode(value: PyValue, options: JsonOptions, write: (chunk: string) => void): void {
  const { indent, ensureAscii } = options;
  const itemSep = indent !== undefined || options.compact ? ',' : ', ';
  const keySep = options.compact ? ':' : ': ';
  const markers = new Set<object>();

  const scalar = (v: PyValue): string | undefined => {
    if (v === null) return 'null';
    switch (typeof v) {
      case 'string':
        return jsonString(v, ensureAscii);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'bigint':
        return intStr(v);
      case 'number':
        return jsonFloat(v);
      default:
        return undefined;
    }
  };
  const enter = (o: object): void => {
    if (markers.has(o)) throw new PyError('ValueError', 'Circular reference detected');
    markers.add(o);
  };

  const encode = (v: PyValue, level: number): void => {
    const s = scalar(v);
    if (s !== undefined) return write(s);
    if (Array.isArray(v) || v instanceof Map) {
      const entries: [string | null, PyValue][] = Array.isArray(v) ? v.map((x) => [null, x]) : [...v];
      const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
      if (entries.length === 0) return write(open + close);
      enter(v);
      const inner = indent === undefined ? '' : '\n' + ' '.repeat(indent * (level + 1));
      let buf = open + inner;
      entries.forEach(([key, x], i) => {
        if (i > 0) buf = itemSep + inner;
        if (key !== null) {
          write(buf + jsonString(key, ensureAscii) + keySep);
          buf = '';
        }
        const xs = scalar(x);
        if (xs !== undefined) write(buf + xs);
        else {
          if (buf) write(buf);
          encode(x, level + 1);
        }
      });
      write(indent === undefined ? close : '\n' + ' '.repeat(indent * level) + close);
      markers.delete(v);
      return;
    }
    // Any other object (jmespath's _Expression): `default(o)`; the CLI's default returns the
    // object itself, which the encoder then meets a second time.
    const other = v as PyExpref;
    if (options.defaultStr) return write(jsonString(other.toString(), ensureAscii));
    enter(other);
    throw new PyError('ValueError', 'Circular reference detected');
  };
  encode(value, 0);
}

/** `json.dumps(value, ...)` as one string. */
export function jsonDumps(value: PyValue, options: JsonOptions): string {
  const chunks: string[] = [];
  jsonEncode(value, options, (c) => chunks.push(c));
  return chunks.join('');
}
