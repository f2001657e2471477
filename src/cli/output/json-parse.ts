/**
 * Lossless JSON reading, with the rules of the reference's `json.loads` (Python 3.11, C scanner):
 * a number with a fraction or exponent is a float (`1.0`, `1e400` is `inf`), any other is an
 * exact int; `NaN`, `Infinity` and `-Infinity` are accepted; objects keep key order (a repeated
 * key keeps its first place and takes the last value); `\ud83d\ude00` pairs join into one
 * character and lone surrogates survive; raw control characters inside strings are errors.
 * botocore reads every JSON response this way, and jmespath reads its backtick literals this way.
 *
 * Errors carry Python's messages (`Expecting value: line 1 column 1 (char 0)`), which jmespath
 * quotes for bad quoted identifiers. Grammar (RFC 8259 plus the three constants):
 *   value  = ws (object / array / string / number / true / false / null / NaN / Infinity / -Infinity) ws
 *   object = "{" ws [ string ws ":" value *( "," ws string ws ":" value ) ] "}"
 *   array  = "[" [ value *( "," value ) ] "]"
 *   number = [ "-" ] ( "0" / [1-9] *DIGIT ) [ "." 1*DIGIT ] [ ( "e" / "E" ) [ "+" / "-" ] 1*DIGIT ]
 */
import { INT_MAX_STR_DIGITS, PyError } from './py/errors.js';
import type { PyDict, PyValue } from './value.js';

export class JsonDecodeError extends PyError {
  /** `unitPos` is a UTF-16 offset into `text`; the message counts code points, as Python does. */
  constructor(
    readonly msg: string,
    text: string,
    unitPos: number,
  ) {
    const before = [...text.slice(0, unitPos)];
    const lastBreak = before.lastIndexOf('\n');
    const line = before.filter((c) => c === '\n').length + 1;
    super('JSONDecodeError', `${msg}: line ${line} column ${before.length - lastBreak} (char ${before.length})`);
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const WS = /[ \t\n\r]*/y;
/**
 * botocore's `json.loads` of a response fails past 965 nested arrays/objects (measured on
 * /usr/bin/aws 2.9.19): `maximum recursion depth exceeded while decoding a JSON array from a
 * unicode string`.
 */
export const MAX_JSON_DEPTH = 965;

class JsonParser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  parseDocument(): PyValue {
    if (this.text.startsWith('\ufeff')) throw this.error('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
    this.skipWs();
    const value = this.value();
    this.skipWs();
    if (this.pos !== this.text.length) throw this.error('Extra data', this.pos);
    return value;
  }

  /** Positions in messages count code points, like Python's str indexes. */
  private error(msg: string, pos: number): JsonDecodeError {
    return new JsonDecodeError(msg, this.text, pos);
  }

  private skipWs(): void {
    WS.lastIndex = this.pos;
    WS.exec(this.text);
    this.pos = WS.lastIndex;
  }

  private value(): PyValue {
    const t = this.text;
    const c = t[this.pos];
    switch (c) {
      case '"':
        return this.string();
      case '{':
        return this.nested(() => this.object());
      case '[':
        return this.nested(() => this.array());
      case 'n':
        return this.word('null', null);
      case 't':
        return this.word('true', true);
      case 'f':
        return this.word('false', false);
      case 'N':
        return this.word('NaN', NaN);
      case 'I':
        return this.word('Infinity', Infinity);
      default:
        if (c === '-' && t.startsWith('-Infinity', this.pos)) return this.word('-Infinity', -Infinity);
        return this.number();
    }
  }

  private nested(parse: () => PyValue): PyValue {
    if (++this.depth > MAX_JSON_DEPTH) {
      const what = this.text[this.pos] === '{' ? 'object' : 'array';
      throw new PyError('RecursionError', `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`);
    }
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private word<T extends PyValue>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) throw this.error('Expecting value', this.pos);
    this.pos += word.length;
    return value;
  }

  private number(): PyValue {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m) throw this.error('Expecting value', this.pos);
    this.pos = NUMBER.lastIndex;
    if (m[1] !== undefined || m[2] !== undefined) return Number(m[0]);
    const digits = m[0].length - (m[0].startsWith('-') ? 1 : 0);
    if (digits > INT_MAX_STR_DIGITS) {
      throw new PyError(
        'ValueError',
        `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
    return BigInt(m[0]);
  }

  private array(): PyValue {
    const out: PyValue[] = [];
    this.pos++;
    this.skipWs();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipWs();
      out.push(this.value());
      this.skipWs();
      const c = this.text[this.pos];
      if (c === ']') {
        this.pos++;
        return out;
      }
      if (c !== ',') throw this.error("Expecting ',' delimiter", this.pos);
      this.pos++;
    }
  }

  private object(): PyValue {
    const out: PyDict = new Map();
    this.pos++;
    this.skipWs();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      if (this.text[this.pos] !== '"') throw this.error('Expecting property name enclosed in double quotes', this.pos);
      const key = this.string();
      this.skipWs();
      if (this.text[this.pos] !== ':') throw this.error("Expecting ':' delimiter", this.pos);
      this.pos++;
      this.skipWs();
      out.set(key, this.value());
      this.skipWs();
      const c = this.text[this.pos];
      if (c === '}') {
        this.pos++;
        return out;
      }
      if (c !== ',') throw this.error("Expecting ',' delimiter", this.pos);
      this.pos++;
      this.skipWs();
    }
  }

  /** `scanstring`: the opening quote is at `pos`. */
  private string(): string {
    const t = this.text;
    const begin = this.pos;
    let i = begin + 1;
    let out = '';
    for (;;) {
      let j = i;
      while (j < t.length) {
        const code = t.charCodeAt(j);
        if (code === 0x22 || code === 0x5c || code < 0x20) break;
        j++;
      }
      out += t.slice(i, j);
      if (j >= t.length) throw this.error('Unterminated string starting at', begin);
      const c = t[j]!;
      if (c === '"') {
        this.pos = j + 1;
        return out;
      }
      if (c !== '\\') throw this.error('Invalid control character at', j);
      const e = t[j + 1];
      if (e === undefined) throw this.error('Unterminated string starting at', begin);
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== 'u') {
        const s = simple[e];
        if (s === undefined) throw this.error('Invalid \\escape', j);
        out += s;
        i = j + 2;
        continue;
      }
      const cu = this.hex4(j + 2, j + 1);
      i = j + 6;
      if ((cu & 0xfc00) === 0xd800 && t[i] === '\\' && t[i + 1] === 'u') {
        const lo = this.hex4(i + 2, i + 1);
        if ((lo & 0xfc00) === 0xdc00) {
          out += String.fromCharCode(cu, lo);
          i += 6;
          continue;
        }
      }
      out += String.fromCharCode(cu);
    }
  }

  private hex4(at: number, escapePos: number): number {
    const h = this.text.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) throw this.error('Invalid \\uXXXX escape', escapePos);
    return parseInt(h, 16);
  }
}

/** Parse JSON text into the lossless model (Python's `json.loads`). Throws JsonDecodeError / PyError. */
export function parseJson(text: string): PyValue {
  return new JsonParser(text).parseDocument();
}

/** Decode the body of a JSON string literal (`"..."` included), as jmespath does for quoted identifiers. */
export function parseJsonString(text: string): string {
  const value = parseJson(text);
  if (typeof value !== 'string') throw new JsonDecodeError('Expecting value', text, 0);
  return value;
}
