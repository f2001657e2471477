/** Where the shared reference material lives: beside the project root (`../shared`). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHARED = process.env.PORTICO_SHARED ?? resolve(PROJECT_ROOT, '..', 'shared');
export const VECTORS = join(SHARED, 'vectors');

export function readVector<T>(relative: string): T {
  const file = join(VECTORS, relative);
  if (!existsSync(file)) throw new Error(`missing reference vector ${file} (is ../shared beside the project?)`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
