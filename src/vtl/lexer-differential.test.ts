/**
 * Token-level differential test: our lexer against Velocity 1.7's own `ParserTokenManager`
 * (the Debian `velocity` jar that the reference model installs), on thousands of seeded random
 * strings over VTL's special characters. Kinds, images and the special-token chains must agree.
 * Skipped when Java or the jars are not installed (run `shared/tools/vtl-reference/run.sh` once).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TokenManager } from './lexer.js';
import { prng } from '../apigw-vtl/testing/template-gen.js';

const J = '/usr/share/java';
const JARS = ['velocity.jar', 'commons-lang.jar', 'commons-collections3.jar', 'json-smart.jar', 'accessors-smart.jar', 'asm.jar'].map((j) => join(J, j));
const available = JARS.every((j) => existsSync(j)) && (() => {
  try {
    execFileSync('javac', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const ATOMS = ['$', '#', '\\', '!', '{', '}', '(', ')', '[', ']', '.', '..', ',', ':', '"', "'", ' ', '\n', '\r\n', '\t', 'a', 'b', 'if', 'set', 'end', 'else',
  'elseif', 'foreach', 'in', 'macro', 'x-y', '1', '-2', '3.5', '1e3', 'true', 'false', '*', '#*', '*#', '##', '#[[', ']]#', '=', '==', '&&', '||', '<', '>=', '!=',
  'and', 'not', '@', '_', 'é', '#set(', '$a.b(', '$!{', '#{else}', "''", '""'];

function ourTokens(src: string): unknown[] {
  const tm = new TokenManager(src);
  const out: unknown[] = [];
  for (;;) {
    let t;
    try {
      t = tm.getNextToken();
    } catch {
      out.push('ERR');
      return out;
    }
    const specials: string[] = [];
    let s = t.special;
    while (s?.special) s = s.special;
    for (; s; s = s.next) {
      specials.push(s.image);
      if (s === t.special) break;
    }
    out.push([t.kind, t.kind === 0 ? '' : t.image, specials]);
    if (t.kind === 0) return out;
  }
}

it.runIf(!available)('Velocity jars are missing (skipped; required in CI)', () => {
  expect(process.env.CI).not.toBe('true');
});

describe.skipIf(!available)('lexer vs Velocity 1.7 ParserTokenManager', () => {
  it('tokenizes 4000 random strings identically', () => {
    const r = prng(7);
    const cases = Array.from({ length: 4000 }, () => Array.from({ length: 1 + Math.floor(r() * 16) }, () => ATOMS[Math.floor(r() * ATOMS.length)]).join(''));
    const dir = mkdtempSync(join(tmpdir(), 'vtl-lex-'));
    const here = dirname(fileURLToPath(import.meta.url));
    const cp = JARS.join(':');
    execFileSync('javac', ['-nowarn', '-cp', cp, '-d', dir, join(here, 'testing', 'LexBatch.java')], { stdio: 'ignore' });
    writeFileSync(join(dir, 'cases.txt'), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
    const lines = execFileSync('java', ['-cp', `${cp}:${dir}`, 'LexBatch', join(dir, 'cases.txt')], { maxBuffer: 1 << 28 }).toString().trim().split('\n');
    const eofImage = (x: unknown[]): unknown[] => x.map((t) => (Array.isArray(t) && t[0] === 0 ? [0, '', t[2]] : t));
    const mismatches = cases.filter((c, i) => JSON.stringify(ourTokens(c)) !== JSON.stringify(eofImage(JSON.parse(lines[i]) as unknown[])));
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
