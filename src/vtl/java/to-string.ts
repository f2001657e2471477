/**
 * Java `toString` rules — the one place that decides how a value prints in a rendered template.
 *
 * What API Gateway shows (AWS-recorded, `shared/vectors/vtl.json`): a JSON object from
 * `$input.path` is a `LinkedHashMap` and prints as `{k=v, k2=v2}`; a JSON array is json-smart's
 * `JSONArray`, whose `toString` is compact JSON (`[{"foo":"bar"}]`), also when nested in a map
 * (`{foo=[{"nested":"bar"}]}`); list literals (`[1, 2]`) are `ArrayList` and print `[1, 2]`;
 * numbers print as Java prints them (`1.5`, `1000.0`, `1.0E8`). JSON text itself
 * (`$input.json`, `JSONArray.toString`) follows json-smart's default style, which escapes `/` as
 * `\/` and U+007F–U+009F, U+2000–U+20FF as `\uXXXX`.
 */
import { numberToString, doubleToString } from './numbers.js';
import {
  JBigDec,
  JBlockRef,
  JChar,
  JEntry,
  JFloat,
  JHost,
  JInt,
  JList,
  JMap,
  JScope,
  type JValue,
} from './values.js';

const ids = new WeakMap<object, string>();
let next = 0x1b6d3586;
function identityHash(o: object): string {
  let h = ids.get(o);
  if (h === undefined) {
    h = (next++).toString(16);
    ids.set(o, h);
  }
  return h;
}

/**
 * `String.valueOf(v)`: the text Java would produce. Returns null only where Java's `toString()`
 * returns null (a `#define` block that cannot render). Java null prints "null" here — callers
 * rendering a top-level reference handle null themselves.
 */
export function javaToString(v: JValue): string | null {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof JInt || v instanceof JFloat || v instanceof JBigDec) return numberToString(v);
  if (v instanceof JChar) return v.c;
  if (v instanceof JList) {
    if (v.cls === 'JSONArray') return toJsonText(v);
    if (v.cls === 'Array') return '[Ljava.lang.Object;@' + identityHash(v);
    return '[' + v.items.map((x) => (x === v ? '(this Collection)' : str(x))).join(', ') + ']';
  }
  if (v instanceof JEntry) return str(v.key) + '=' + str(v.value);
  if (v instanceof JMap) return v.opaque ? '' : mapToString(v);
  if (v instanceof JScope) return mapToString(v.storage);
  if (v instanceof JHost) return v.className + '@' + identityHash(v);
  if (v instanceof JBlockRef) return v.toStringFn();
  return assertNever(v);
}

const str = (v: JValue): string => javaToString(v) ?? 'null';

function mapToString(m: JMap): string {
  const parts = m.entries().map(([k, val]) => (k === m ? '(this Map)' : str(k)) + '=' + (val === m ? '(this Map)' : str(val)));
  return '{' + parts.join(', ') + '}';
}

function assertNever(v: never): never {
  throw new Error('unexpected value ' + String(v));
}

// ---------------------------------------------------------------- json-smart JSON text

/** json-smart `JStylerObj.ESCAPE4Web`, the default string escaping of `JSONValue.toJSONString`. */
export function escapeJsonString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    switch (ch) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += '\\\\'; break;
      case 0x08: out += '\\b'; break;
      case 0x0c: out += '\\f'; break;
      case 0x0a: out += '\\n'; break;
      case 0x0d: out += '\\r'; break;
      case 0x09: out += '\\t'; break;
      case 0x2f: out += '\\/'; break;
      default:
        if (ch <= 0x1f || (ch >= 0x7f && ch <= 0x9f) || (ch >= 0x2000 && ch <= 0x20ff)) {
          out += '\\u' + ch.toString(16).toUpperCase().padStart(4, '0');
        } else out += s[i];
    }
  }
  return out;
}

/** `JSONValue.toJSONString(v)` with json-smart's default (non-compressed) style: compact JSON. */
export function toJsonText(v: JValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return '"' + escapeJsonString(v) + '"';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof JFloat) return Number.isFinite(v.v) || Number.isNaN(v.v) ? doubleToString(v.v) : 'null';
  if (v instanceof JInt || v instanceof JBigDec) return numberToString(v);
  if (v instanceof JList) return '[' + v.items.map(toJsonText).join(',') + ']';
  if (v instanceof JMap) return '{' + v.entries().map(([k, x]) => '"' + escapeJsonString(str(k)) + '":' + toJsonText(x)).join(',') + '}';
  if (v instanceof JScope) return toJsonText(v.storage);
  return '"' + escapeJsonString(str(v)) + '"';
}
