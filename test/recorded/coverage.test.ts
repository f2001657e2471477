/**
 * Every recording in shared/vectors/aws-recorded is accounted for: replayed by a `recordedTest`
 * in this folder, or listed in not-ported.ts with a reason. Keys are read from the test sources
 * (string literals, with `${CONST}` resolved from `const CONST = '...'` in the same file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VECTORS } from '../support/vectors.js';
import { NOT_PORTED } from './not-ported.js';

function recordingKeys(): string[] {
  const dir = join(VECTORS, 'aws-recorded');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.snapshot.json'))
    .flatMap((f) => Object.keys(JSON.parse(readFileSync(join(dir, f), 'utf8')) as object))
    .map((k) => k.replace('tests/aws/services/apigateway/', ''));
}

function portedKeys(): Set<string> {
  const keys = new Set<string>();
  const dir = import.meta.dirname;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    const consts = new Map([...source.matchAll(/const (\w+) = '([^']*)';/g)].map((m) => [m[1]!, m[2]!]));
    for (const m of source.matchAll(/recordedTest\(\s*([`'])([^`']+)\1/g)) {
      keys.add(m[2]!.replace(/\$\{(\w+)\}/g, (whole, name: string) => consts.get(name) ?? whole));
    }
  }
  return keys;
}

describe('recorded AWS tests: coverage', () => {
  const recordings = recordingKeys();
  const ported = portedKeys();

  it('finds the recordings and the ports', () => {
    expect(recordings.length).toBeGreaterThan(200);
    expect(ported.size).toBeGreaterThan(70);
  });

  it('accounts for every recording', () => {
    const unaccounted = recordings.filter((k) => !ported.has(k) && !NOT_PORTED.some(([re]) => re.test(k)));
    expect(unaccounted).toEqual([]);
  });

  it('does not list a ported recording as not ported, and ports only real recordings', () => {
    expect([...ported].filter((k) => NOT_PORTED.some(([re]) => re.test(k)))).toEqual([]);
    expect([...ported].filter((k) => !recordings.includes(k))).toEqual([]);
  });

  it('has no stale not-ported entries', () => {
    expect(NOT_PORTED.filter(([re]) => !recordings.some((k) => re.test(k))).map(([re]) => String(re))).toEqual([]);
  });
});
