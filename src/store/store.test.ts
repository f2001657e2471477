import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from './memory/memory-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { storeContract } from './store.contract.js';

storeContract('memory', async () => ({ store: new MemoryStore(), cleanup: async () => {} }));

storeContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portico-store-'));
  const file = join(dir, 'state.sqlite');
  return {
    store: new SqliteStore(file),
    reopen: async () => new SqliteStore(file),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
