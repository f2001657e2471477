/**
 * The store: where everything the control plane creates is kept.
 *
 * One async interface, several backends (memory for tests and `--in-memory`, SQLite as the
 * embedded default), all checked by one contract suite (`store.contract.ts`). Entities live in
 * named collections; each entity has a scope (the REST API it belongs to, '' for account-level
 * entities such as REST APIs, VPC links, API keys and usage plans, or the usage plan for its keys)
 * and an id unique within collection and scope. Lists return entities in the order they were first
 * written.
 *
 * All access goes through transactions. `write` transactions are atomic and serialised: either all
 * of their changes become visible and durable, or (when the callback throws) none do.
 */
import type { ApiKey } from '../model/api-key.js';
import type { Authorizer } from '../model/authorizer.js';
import type { Deployment, ApiSnapshot, Stage } from '../model/deployment.js';
import type { DocumentationPart, DocumentationVersion } from '../model/documentation.js';
import type { GatewayResponse } from '../model/gateway-response.js';
import type { Model } from '../model/model.js';
import type { RequestValidator } from '../model/request-validator.js';
import type { ResourceRecord } from '../model/resource.js';
import type { RestApi } from '../model/rest-api.js';
import type { UsagePlan, UsagePlanKeyRecord } from '../model/usage-plan.js';
import type { VpcLink } from '../model/vpc-link.js';

export type Collections = {
  restApis: RestApi;
  resources: ResourceRecord;
  deployments: Deployment;
  snapshots: ApiSnapshot;
  stages: Stage;
  vpcLinks: VpcLink;
  /** Keyed by model name (models are addressed by name). */
  models: Model;
  requestValidators: RequestValidator;
  authorizers: Authorizer;
  /** Only the responses that were put, keyed by response type; the others are defaults. */
  gatewayResponses: GatewayResponse;
  documentationParts: DocumentationPart;
  /** Keyed by version name. */
  documentationVersions: DocumentationVersion;
  /** Account-level. */
  apiKeys: ApiKey;
  /** Account-level. */
  usagePlans: UsagePlan;
  /** Scope: the usage plan id; keyed by API key id. */
  usagePlanKeys: UsagePlanKeyRecord;
};
export type CollectionName = keyof Collections;
export const COLLECTIONS: readonly CollectionName[] = [
  'restApis',
  'resources',
  'deployments',
  'snapshots',
  'stages',
  'vpcLinks',
  'models',
  'requestValidators',
  'authorizers',
  'gatewayResponses',
  'documentationParts',
  'documentationVersions',
  'apiKeys',
  'usagePlans',
  'usagePlanKeys',
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
