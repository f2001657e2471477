/**
 * The in-memory backend (`portico serve --in-memory`, unit tests). Values are deep-copied on the
 * way in and out so that callers can never change stored state by mutating an object; a write
 * transaction works on an overlay that is merged only when its callback succeeds.
 */
import { Mutex } from '../mutex.js';
import type { CollectionName, Collections, Store, StoreTx } from '../store.js';

type Table = Map<string, Map<string, unknown>>; // scope -> id -> value (Map keeps insertion order)
const DELETED = Symbol('deleted');
type Pending = Map<string, unknown>; // `${collection}\0${scope}\0${id}` -> value | DELETED

const keyOf = (c: string, scope: string, id: string): string => `${c}\u0000${scope}\u0000${id}`;

export class MemoryStore implements Store {
  private readonly tables = new Map<CollectionName, Table>();
  private readonly mutex = new Mutex();
  private gen = 0;

  get generation(): number {
    return this.gen;
  }

  read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.mutex.run(() => fn(this.tx(undefined)));
  }

  write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      const pending: Pending = new Map();
      const result = await fn(this.tx(pending));
      if (pending.size > 0) {
        this.commit(pending);
        this.gen++;
      }
      return result;
    });
  }

  async close(): Promise<void> {}

  private table(c: CollectionName): Table {
    let t = this.tables.get(c);
    if (!t) this.tables.set(c, (t = new Map()));
    return t;
  }

  private commit(pending: Pending): void {
    for (const [key, value] of pending) {
      const [c, scope, id] = key.split('\u0000') as [CollectionName, string, string];
      const table = this.table(c);
      let rows = table.get(scope);
      if (value === DELETED) {
        rows?.delete(id);
        if (rows?.size === 0) table.delete(scope);
        continue;
      }
      if (!rows) table.set(scope, (rows = new Map()));
      rows.set(id, value);
    }
  }

  private tx(pending: Pending | undefined): StoreTx {
    const committed = (c: CollectionName, scope: string): Map<string, unknown> | undefined => this.table(c).get(scope);
    const readOne = (c: CollectionName, scope: string, id: string): unknown => {
      if (pending?.has(keyOf(c, scope, id))) {
        const v = pending.get(keyOf(c, scope, id));
        return v === DELETED ? undefined : v;
      }
      return committed(c, scope)?.get(id);
    };
    const writeOnly = (): Pending => {
      if (!pending) throw new Error('write inside a read transaction');
      return pending;
    };
    return {
      get: async <C extends CollectionName>(c: C, scope: string, id: string) => {
        const v = readOne(c, scope, id);
        return v === undefined ? undefined : (structuredClone(v) as Collections[C]);
      },
      list: async <C extends CollectionName>(c: C, scope: string) => {
        const ids = [...(committed(c, scope)?.keys() ?? [])];
        if (pending) {
          const prefix = keyOf(c, scope, '');
          for (const key of pending.keys()) {
            const id = key.slice(prefix.length);
            if (key.startsWith(prefix) && !ids.includes(id)) ids.push(id);
          }
        }
        const out: Collections[C][] = [];
        for (const id of ids) {
          const v = readOne(c, scope, id);
          if (v !== undefined) out.push(structuredClone(v) as Collections[C]);
        }
        return out;
      },
      put: async (c, scope, id, value) => {
        writeOnly().set(keyOf(c, scope, id), structuredClone(value));
      },
      delete: async (c, scope, id) => {
        const existed = readOne(c, scope, id) !== undefined;
        writeOnly().set(keyOf(c, scope, id), DELETED);
        return existed;
      },
      deleteScope: async (scope) => {
        const p = writeOnly();
        for (const [c, table] of this.tables) {
          for (const id of table.get(scope)?.keys() ?? []) p.set(keyOf(c, scope, id), DELETED);
        }
        for (const key of p.keys()) {
          const [, s] = key.split('\u0000');
          if (s === scope) p.set(key, DELETED);
        }
      },
    };
  }
}
