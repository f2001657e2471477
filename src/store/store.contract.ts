/**
 * The contract every Store backend passes (convention 5 of shared/design/architecture.md).
 * `store.test.ts` runs it against each backend; a new backend adds one line there.
 */
import { describe, expect, it } from 'vitest';
import type { RestApi } from '../model/rest-api.js';
import type { VpcLink } from '../model/vpc-link.js';
import { ACCOUNT_SCOPE, type Store } from './store.js';

export type StoreFactory = () => Promise<{ store: Store; reopen?: () => Promise<Store>; cleanup: () => Promise<void> }>;

const api = (id: string, name = id): RestApi => ({
  id,
  name,
  createdDate: 1_700_000_000,
  apiKeySource: 'HEADER',
  endpointConfiguration: { types: ['EDGE'], ipAddressType: 'ipv4' },
  disableExecuteApiEndpoint: false,
  rootResourceId: `root${id}`,
});
const link = (id: string): VpcLink => ({ id, name: id, targetArns: ['arn:x'], status: 'AVAILABLE' });

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    const withStore = (fn: (store: Store, reopen?: () => Promise<Store>) => Promise<void>) => async () => {
      const { store, reopen, cleanup } = await factory();
      try {
        await fn(store, reopen);
      } finally {
        await store.close();
        await cleanup();
      }
    };

    it(
      'returns what was put, and undefined for what was not',
      withStore(async (store) => {
        await store.write((tx) => tx.put('restApis', ACCOUNT_SCOPE, 'a', api('a')));
        expect(await store.read((tx) => tx.get('restApis', ACCOUNT_SCOPE, 'a'))).toEqual(api('a'));
        expect(await store.read((tx) => tx.get('restApis', ACCOUNT_SCOPE, 'b'))).toBeUndefined();
        expect(await store.read((tx) => tx.get('vpcLinks', ACCOUNT_SCOPE, 'a'))).toBeUndefined();
        expect(await store.read((tx) => tx.get('restApis', 'other-scope', 'a'))).toBeUndefined();
      }),
    );

    it(
      'lists in first-write order; a replaced entity keeps its place',
      withStore(async (store) => {
        for (const id of ['z', 'a', 'm']) await store.write((tx) => tx.put('restApis', ACCOUNT_SCOPE, id, api(id)));
        await store.write((tx) => tx.put('restApis', ACCOUNT_SCOPE, 'z', api('z', 'renamed')));
        const listed = await store.read((tx) => tx.list('restApis', ACCOUNT_SCOPE));
        expect(listed.map((a) => a.id)).toEqual(['z', 'a', 'm']);
        expect(listed[0]!.name).toBe('renamed');
      }),
    );

    it(
      'keeps collections and scopes apart',
      withStore(async (store) => {
        await store.write(async (tx) => {
          await tx.put('vpcLinks', ACCOUNT_SCOPE, 'x', link('x'));
          await tx.put('restApis', ACCOUNT_SCOPE, 'x', api('x'));
          await tx.put('resources', 'api1', 'r', { id: 'r', resourceMethods: {} });
          await tx.put('resources', 'api2', 'r', { id: 'r', pathPart: 'two', resourceMethods: {} });
        });
        expect(await store.read((tx) => tx.list('vpcLinks', ACCOUNT_SCOPE))).toEqual([link('x')]);
        expect((await store.read((tx) => tx.get('resources', 'api2', 'r')))?.pathPart).toBe('two');
        expect((await store.read((tx) => tx.get('resources', 'api1', 'r')))?.pathPart).toBeUndefined();
      }),
    );

    it(
      'deletes one entity and reports whether it existed',
      withStore(async (store) => {
        await store.write((tx) => tx.put('vpcLinks', ACCOUNT_SCOPE, 'x', link('x')));
        expect(await store.write((tx) => tx.delete('vpcLinks', ACCOUNT_SCOPE, 'x'))).toBe(true);
        expect(await store.write((tx) => tx.delete('vpcLinks', ACCOUNT_SCOPE, 'x'))).toBe(false);
        expect(await store.read((tx) => tx.list('vpcLinks', ACCOUNT_SCOPE))).toEqual([]);
      }),
    );

    it(
      'deletes a whole scope, in every collection, and nothing else',
      withStore(async (store) => {
        await store.write(async (tx) => {
          await tx.put('resources', 'api1', 'r1', { id: 'r1', resourceMethods: {} });
          await tx.put('stages', 'api1', 's', {
            stageName: 's',
            deploymentId: 'd',
            cacheClusterEnabled: false,
            cacheClusterStatus: 'NOT_AVAILABLE',
            methodSettings: {},
            tracingEnabled: false,
            createdDate: 1,
            lastUpdatedDate: 1,
          });
          await tx.put('resources', 'api2', 'r2', { id: 'r2', resourceMethods: {} });
        });
        await store.write(async (tx) => {
          await tx.put('resources', 'api1', 'r3', { id: 'r3', resourceMethods: {} });
          await tx.deleteScope('api1');
        });
        expect(await store.read((tx) => tx.list('resources', 'api1'))).toEqual([]);
        expect(await store.read((tx) => tx.list('stages', 'api1'))).toEqual([]);
        expect(await store.read((tx) => tx.list('resources', 'api2'))).toHaveLength(1);
      }),
    );

    it(
      'sees its own writes inside a transaction, before commit',
      withStore(async (store) => {
        await store.write(async (tx) => {
          await tx.put('restApis', ACCOUNT_SCOPE, 'a', api('a'));
          expect(await tx.get('restApis', ACCOUNT_SCOPE, 'a')).toEqual(api('a'));
          expect((await tx.list('restApis', ACCOUNT_SCOPE)).map((a) => a.id)).toEqual(['a']);
          await tx.delete('restApis', ACCOUNT_SCOPE, 'a');
          expect(await tx.get('restApis', ACCOUNT_SCOPE, 'a')).toBeUndefined();
          expect(await tx.list('restApis', ACCOUNT_SCOPE)).toEqual([]);
        });
      }),
    );

    it(
      'rolls back every change of a transaction whose callback throws',
      withStore(async (store) => {
        await store.write((tx) => tx.put('restApis', ACCOUNT_SCOPE, 'keep', api('keep')));
        const generation = store.generation;
        await expect(
          store.write(async (tx) => {
            await tx.put('restApis', ACCOUNT_SCOPE, 'new', api('new'));
            await tx.put('restApis', ACCOUNT_SCOPE, 'keep', api('keep', 'changed'));
            await tx.deleteScope('whatever');
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await store.read((tx) => tx.list('restApis', ACCOUNT_SCOPE))).toEqual([api('keep')]);
        expect(store.generation).toBe(generation);
        await store.write((tx) => tx.put('restApis', ACCOUNT_SCOPE, 'after', api('after')));
        expect((await store.read((tx) => tx.list('restApis', ACCOUNT_SCOPE))).map((a) => a.id)).toEqual(['keep', 'after']);
      }),
    );

    it(
      'hands out copies: changing a returned or written object changes nothing stored',
      withStore(async (store) => {
        const value = api('a');
        await store.write((tx) => tx.put('restApis', ACCOUNT_SCOPE, 'a', value));
        value.name = 'mutated after put';
        const got = await store.read((tx) => tx.get('restApis', ACCOUNT_SCOPE, 'a'));
        got!.name = 'mutated after get';
        expect((await store.read((tx) => tx.get('restApis', ACCOUNT_SCOPE, 'a')))!.name).toBe('a');
      }),
    );

    it(
      'serialises write transactions: concurrent read-modify-write loses no update',
      withStore(async (store) => {
        await store.write((tx) => tx.put('vpcLinks', ACCOUNT_SCOPE, 'c', { ...link('c'), name: '0' }));
        await Promise.all(
          Array.from({ length: 50 }, () =>
            store.write(async (tx) => {
              const current = await tx.get('vpcLinks', ACCOUNT_SCOPE, 'c');
              await new Promise((r) => setImmediate(r));
              await tx.put('vpcLinks', ACCOUNT_SCOPE, 'c', { ...current!, name: String(Number(current!.name) + 1) });
            }),
          ),
        );
        expect((await store.read((tx) => tx.get('vpcLinks', ACCOUNT_SCOPE, 'c')))!.name).toBe('50');
      }),
    );

    it(
      'refuses writes inside a read transaction',
      withStore(async (store) => {
        await expect(store.read((tx) => tx.put('vpcLinks', ACCOUNT_SCOPE, 'x', link('x')))).rejects.toThrow();
        expect(await store.read((tx) => tx.list('vpcLinks', ACCOUNT_SCOPE))).toEqual([]);
      }),
    );

    it(
      'counts committed writes in generation',
      withStore(async (store) => {
        const before = store.generation;
        await store.write((tx) => tx.put('vpcLinks', ACCOUNT_SCOPE, 'x', link('x')));
        await store.read((tx) => tx.list('vpcLinks', ACCOUNT_SCOPE));
        expect(store.generation).toBeGreaterThan(before);
      }),
    );

    it(
      'keeps committed state across close and reopen (durable backends)',
      withStore(async (store, reopen) => {
        if (!reopen) return;
        await store.write(async (tx) => {
          await tx.put('restApis', ACCOUNT_SCOPE, 'b', api('b'));
          await tx.put('restApis', ACCOUNT_SCOPE, 'a', api('a'));
        });
        await store.close();
        const again = await reopen();
        try {
          expect((await again.read((tx) => tx.list('restApis', ACCOUNT_SCOPE))).map((a) => a.id)).toEqual(['b', 'a']);
          await again.write((tx) => tx.put('restApis', ACCOUNT_SCOPE, 'c', api('c')));
          expect((await again.read((tx) => tx.list('restApis', ACCOUNT_SCOPE))).map((a) => a.id)).toEqual(['b', 'a', 'c']);
        } finally {
          await again.close();
        }
      }),
    );
  });
}
