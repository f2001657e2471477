/**
 * Unicode properties exactly as the reference's Python 3.11 (Unicode 14.0.0) sees them. The AWS
 * CLI measures table cells with `unicodedata.east_asian_width` (W, F and A count two columns),
 * escapes with `repr()` what `str.isprintable()` rejects, parses `to_number` with `int()`/`float()`
 * (any script's decimal digits, Unicode whitespace) and upper-cases text identifiers with
 * `str.upper()`. Node's ICU is a newer Unicode, so the data comes from generate-tables.py.
 */
import {
  DECIMAL_ZEROS,
  NON_PRINTABLE_RANGES,
  SPACES,
  UPPER_MULTI,
  UPPER_RUNS,
  WIDE_RANGES,
} from './tables.generated.js';

type Ranges = { readonly starts: Uint32Array; readonly ends: Uint32Array };

function decodeRanges(encoded: string): Ranges {
  const parts = encoded.split(',');
  const starts = new Uint32Array(parts.length);
  const ends = new Uint32Array(parts.length);
  let prev = 0;
  parts.forEach((part, i) => {
    const [gap, len] = part.split('.');
    const start = prev + parseInt(gap!, 36);
    starts[i] = start;
    ends[i] = start + parseInt(len!, 36);
    prev = ends[i]!;
  });
  return { starts, ends };
}

function inRanges(r: Ranges, cp: number): boolean {
  let lo = 0;
  let hi = r.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r.starts[mid]!) hi = mid - 1;
    else if (cp > r.ends[mid]!) lo = mid + 1;
    else return true;
  }
  return false;
}

const wide = decodeRanges(WIDE_RANGES);
const nonPrintable = decodeRanges(NON_PRINTABLE_RANGES);
const spaces = new Set(SPACES.split(',').map((s) => parseInt(s, 36)));
const decimalZeros = DECIMAL_ZEROS.split(',').map((s) => parseInt(s, 36));

const upperMap = new Map<number, string>();
{
  let prev = 0;
  for (const part of UPPER_RUNS.split(',')) {
    const [gap, count, step, delta] = part.split('.');
    const start = prev + parseInt(gap!, 36);
    const d = delta!.startsWith('-') ? -parseInt(delta!.slice(1), 36) : parseInt(delta!, 36);
    const n = parseInt(count!, 36);
    const st = parseInt(step!, 36);
    for (let i = 0; i < n; i++) upperMap.set(start + i * st, String.fromCodePoint(start + i * st + d));
    prev = start;
  }
  for (const part of UPPER_MULTI.split(',')) {
    const [cp, ...chars] = part.split('.').map((s) => parseInt(s, 36));
    upperMap.set(cp!, String.fromCodePoint(...chars));
  }
}

/** `unicodedata.east_asian_width(ch) in 'WFA'` (unassigned code points included, as Python 3.11 reports them). */
export function isWide(cp: number): boolean {
  return inRanges(wide, cp);
}

/** `str.isprintable()` for one code point (false for Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space). */
export function isPrintable(cp: number): boolean {
  return !inRanges(nonPrintable, cp);
}

/** `Py_UNICODE_ISSPACE`: what `str.strip()`, `str.isspace()`, `int()` and `float()` treat as whitespace. */
export function isPySpace(cp: number): boolean {
  return spaces.has(cp);
}

/** `unicodedata.decimal(ch, -1)`: 0-9 for a decimal digit of any script, else -1. */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x660) return -1;
  let lo = 0;
  let hi = decimalZeros.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const z = decimalZeros[mid]!;
    if (cp < z) hi = mid - 1;
    else if (cp > z + 9) lo = mid + 1;
    else return cp - z;
  }
  return -1;
}

/** Python's `str.upper()` (full case mapping, so `ß` becomes `SS`). */
export function pyUpper(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += cp >= 0x61 && cp <= 0x7a ? String.fromCharCode(cp - 32) : ch;
    else out += upperMap.get(cp) ?? ch;
  }
  return out;
}
