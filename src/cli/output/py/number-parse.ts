/**
 * Python's `int(str)` and `float(str)`, which jmespath's `to_number` tries in that order:
 * surrounding Unicode whitespace is ignored, decimal digits of any script count
 * (`'١٢'` is 12), `_` may separate digits (`'1_000'`), `float` accepts `inf`, `infinity` and `nan`
 * in any case, and base prefixes (`0x1A`) are rejected. Python 3.11 also refuses to convert more
 * than 4300 digits to an int (`int()` fails, so `to_number` falls back to `float()`).
 */
import { decimalValue, isPySpace } from '../unicode/tables.js';
import { INT_MAX_STR_DIGITS } from './errors.js';

/**
 * `_PyUnicode_TransformDecimalAndSpaceToASCII` followed by strip(): digits of any script become
 * ASCII, other non-ASCII characters make the text invalid (null).
 */
function toAsciiStripped(s: string): string | null {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isPySpace(cp)) out += ' ';
    else if (cp < 0x80) out += ch;
    else {
      const d = decimalValue(cp);
      if (d < 0) return null;
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out.replace(/^[ \t\n\v\f\r\x1c-\x1f]+|[ \t\n\v\f\r\x1c-\x1f]+$/g, '');
}

const INT_RE = /^[+-]?[0-9](?:_?[0-9])*$/;

/** `int(s)` for a str, or null where Python raises ValueError. */
export function pyIntFromString(s: string): bigint | null {
  const t = toAsciiStripped(s);
  if (t === null || !INT_RE.test(t)) return null;
  const digits = t.replace(/[+_-]/g, '');
  if (digits.length > INT_MAX_STR_DIGITS) return null;
  return BigInt(t.replace(/_/g, ''));
}

const FLOAT_RE = /^[+-]?(?:(?:[0-9](?:_?[0-9])*)(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** `float(s)` for a str, or null where Python raises ValueError. */
export function pyFloatFromString(s: string): number | null {
  const t = toAsciiStripped(s);
  if (t === null) return null;
  const special = SPECIAL_RE.exec(t);
  if (special) {
    const neg = special[1] === '-';
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return neg ? -Infinity : Infinity;
  }
  if (!FLOAT_RE.test(t)) return null;
  return Number(t.replace(/_/g, ''));
}
