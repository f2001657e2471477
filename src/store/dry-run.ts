/**
 * A view of a store in which write transactions run fully — reads, checks, writes — and are then
 * rolled back: the caller gets the result the write would have had, and nothing changes. Serves
 * `portico apigateway update-integration --dry-run` (header `x-portico-dry-run: true`).
 */
import type { Store, StoreTx } from './store.js';

const ROLLBACK = Symbol('dry-run rollback');

export function dryRunStore(store: Store): Store {
  return {
    read: (fn) => store.read(fn),
    write: async <T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> => {
      let result: { value: T } | undefined;
      try {
        await store.write(async (tx) => {
          result = { value: await fn(tx) };
          throw ROLLBACK;
        });
      } catch (err) {
        if (err !== ROLLBACK) throw err;
      }
      return result!.value;
    },
    get generation() {
      return store.generation;
    },
    close: () => store.close(),
  };
}
