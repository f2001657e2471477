/** Chooses the backend from the server options. */
import { join } from 'node:path';
import { MemoryStore } from './memory/memory-store.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export type StoreOptions = { inMemory?: boolean; stateDir?: string } & SqliteStoreOptions;

export const STATE_FILE = 'portico.sqlite';

export function openStore(options: StoreOptions): Store {
  if (options.inMemory) return new MemoryStore();
  return new SqliteStore(join(options.stateDir ?? '.portico', STATE_FILE), options);
}
