/**
 * Seeded generators for differential tests: JSON documents (as text, so floats such as `1.0`,
 * `-0.0`, `1e+20` and big integers reach both sides untouched) and JMESPath expressions, valid
 * and deliberately broken. Shapes and strings lean on what trips YAML, text and table output.
 */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const FLOATS = ['1.0', '2.5', '-0.0', '0.0', '0.1', '0.2', '1e20', '1.5e-7', '3.14', '100.0', '1e16', '1e15', '-2.75', '1e-5', '0.0001', '1E400', '2e308'];
const INTS = ['0', '1', '-1', '2', '3', '10', '42', '-7', '12345678901234567890', '9007199254740993', '-0'];
const STRINGS = [
  '', 'a', 'b', 'abc', 'ABC', 'Zebra', 'é', 'É', '😀', '日本語', '！', 'ß', 'ﬁ', '123', '1.5', '1_000', '0x1A', ' 12 ', '١٢', 'true',
  'True', 'null', 'Null', '~', 'yes', 'no', 'on', 'inf', 'nan', '.5', '1e3', '<<', '=', '---', '...', '--- x', '-', '- x', 'x -', '?',
  '? x', ':', ': x', 'a: b', 'a:b', 'x:', '#', 'a #b', 'a#b', ',x', 'x,y', '[x]', '{x}', '*x', '&x', '!x', '|x', '>x', "'x'", '"x"',
  '%x', '@x', '`x', "it's", 'q"q', 'a\\b', 'trailing ', ' leading', 'a  b', 'multi\nline', 'end\n', '\nstart', 'a\n\nb', 'x \ny',
  'tab\there', 'cr\r\nlf', 'del\x7f', 'nel\x85x', 'ls\u2028x', 'bom\ufeff', 'nbsp\u00a0x', 'ctrl\x01', '2023-01-01', '2023-01-01T12:34:56Z',
  '2001-12-14 21:59:43.10 -5', '1:30', '0o17', '0b101', '+1', '-.inf', '.NaN', 'Ⅻ', 'ǅ', 'ŉ', 'arn:aws:lambda:us-east-1:123456789012:function:x',
  'word '.repeat(20), 'x'.repeat(130), 'long line with many words that goes past the eighty character limit for sure yes and more words here',
  'key: value '.repeat(9), 'a  b  '.repeat(16), 'é'.repeat(45) + ' ' + 'é'.repeat(45), '😀 '.repeat(30),
];
const KEYS = ['a', 'b', 'c', 'foo', 'bar', 'baz', 'name', 'id', 'items', 'tags', 'A', 'é', '10', '2', '__proto__', 'with space', 'x-y', '', 'k'.repeat(129), 'a\nb', 'ß'];
const CHARS = [...'abcxyz ABC019_-.:#,[]{}?&*!|>\'"%@`\\\t\n\réß日😀\u00a0\u2028\x7f'];

function randomString(rng: Rng): string {
  if (rng.chance(0.75)) return rng.pick(STRINGS);
  let s = '';
  const n = rng.int(0, 12);
  for (let i = 0; i < n; i++) s += rng.pick(CHARS);
  return s;
}

function randomFloat(rng: Rng): string {
  if (rng.chance(0.6)) return rng.pick(FLOATS);
  const buf = new DataView(new ArrayBuffer(8));
  buf.setUint32(0, Math.floor(rng.next() * 2 ** 32));
  buf.setUint32(4, Math.floor(rng.next() * 2 ** 32));
  const x = rng.chance(0.5) ? buf.getFloat64(0) : (rng.next() - 0.5) * 10 ** rng.int(-8, 22);
  if (!Number.isFinite(x)) return '1.0';
  const s = String(x);
  return /[.e]/.test(s) ? s : s + '.0';
}

export const jsonStr = (s: string): string => JSON.stringify(s);

export type DocOptions = { readonly maxDepth?: number; readonly specials?: boolean };

/** A random JSON document (text). */
export function randomDoc(rng: Rng, depth = 0, opts: DocOptions = {}): string {
  const maxDepth = opts.maxDepth ?? 4;
  const container = depth < maxDepth && rng.chance(depth === 0 ? 0.9 : 0.45);
  if (container) {
    const n = rng.int(0, 4);
    if (rng.chance(0.5)) return '[' + Array.from({ length: n }, () => randomDoc(rng, depth + 1, opts)).join(', ') + ']';
    const entries = Array.from({ length: n }, () => `${jsonStr(rng.chance(0.85) ? rng.pick(KEYS) : randomString(rng))}: ${randomDoc(rng, depth + 1, opts)}`);
    return '{' + entries.join(', ') + '}';
  }
  const r = rng.next();
  if (r < 0.08) return 'null';
  if (r < 0.16) return rng.pick(['true', 'false']);
  if (r < 0.34) return rng.pick(INTS);
  if (r < 0.46) return opts.specials && rng.chance(0.05) ? rng.pick(['NaN', 'Infinity', '-Infinity']) : randomFloat(rng);
  return jsonStr(randomString(rng));
}

/** A random list of maps, the shape paginated API Gateway responses have. */
export function randomRecords(rng: Rng): string {
  const keys = Array.from({ length: rng.int(1, 5) }, () => rng.pick(KEYS.slice(0, 12)));
  const rows = Array.from({ length: rng.int(1, 4) }, () => {
    const entries = keys.filter(() => rng.chance(0.8)).map((k) => `${jsonStr(k)}: ${randomDoc(rng, 2, { maxDepth: 3 })}`);
    return '{' + entries.join(', ') + '}';
  });
  return `{"items": [${rows.join(', ')}], "position": ${jsonStr(randomString(rng))}}`;
}
