/**
 * `$util` — the six functions API Gateway offers to mapping templates
 * (developer guide, "$util variables"; spec §9.2). Only these exist (`$util.toJson`, `$util.qr`
 * are AppSync). Each takes a Java String; a non-String argument finds no method and renders "".
 *
 * - `escapeJavaScript`: Apache Commons Lang 2.6 `StringEscapeUtils.escapeJavaScript` — `"` `'`
 *   `\` `/` escaped, `\b \t \n \f \r`, other control and non-ASCII UTF-16 units as `\uXXXX`
 *   (upper-case hex; an emoji becomes two escapes). AWS documents the `'` → `\'` behaviour.
 * - `urlEncode` / `urlDecode`: `java.net.URLEncoder` / `URLDecoder` with UTF-8 (form encoding:
 *   space ↔ `+`, `*-._` kept, `~` encoded). A malformed `%` escape is an error.
 * - `base64Encode` / `base64Decode`: `java.util.Base64` basic encoder/decoder over UTF-8.
 * - `parseJson`: JSON text → Map/List/String/Number/Boolean (json-smart); invalid JSON is an error.
 */
import { JavaException, m } from '../vtl/java/method-def.js';
import { JHost, type JValue, type MethodTable } from '../vtl/index.js';
import { readJson } from '../vtl/jsonpath/json-reader.js';
import { objectBase } from '../vtl/java/scalar-methods.js';

const hex4 = (c: number): string => c.toString(16).toUpperCase().padStart(4, '0');

export function escapeJavaScript(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) out += '\\u' + hex4(c);
    else if (c < 32) {
      const named: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' };
      out += named[c] ?? '\\u' + hex4(c);
    } else if (c === 0x22) out += '\\"';
    else if (c === 0x27) out += "\\'";
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x2f) out += '\\/';
    else out += s[i];
  }
  return out;
}

/** `URLEncoder.encode(s, "UTF-8")`. A lone surrogate encodes as `?` (`%3F`), as Java's encoder does. */
export function urlEncode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (/[A-Za-z0-9.\-*_]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else {
      const code = s.codePointAt(i) ?? 0;
      const isPair = code > 0xffff;
      const lone = !isPair && code >= 0xd800 && code <= 0xdfff;
      const bytes = Buffer.from(lone ? '?' : String.fromCodePoint(code), 'utf8');
      for (const b of bytes) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
      if (isPair) i++;
    }
  }
  return out;
}

/** `URLDecoder.decode(s, "UTF-8")`. */
export function urlDecode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === '+') {
      out += ' ';
      i++;
    } else if (c === '%') {
      const bytes: number[] = [];
      while (i < s.length && s[i] === '%') {
        const h = s.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) {
          throw new JavaException('java.lang.IllegalArgumentException', 'URLDecoder: Illegal hex characters in escape (%) pattern');
        }
        bytes.push(parseInt(h, 16));
        i += 3;
      }
      out += Buffer.from(bytes).toString('utf8');
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export function base64Encode(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

/** `Base64.getDecoder().decode(s)`: strict alphabet, optional padding; then UTF-8. */
export function base64Decode(s: string): string {
  const body = s.replace(/=+$/, '');
  const pad = s.length - body.length;
  if (!/^[A-Za-z0-9+/]*$/.test(body) || pad > 2 || body.length % 4 === 1 || (pad > 0 && (body.length + pad) % 4 !== 0)) {
    throw new JavaException('java.lang.IllegalArgumentException', 'Illegal base64 character or length');
  }
  return Buffer.from(body, 'base64').toString('utf8');
}

function parseJson(s: string): JValue {
  try {
    return readJson(s);
  } catch (e) {
    throw new JavaException('net.minidev.json.parser.ParseException', (e as Error).message);
  }
}

const str = (v: JValue): string => v as string;
const nullable = (f: (s: string) => JValue) => (_self: JHost, [a]: JValue[]): JValue => (a === null ? null : f(str(a)));

const table: MethodTable = {
  ...objectBase,
  escapeJavaScript: [m(['String'], nullable(escapeJavaScript))],
  urlEncode: [m(['String'], nullable(urlEncode))],
  urlDecode: [m(['String'], nullable(urlDecode))],
  base64Encode: [m(['String'], nullable(base64Encode))],
  base64Decode: [m(['String'], nullable(base64Decode))],
  parseJson: [
    m(['String'], (_self: JHost, [a]) => {
      if (a === null) throw new JavaException('java.lang.NullPointerException', 'parseJson(null)');
      return parseJson(str(a));
    }),
  ],
};

/** The `$util` object. */
export function createUtil(): JHost {
  return new JHost('Util', table);
}
