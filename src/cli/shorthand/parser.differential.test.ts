/**
 * Differential test of the shorthand parser against the reference's own (`awscli.shorthand.
 * ShorthandParser` of /usr/bin/aws, run by /usr/bin/python3): thousands of generated inputs —
 * valid shorthand built from random values, then the same mutated, and random strings over an
 * adversarial alphabet (quotes, escapes, commas, brackets, whitespace of several kinds, unicode
 * beyond U+FFFF) — all sent through ONE python process. Each input must give the same value
 * (with key order), or both must fail with the same message (including the caret line).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShorthand, ShorthandParseError, type ShorthandValue } from './parser.js';

const PYTHON = '/usr/bin/python3';
const REFERENCE = `
import sys, json
from awscli.shorthand import ShorthandParser, ShorthandParseError
def enc(v):
    if isinstance(v, dict): return {"d": [[k, enc(x)] for k, x in v.items()]}
    if isinstance(v, list): return {"l": [enc(x) for x in v]}
    return v
out = []
for line in sys.stdin:
    s = json.loads(line)
    try:
        out.append({"ok": enc(ShorthandParser().parse(s))})
    except ShorthandParseError as e:
        out.append({"err": str(e)})
    except Exception as e:
        out.append({"exc": type(e).__name__})
sys.stdout.write(json.dumps(out))
`;

type Encoded = string | { d: [string, Encoded][] } | { l: Encoded[] };
type Outcome = { ok: Encoded } | { err: string } | { exc: string };

function enc(v: ShorthandValue): Encoded {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return { l: v.map(enc) };
  return { d: [...v].map(([k, x]) => [k, enc(x)] as [string, Encoded]) };
}

function ours(s: string): Outcome {
  try {
    return { ok: enc(parseShorthand(s)) };
  } catch (e) {
    if (e instanceof ShorthandParseError) return { err: e.message };
    return { exc: (e as Error).name };
  }
}

/** A small seeded PRNG (mulberry32), so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['a', 'op', 'path', 'value', 'b_1', 'x.y', '#k', 'a/b', 'k:1', 'Key-2', 'from'];
const WORD_CHARS = [...'abcXYZ019/-_.:~@!#$%&()*+;<>?^`|'];
const ODD = ['é', '中', '😀', '\u00a0', '\u2028', '\x1c', '\t', ' ', '\n', '\\', '\\,', "'", '"', ',', '=', '[', ']', '{', '}', '\u3000', '\uffff', '\u{10000}', 'ß', 'İ'];

function generate(count: number, seed: number): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const word = (): string => {
    let s = '';
    const n = 1 + Math.floor(r() * 6);
    for (let i = 0; i < n; i++) s += r() < 0.15 ? pick(ODD) : pick(WORD_CHARS);
    return s;
  };
  const quoted = (): string => {
    const q = r() < 0.5 ? "'" : '"';
    let s = '';
    const n = Math.floor(r() * 6);
    for (let i = 0; i < n; i++) {
      const c = r() < 0.3 ? pick(ODD) : pick(WORD_CHARS);
      s += c === q ? `\\${q}` : c;
    }
    return q + s + q;
  };
  const scalar = (): string => (r() < 0.3 ? quoted() : word());
  const value = (depth: number): string => {
    const x = r();
    if (depth < 3 && x < 0.15) return `[${Array.from({ length: Math.floor(r() * 4) }, () => value(depth + 1)).join(r() < 0.8 ? ',' : ' , ')}]`;
    if (depth < 3 && x < 0.3) return `{${Array.from({ length: Math.floor(r() * 3) }, () => `${pick(KEYS)}=${value(depth + 1)}`).join(',')}}`;
    if (x < 0.4) return `${scalar()},${scalar()}`;
    return scalar();
  };
  const valid = (): string => Array.from({ length: 1 + Math.floor(r() * 4) }, () => `${pick(KEYS)}${r() < 0.1 ? ' = ' : '='}${value(0)}`).join(r() < 0.9 ? ',' : ', ');
  const mutate = (s: string): string => {
    const chars = [...s];
    const n = 1 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) {
      const at = Math.floor(r() * (chars.length + 1));
      const op = r();
      if (op < 0.4) chars.splice(at, 0, pick(ODD));
      else if (op < 0.7) chars.splice(at, 1);
      else chars.splice(at, 0, pick([',', '=', "'", '"', '\\']));
    }
    return chars.join('');
  };
  const random = (): string => Array.from({ length: Math.floor(r() * 14) }, () => (r() < 0.5 ? pick(ODD) : pick([...WORD_CHARS, ...KEYS]))).join('');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = r();
    out.push(x < 0.4 ? valid() : x < 0.75 ? mutate(valid()) : random());
  }
  return out;
}

const FIXED = [
  'a=b',
  'a=b,c',
  'foo=a,b,c=d,e=f',
  "op='add',path='/requestTemplates/application~1json'",
  `op='replace',path='/x',value='{"example": "json"}'`,
  "value='2\\d{2}'",
  'value=http://example.com/{id}',
  "op='add,path=/x",
  'op',
  'a=b,a=c',
  'a={b=c,d=[e,f]}',
  'a=[{b=c},{d=e}]',
  'a=b\\,c',
  'a= b ,c= d ',
  'a=😀',
  '',
  '=',
  'a=[',
  'a={',
  'a=[b,',
  "a='\\\\'",
  'a="x\\"y"',
  'a=b,\nc=d',
  'a=b\n,c==d',
];

describe.skipIf(!existsSync(PYTHON))('shorthand parser vs awscli.shorthand (differential)', () => {
  const inputs = [...FIXED, ...generate(20000, 20240611)];
  it(`agrees on ${inputs.length} inputs`, () => {
    const proc = spawnSync(PYTHON, ['-c', REFERENCE], { input: inputs.map((s) => JSON.stringify(s)).join('\n') + '\n', encoding: 'utf8', maxBuffer: 256 << 20 });
    expect(proc.status, proc.stderr).toBe(0);
    const reference = JSON.parse(proc.stdout) as Outcome[];
    expect(reference.length).toBe(inputs.length);
    const mismatches: { input: string; reference: Outcome; portico: Outcome }[] = [];
    let ok = 0;
    let failed = 0;
    inputs.forEach((input, i) => {
      const mine = ours(input);
      const theirs = reference[i]!;
      if ('ok' in theirs) ok++;
      else failed++;
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) mismatches.push({ input, reference: theirs, portico: mine });
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    // Both kinds of outcome are well represented.
    expect(ok).toBeGreaterThan(1000);
    expect(failed).toBeGreaterThan(1000);
    console.log(`shorthand differential: ${inputs.length} inputs, ${ok} parsed, ${failed} failed, 0 mismatches`);
  });
});
