/**
 * CreateDocumentationPart, GetDocumentationPart, GetDocumentationParts, UpdateDocumentationPart,
 * DeleteDocumentationPart, ImportDocumentationParts
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateDocumentationPart.html).
 *
 * A part documents one location; a second part for the same location is a ConflictException (AWS's
 * text for type API is quoted in issue reports). A missing API reads differently per operation
 * [recorded]: `Invalid API identifier specified` for Create, GetDocumentationParts and Delete,
 * `Invalid Documentation part identifier specified` for Get and Update. Locations are stored as
 * given [guess: AWS may fill in defaults such as `path: "/"`].
 *
 * ImportDocumentationParts reads the `x-amazon-apigateway-documentation` extension of an OpenAPI
 * 3 or Swagger 2 document in JSON. A body that is not such a document — YAML included, which
 * Portico does not read — is AWS's `Unable to build importer with provided input.` [recorded for
 * malformed YAML and JSON].
 */
import type {
  CreateDocumentationPartRequest,
  DeleteDocumentationPartRequest,
  GetDocumentationPartRequest,
  GetDocumentationPartsRequest,
  ImportDocumentationPartsRequest,
  UpdateDocumentationPartRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, ConflictException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import {
  checkDocumentationProperties,
  DOCUMENTATION_PART_TYPES,
  sameLocation,
  type DocumentationPart,
  type DocumentationPartLocation,
} from '../../model/documentation.js';
import { applyPatch } from '../../patch/engine.js';
import { documentationPartRules } from '../../patch/rules/documentation-part.rules.js';
import { randomId } from '../../shared/ids.js';
import type { StoreTx } from '../../store/store.js';
import { requireRestApi } from '../lookup.js';
import { operation } from '../operation.js';
import { paginate } from '../paginate.js';

async function requirePart(tx: StoreTx, restApiId: string, id: string): Promise<DocumentationPart> {
  const part = await tx.get('documentationParts', restApiId, id);
  if (!part) throw new NotFoundException(msg.documentationPartNotFound());
  return part;
}

function locationOf(given: { type?: string; path?: string; method?: string; statusCode?: string; name?: string }): DocumentationPartLocation {
  return {
    type: given.type!,
    ...(given.path !== undefined && { path: given.path }),
    ...(given.method !== undefined && { method: given.method }),
    ...(given.statusCode !== undefined && { statusCode: given.statusCode }),
    ...(given.name !== undefined && { name: given.name }),
  };
}

export const createDocumentationPart = operation<CreateDocumentationPartRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    await requireRestApi(tx, ctx, restApiId);
    const location = locationOf(input.location!);
    const properties = checkDocumentationProperties(input.properties);
    const parts = await tx.list('documentationParts', restApiId);
    if (parts.some((p) => sameLocation(p.location, location))) throw new ConflictException(msg.documentationPartExists(location));
    const part: DocumentationPart = { id: randomId(6), location, properties };
    await tx.put('documentationParts', restApiId, part.id, part);
    return part;
  }),
);

export const getDocumentationPart = operation<GetDocumentationPartRequest>(async (input, ctx) =>
  ctx.store.read((tx) => requirePart(tx, input.restApiId!, input.documentationPartId!)),
);

/** Filters [docs]: `type`, `path`, `name` (a prefix of the location's name [guess]). */
export const getDocumentationParts = operation<GetDocumentationPartsRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    const parts = (await tx.list('documentationParts', input.restApiId!)).filter(
      (p) =>
        (input.type === undefined || p.location.type === input.type) &&
        (input.path === undefined || p.location.path === input.path) &&
        (input.nameQuery === undefined || (p.location.name ?? '').startsWith(input.nameQuery)),
    );
    return paginate(parts, (p) => p.id, input.position, input.limit);
  }),
);

/** UpdateDocumentationPart: `patch/rules/documentation-part.rules.ts`. */
export const updateDocumentationPart = operation<UpdateDocumentationPartRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const current = await requirePart(tx, input.restApiId!, input.documentationPartId!);
    const updated = applyPatch(documentationPartRules, current, input.patchOperations ?? []);
    await tx.put('documentationParts', input.restApiId!, updated.id, updated);
    return updated;
  }),
);

export const deleteDocumentationPart = operation<DeleteDocumentationPartRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    const part = await requirePart(tx, input.restApiId!, input.documentationPartId!);
    await tx.delete('documentationParts', input.restApiId!, part.id);
    return undefined;
  }),
);

type ImportedPart = { location: DocumentationPartLocation; properties: string };

/** The parts an OpenAPI/Swagger JSON document declares, or AWS's importer error. */
function importedParts(body: string | undefined): ImportedPart[] {
  const fail = (): never => {
    throw new BadRequestException(msg.unableToBuildImporter());
  };
  let doc: unknown;
  try {
    doc = JSON.parse(body ?? '');
  } catch {
    return fail();
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return fail();
  const spec = doc as Record<string, unknown>;
  if (typeof spec.openapi !== 'string' && typeof spec.swagger !== 'string') return fail();
  const extension = spec['x-amazon-apigateway-documentation'] as { documentationParts?: unknown } | undefined;
  const declared = Array.isArray(extension?.documentationParts) ? extension.documentationParts : [];
  return declared.map((entry: unknown) => {
    const e = (entry ?? {}) as { location?: Record<string, unknown>; properties?: unknown };
    const type = e.location?.type;
    if (typeof type !== 'string' || !(DOCUMENTATION_PART_TYPES as readonly string[]).includes(type)) {
      throw new BadRequestException(msg.invalidDocumentationLocation(JSON.stringify(e.location ?? null)));
    }
    const str = (k: string): string | undefined => (typeof e.location?.[k] === 'string' ? (e.location[k] as string) : undefined);
    const location = locationOf({ type, path: str('path'), method: str('method'), statusCode: str('statusCode'), name: str('name') });
    const properties = typeof e.properties === 'string' ? e.properties : JSON.stringify(e.properties ?? {});
    return { location, properties: checkDocumentationProperties(properties) };
  });
}

/**
 * `mode=overwrite` replaces every part of the API; `merge` (the default [docs]) updates the parts
 * at the imported locations and adds the others. Answers the ids of the imported parts.
 */
export const importDocumentationParts = operation<ImportDocumentationPartsRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    await requireRestApi(tx, ctx, restApiId);
    const imported = importedParts(input.body as unknown as string | undefined);
    const existing = await tx.list('documentationParts', restApiId);
    if (input.mode === 'overwrite') for (const p of existing) await tx.delete('documentationParts', restApiId, p.id);
    const ids: string[] = [];
    for (const { location, properties } of imported) {
      const same = input.mode === 'overwrite' ? undefined : existing.find((p) => sameLocation(p.location, location));
      const part: DocumentationPart = { id: same?.id ?? randomId(6), location, properties };
      await tx.put('documentationParts', restApiId, part.id, part);
      ids.push(part.id);
    }
    return { ids };
  }),
);
