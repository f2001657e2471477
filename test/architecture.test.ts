/**
 * The import graph follows shared/design/architecture.md: dependencies point one way, and the
 * folder tree shows the architecture. Each top-level folder of src/ may import only the folders
 * listed for it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/vectors.js';

const SRC = join(PROJECT_ROOT, 'src');

const ALLOWED: Record<string, readonly string[]> = {
  shared: [],
  errors: ['shared'],
  'aws-model': ['shared'],
  model: ['shared', 'errors'],
  patch: ['shared', 'errors', 'model'],
  store: ['shared', 'model'],
  vtl: ['shared'],
  'apigw-vtl': ['shared', 'vtl'],
  'control-plane': ['shared', 'errors', 'aws-model', 'model', 'patch', 'store'],
  'data-plane': ['shared', 'errors', 'model', 'store', 'vtl', 'apigw-vtl'],
  cli: ['shared', 'aws-model'],
  functions: ['shared'],
  server: ['shared', 'errors', 'store', 'control-plane', 'data-plane', 'functions'],
  tools: ['shared', 'data-plane'],
  '.': ['server', 'cli', 'tools'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.contract.ts') ? [p] : [];
  });
}

const topOf = (file: string): string => {
  const rel = relative(SRC, file).split('/');
  return rel.length === 1 ? '.' : rel[0]!;
};

describe('architecture', () => {
  it('keeps dependencies pointing one way', () => {
    const violations: string[] = [];
    for (const file of files(SRC)) {
      const from = topOf(file);
      const allowed = ALLOWED[from];
      if (!allowed) {
        violations.push(`${relative(SRC, file)}: folder ${from} is not in the architecture`);
        continue;
      }
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/(?:\bfrom\s+|\bimport\s+|\bimport\(\s*)['"](\.[^'"]+)['"]/g)) {
        const spec = m[1]!;
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(SRC)) continue;
        const to = topOf(target);
        if (to !== from && !allowed.includes(to)) violations.push(`${relative(SRC, file)} imports ${to} (${spec})`);
      }
    }
    expect(violations).toEqual([]);
  });
});
