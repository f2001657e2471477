/**
 * JSON text → Java values, as json-smart 2.2 in permissive mode produces them for Jayway
 * JsonPath (the parser behind API Gateway's `$input.path`, `$input.json`, `$util.parseJson`):
 * objects become insertion-ordered maps, arrays `JSONArray` lists, integers `Integer`, `Long` or
 * `BigInteger` by size, decimals `Double` (`1.50` → `1.5`, `1e3` → `1000.0`) or `BigDecimal` when
 * the literal is longer than 18 characters.
 *
 * Permissive mode also accepts single-quoted and unquoted strings, `NaN`, trailing commas and
 * trailing text after the value; a body that is not JSON at all (`some raw data`) reads as one
 * string. Malformed structures throw `JsonSyntaxError`.
 */
import { JBigDec, JFloat, JList, JMap, integral, type JValue } from '../java/values.js';

export class JsonSyntaxError extends Error {}

const WS = new Set([' ', '\t', '\n', '\r']);

export function readJson(text: string): JValue {
  const r = new Reader(text);
  r.ws();
  if (r.eof()) return null;
  return r.value(null);
}

/** json-smart number rules. */
export function jsonNumber(s: string): JValue {
  if (/^-?[0-9]+$/.test(s)) return integral(BigInt(s));
  if (s === 'NaN') return new JFloat('Double', NaN);
  if (s.length > 18) {
    const m = /^(-?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/.exec(s);
    if (m) {
      const frac = m[3] ?? '';
      const scale = frac.length - Number(m[4] ?? 0);
      return new JBigDec(BigInt(m[1] + ((m[2] || '0') + frac)), scale);
    }
  }
  return new JFloat('Double', Number(s));
}

class Reader {
  private p = 0;
  constructor(private readonly t: string) {}

  eof(): boolean {
    return this.p >= this.t.length;
  }
  ws(): void {
    while (WS.has(this.t[this.p])) this.p++;
  }
  private fail(what: string): never {
    throw new JsonSyntaxError(`${what} at position ${String(this.p)}`);
  }

  /** A value; `stop` lists the characters that end an unquoted token (null: end of text). */
  value(stop: string | null): JValue {
    this.ws();
    const c = this.t[this.p];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"' || c === "'") return this.quoted();
    if (c === undefined) this.fail('Unexpected end of input');
    return this.bare(stop);
  }

  private bare(stop: string | null): JValue {
    const start = this.p;
    if (stop === null) this.p = this.t.length;
    else while (!this.eof() && !stop.includes(this.t[this.p])) this.p++;
    const raw = this.t.slice(start, this.p).trim();
    if (raw === '') this.fail('Unexpected character');
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    if (raw === 'null') return null;
    if (raw === 'NaN' || /^-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(raw)) return jsonNumber(raw.replace(/^(-?)\./, '$10.'));
    if (stop === null && /^[{["']/.test(raw)) this.fail('Unexpected character');
    return raw;
  }

  private quoted(): string {
    const q = this.t[this.p++];
    let out = '';
    for (;;) {
      const c = this.t[this.p++];
      if (c === undefined) this.fail('Unterminated string');
      if (c === q) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.t[this.p++];
      if (e === 'u') {
        const hex = this.t.slice(this.p, this.p + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Bad \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        this.p += 4;
      } else {
        const map: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        const v = map[e];
        if (v === undefined) this.fail('Bad escape');
        out += v;
      }
    }
  }

  private object(): JMap {
    this.p++;
    const map = new JMap();
    for (;;) {
      this.ws();
      const c = this.t[this.p];
      if (c === '}') {
        this.p++;
        return map;
      }
      if (c === undefined) this.fail('Unterminated object');
      const key = c === '"' || c === "'" ? this.quoted() : this.bareKey();
      this.ws();
      if (this.t[this.p] !== ':') this.fail("Expected ':'");
      this.p++;
      map.put(key, this.value(',}'));
      this.ws();
      const d = this.t[this.p];
      if (d === ',') this.p++;
      else if (d !== '}') this.fail("Expected ',' or '}'");
    }
  }

  private bareKey(): string {
    const start = this.p;
    while (!this.eof() && this.t[this.p] !== ':') this.p++;
    const key = this.t.slice(start, this.p).trim();
    if (key === '' || /[{}[\],]/.test(key)) this.fail('Bad object key');
    return key;
  }

  private array(): JList {
    this.p++;
    const items: JValue[] = [];
    for (;;) {
      this.ws();
      const c = this.t[this.p];
      if (c === ']') {
        this.p++;
        return new JList('JSONArray', items);
      }
      if (c === undefined) this.fail('Unterminated array');
      if (c === ',') {
        this.p++;
        continue;
      }
      items.push(this.value(',]'));
      this.ws();
      const d = this.t[this.p];
      if (d === ',') this.p++;
      else if (d !== ']') this.fail("Expected ',' or ']'");
    }
  }
}
