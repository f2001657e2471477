/**
 * The store: where everything the control plane creates is kept.
 *
 * One async interface, several backends (memory for tests and `--in-memory`, SQLite as the
 * embedded default), all checked by one contract suite (`store.contract.ts`). Entities live in
 * named collections; each entity has a scope (the REST API it belongs to, or '' for account-level
 * entities such as REST APIs and VPC links) and an id unique within collection and scope. Lists
 * return entities in the order they were first written, which is the order AWS lists them in.
 *
 * All access goes through transactions. `write` transactions are atomic and serialised: either all
 * of their changes become visible and durable, or (when the callback throws) none do.
 */
import type { Deployment, ApiSnapshot, Stage } from '../model/deployment.js';
import type { ResourceRecord } from '../model/resource.js';
import type { RestApi } from '../model/rest-api.js';
import type { VpcLink } from '../model/vpc-link.js';

export type Collections = {
  restApis: RestApi;
  resources: ResourceRecord;
  deployments: Deployment;
  snapshots: ApiSnapshot;
  stages: Stage;
  vpcLinks: VpcLink;
};
export type CollectionName = keyof Collections;
export const COLLECTIONS: readonly CollectionName[] = [
  'restApis',
  'resources',
  'deployments',
  'snapshots',
  'stages',
  'vpcLinks',
];

/** Scope of account-level entities. */
export const ACCOUNT_SCOPE = '';

export interface StoreTx {
  get<C extends CollectionName>(collection: C, scope: string, id: string): Promise<Collections[C] | undefined>;
  /** Every entity of the collection in the scope, in first-write order. */
  list<C extends CollectionName>(collection: C, scope: string): Promise<Collections[C][]>;
  /** Inserts or replaces; a replaced entity keeps its place in the list order. */
  put<C extends CollectionName>(collection: C, scope: string, id: string, value: Collections[C]): Promise<void>;
  delete(collection: CollectionName, scope: string, id: string): Promise<boolean>;
  /** Deletes every entity of every collection in the scope (a REST API and all it holds). */
  deleteScope(scope: string): Promise<void>;
}

export interface Store {
  read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** Increases with every committed write; lets readers cache derived data. */
  readonly generation: number;
  close(): Promise<void>;
}
