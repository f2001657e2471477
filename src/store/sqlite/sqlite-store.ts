/**
 * The embedded default backend: one SQLite file (better-sqlite3) in WAL mode.
 *
 * Durability: every write transaction is committed before the caller's response is sent. With
 * `synchronous=NORMAL` in WAL mode a committed transaction survives the death of the process
 * (kill -9) — it is in the WAL file — though not necessarily a power failure; `durability: 'full'`
 * selects `synchronous=FULL` for that (about 9x slower here; see docs/decisions.md).
 *
 * better-sqlite3 is synchronous and this process owns the one connection, so transactions are
 * serialised with a mutex: the callback may await, yet no other transaction can interleave.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Mutex } from '../mutex.js';
import type { CollectionName, Collections, Store, StoreTx } from '../store.js';
import { MIGRATIONS } from './migrations.js';

export type SqliteStoreOptions = { durability?: 'normal' | 'full' };

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly mutex = new Mutex();
  private seq: number;
  private gen = 0;
  private closed = false;
  private readonly stmt;

  constructor(file: string, options: SqliteStoreOptions = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.stmt = {
      get: this.db.prepare<[string, string, string], { doc: string }>(
        'SELECT doc FROM entities WHERE collection = ? AND scope = ? AND id = ?',
      ),
      list: this.db.prepare<[string, string], { doc: string }>(
        'SELECT doc FROM entities WHERE collection = ? AND scope = ? ORDER BY seq',
      ),
      put: this.db.prepare<[string, string, string, number, string]>(
        `INSERT INTO entities (collection, scope, id, seq, doc) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (collection, scope, id) DO UPDATE SET doc = excluded.doc`,
      ),
      delete: this.db.prepare<[string, string, string]>('DELETE FROM entities WHERE collection = ? AND scope = ? AND id = ?'),
      deleteScope: this.db.prepare<[string]>('DELETE FROM entities WHERE scope = ?'),
      begin: this.db.prepare('BEGIN IMMEDIATE'),
      commit: this.db.prepare('COMMIT'),
      rollback: this.db.prepare('ROLLBACK'),
    };
    const row = this.db.prepare('SELECT max(seq) AS seq FROM entities').get() as { seq: number | null };
    this.seq = row.seq ?? 0;
  }

  get generation(): number {
    return this.gen;
  }

  read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.mutex.run(() => {
      this.assertOpen();
      return fn(this.tx(false));
    });
  }

  write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      this.assertOpen();
      const seqBefore = this.seq;
      this.stmt.begin.run();
      try {
        const result = await fn(this.tx(true));
        this.stmt.commit.run();
        this.gen++;
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.stmt.rollback.run();
        this.seq = seqBefore;
        throw err;
      }
    });
  }

  close(): Promise<void> {
    return this.mutex.run(async () => {
      if (this.closed) return;
      this.closed = true;
      this.db.close();
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('store is closed');
  }

  private tx(writable: boolean): StoreTx {
    const s = this.stmt;
    const writeOnly = (): void => {
      if (!writable) throw new Error('write inside a read transaction');
    };
    return {
      get: async <C extends CollectionName>(c: C, scope: string, id: string) => {
        const row = s.get.get(c, scope, id);
        return row === undefined ? undefined : (JSON.parse(row.doc) as Collections[C]);
      },
      list: async <C extends CollectionName>(c: C, scope: string) =>
        s.list.all(c, scope).map((row) => JSON.parse(row.doc) as Collections[C]),
      put: async (c, scope, id, value) => {
        writeOnly();
        s.put.run(c, scope, id, ++this.seq, JSON.stringify(value));
      },
      delete: async (c, scope, id) => {
        writeOnly();
        return s.delete.run(c, scope, id).changes > 0;
      },
      deleteScope: async (scope) => {
        writeOnly();
        s.deleteScope.run(scope);
      },
    };
  }
}

function migrate(db: Database.Database): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  if (applied > MIGRATIONS.length) {
    throw new Error(`state was written by a newer Portico (schema ${applied}, this one knows ${MIGRATIONS.length})`);
  }
  for (let i = applied; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]!);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}
