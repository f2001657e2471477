/**
 * GetResources, GetResource, CreateResource, DeleteResource
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateResource.html).
 *
 * Resources form a tree under the root `/`. A path part is a literal, `{var}` or a greedy
 * `{var+}`; a greedy resource has no children and at most one variable path part exists among
 * siblings. Without `embed=methods` each method shows as `{}` [recorded]; with it, in full.
 * Deleting a resource deletes its descendants.
 */
import type {
  CreateResourceRequest,
  DeleteResourceRequest,
  GetResourceRequest,
  GetResourcesRequest,
  UpdateResourceRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, ConflictException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { Method } from '../../model/method.js';
import {
  isGreedyPathPart,
  isVariablePathPart,
  resourcePaths,
  type Resource,
  type ResourceRecord,
} from '../../model/resource.js';
import { applyPatch } from '../../patch/engine.js';
import { resourceRules } from '../../patch/rules/resource.rules.js';
import { newResourceId } from '../../shared/ids.js';
import { setOwn } from '../../shared/objects.js';
import type { StoreTx } from '../../store/store.js';
import { requireResource } from '../lookup.js';
import { operation } from '../operation.js';
import { paginate } from '../paginate.js';

/** The wire form of one resource; `embed` includes full methods instead of `{}` placeholders. */
export function resourceView(record: ResourceRecord, path: string, embed: boolean): Resource {
  const methods = Object.entries(record.resourceMethods);
  const view: Resource = {
    id: record.id,
    ...(record.parentId !== undefined && { parentId: record.parentId }),
    ...(record.pathPart !== undefined && { pathPart: record.pathPart }),
    path,
  };
  if (methods.length > 0) {
    const out: Record<string, Method> = {};
    for (const [name, method] of methods) setOwn(out, name, embed ? method : ({} as Method));
    view.resourceMethods = out;
  }
  return view;
}

const wantsMethods = (embed: string[] | undefined): boolean =>
  (embed ?? []).some((e) => e.split(',').some((part) => part.trim() === 'methods'));

async function apiResources(tx: StoreTx, restApiId: string): Promise<{ records: ResourceRecord[]; paths: Map<string, string> }> {
  const records = await tx.list('resources', restApiId);
  return { records, paths: resourcePaths(records) };
}

export const getResources = operation<GetResourcesRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    const restApiId = input.restApiId!;
    await requireApiForResources(tx, restApiId);
    const { records, paths } = await apiResources(tx, restApiId);
    const embed = wantsMethods(input.embed);
    const views = records.map((r) => resourceView(r, paths.get(r.id)!, embed));
    return paginate(views, (v) => v.id, input.position, input.limit);
  }),
);

export const getResource = operation<GetResourceRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    const record = await requireResource(tx, input.restApiId!, input.resourceId!);
    const { paths } = await apiResources(tx, input.restApiId!);
    return resourceView(record, paths.get(record.id)!, wantsMethods(input.embed));
  }),
);

export const createResource = operation<CreateResourceRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const parent = await requireResource(tx, restApiId, input.parentId!);
    const pathPart = input.pathPart!;
    const { records, paths } = await apiResources(tx, restApiId);
    checkPlacement(records, parent, pathPart, undefined);
    const record: ResourceRecord = { id: newResourceId(), parentId: parent.id, pathPart, resourceMethods: {} };
    await tx.put('resources', restApiId, record.id, record);
    const parentPath = paths.get(parent.id)!;
    return resourceView(record, parentPath === '/' ? `/${pathPart}` : `${parentPath}/${pathPart}`, false);
  }),
);

/**
 * The rules for a path part under a parent [recorded texts]: valid characters, no child under a
 * greedy variable, one variable path part among siblings, unique names among siblings.
 * `self` is the resource being moved or renamed (UpdateResource), excluded from its siblings.
 */
export function checkPlacement(
  records: readonly ResourceRecord[],
  parent: ResourceRecord,
  pathPart: string,
  self: string | undefined,
): void {
  if (!isValidPathPart(pathPart)) throw new BadRequestException(msg.invalidPathPart());
  if (parent.pathPart !== undefined && isGreedyPathPart(parent.pathPart)) {
    throw new BadRequestException(msg.childOfGreedy(parent.pathPart));
  }
  const siblings = records.filter((r) => r.parentId === parent.id && r.id !== self);
  const same = siblings.find((s) => s.pathPart === pathPart);
  if (same) throw new ConflictException(msg.duplicateSibling(pathPart));
  if (isVariablePathPart(pathPart)) {
    const variable = siblings.find((s) => s.pathPart !== undefined && isVariablePathPart(s.pathPart));
    if (variable) throw new BadRequestException(msg.siblingVariable(variable.pathPart!));
  }
}

/**
 * [docs] "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the
 * end and an optional plus sign before the closing brace."
 */
export function isValidPathPart(pathPart: string): boolean {
  return /^(?:[A-Za-z0-9._\-:$@!~*'()&=;,]+|\{[A-Za-z0-9._\-]+\+?\})$/.test(pathPart);
}

async function requireApiForResources(tx: StoreTx, restApiId: string): Promise<void> {
  if ((await tx.list('resources', restApiId)).length === 0) {
    // Every API has a root resource; an empty list means there is no such API.
    await requireResource(tx, restApiId, '');
  }
}

/**
 * UpdateResource: rename (`/pathPart`) and move (`/parentId`), then the tree rules on the result:
 * the new parent exists and is not the resource or below it, and the placement rules of
 * CreateResource hold [recorded texts].
 */
export const updateResource = operation<UpdateResourceRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const current = await requireResource(tx, restApiId, input.resourceId!);
    const updated = applyPatch(resourceRules, current, input.patchOperations ?? []);
    const records = await tx.list('resources', restApiId);
    if (updated.parentId !== current.parentId || updated.pathPart !== current.pathPart) {
      const parent = await requireResource(tx, restApiId, updated.parentId!);
      if (descendantsOf(records, updated.id).includes(parent.id)) throw new BadRequestException(msg.resourcesCyclical());
      checkPlacement(records, parent, updated.pathPart!, updated.id);
    }
    await tx.put('resources', restApiId, updated.id, updated);
    const paths = resourcePaths(records.map((r) => (r.id === updated.id ? updated : r)));
    return resourceView(updated, paths.get(updated.id)!, false);
  }),
);

export const deleteResource = operation<DeleteResourceRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const record = await requireResource(tx, restApiId, input.resourceId!);
    if (record.parentId === undefined) throw new BadRequestException(msg.cannotDeleteRoot());
    const records = await tx.list('resources', restApiId);
    for (const id of descendantsOf(records, record.id)) await tx.delete('resources', restApiId, id);
    return undefined;
  }),
);

/** The resource and everything below it. */
export function descendantsOf(records: readonly ResourceRecord[], rootId: string): string[] {
  const out = [rootId];
  for (let i = 0; i < out.length; i++) {
    for (const r of records) if (r.parentId === out[i]) out.push(r.id);
  }
  return out;
}
