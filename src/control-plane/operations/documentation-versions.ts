/**
 * CreateDocumentationVersion, GetDocumentationVersion, GetDocumentationVersions,
 * UpdateDocumentationVersion, DeleteDocumentationVersion
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateDocumentationVersion.html).
 *
 * A version is a named snapshot of the API's documentation parts: `{version, createdDate,
 * description?}` [recorded: TestDocumentations]. With `stageName` the stage is pointed at the new
 * version [docs]. Not recorded [guess]: the texts for a missing or duplicate version, and a
 * missing API on Get/Update/Delete reading as a missing version (as for documentation parts).
 */
import type {
  CreateDocumentationVersionRequest,
  DeleteDocumentationVersionRequest,
  GetDocumentationVersionRequest,
  GetDocumentationVersionsRequest,
  UpdateDocumentationVersionRequest,
} from '@aws-sdk/client-api-gateway';
import { ConflictException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { DocumentationVersion } from '../../model/documentation.js';
import { applyPatch } from '../../patch/engine.js';
import { documentationVersionRules } from '../../patch/rules/documentation-version.rules.js';
import type { StoreTx } from '../../store/store.js';
import { requireRestApi } from '../lookup.js';
import { operation } from '../operation.js';
import { paginate } from '../paginate.js';

async function requireVersion(tx: StoreTx, restApiId: string, version: string): Promise<DocumentationVersion> {
  const found = await tx.get('documentationVersions', restApiId, version);
  if (!found) throw new NotFoundException(msg.documentationVersionNotFound());
  return found;
}

export const createDocumentationVersion = operation<CreateDocumentationVersionRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    await requireRestApi(tx, ctx, restApiId);
    const version = input.documentationVersion!;
    if (await tx.get('documentationVersions', restApiId, version)) throw new ConflictException(msg.documentationVersionExists());
    const created: DocumentationVersion = {
      version,
      createdDate: ctx.clock.nowEpochSeconds(),
      ...(input.description ? { description: input.description } : {}),
    };
    if (input.stageName !== undefined) {
      const stage = await tx.get('stages', restApiId, input.stageName);
      if (!stage) throw new NotFoundException(msg.invalidStageId());
      await tx.put('stages', restApiId, stage.stageName, { ...stage, documentationVersion: version, lastUpdatedDate: created.createdDate });
    }
    await tx.put('documentationVersions', restApiId, version, created);
    return created;
  }),
);

export const getDocumentationVersion = operation<GetDocumentationVersionRequest>(async (input, ctx) =>
  ctx.store.read((tx) => requireVersion(tx, input.restApiId!, input.documentationVersion!)),
);

export const getDocumentationVersions = operation<GetDocumentationVersionsRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    return paginate(await tx.list('documentationVersions', input.restApiId!), (v) => v.version, input.position, input.limit);
  }),
);

/** UpdateDocumentationVersion: `patch/rules/documentation-version.rules.ts`. */
export const updateDocumentationVersion = operation<UpdateDocumentationVersionRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const current = await requireVersion(tx, input.restApiId!, input.documentationVersion!);
    const updated = applyPatch(documentationVersionRules, current, input.patchOperations ?? []);
    await tx.put('documentationVersions', input.restApiId!, updated.version, updated);
    return updated;
  }),
);

export const deleteDocumentationVersion = operation<DeleteDocumentationVersionRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const version = await requireVersion(tx, input.restApiId!, input.documentationVersion!);
    await tx.delete('documentationVersions', input.restApiId!, version.version);
    return undefined;
  }),
);
