/**
 * CreateUsagePlan, GetUsagePlan, GetUsagePlans, UpdateUsagePlan, DeleteUsagePlan and the plan's
 * keys: CreateUsagePlanKey, GetUsagePlanKey, GetUsagePlanKeys, DeleteUsagePlanKey
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateUsagePlan.html).
 *
 * Recorded [test_apigateway_common.py::TestUsagePlans, test_apigateway_extended.py]: `apiStages`
 * is always shown (`[]` by default); CreateUsagePlan and GetUsagePlans show tags only when there
 * are some, GetUsagePlan and UpdateUsagePlan always (`{}`); a quota created by patching gets
 * `offset: 0`; a missing plan is `Invalid Usage Plan ID specified`, except that GetUsagePlanKeys
 * of a missing plan answers an empty list; a plan key shows the API key's name and value, the
 * newest first, filtered by name prefix (case-sensitive).
 *
 * Not recorded [guess]: an API stage named on create or added by a patch must exist (NotFound in the
 * recorded `Invalid API Stage {...} specified for usageplan ...` form); texts for key types,
 * duplicate and missing plan keys.
 */
import type {
  CreateUsagePlanKeyRequest,
  CreateUsagePlanRequest,
  DeleteUsagePlanKeyRequest,
  DeleteUsagePlanRequest,
  GetUsagePlanKeyRequest,
  GetUsagePlanKeysRequest,
  GetUsagePlanRequest,
  GetUsagePlansRequest,
  UpdateUsagePlanRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, ConflictException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { ApiKey } from '../../model/api-key.js';
import type { ApiStage, UsagePlan, UsagePlanKeyRecord } from '../../model/usage-plan.js';
import { applyPatch } from '../../patch/engine.js';
import { usagePlanRules } from '../../patch/rules/usage-plan.rules.js';
import { randomId } from '../../shared/ids.js';
import { ACCOUNT_SCOPE, type StoreTx } from '../../store/store.js';
import { operation } from '../operation.js';
import { newestFirstKey, paginate } from '../paginate.js';
import { requireApiKey } from './api-keys.js';

function planView(plan: UsagePlan, tags: 'always' | 'if-any'): UsagePlan {
  const { tags: own, ...rest } = plan;
  if (tags === 'always') return { ...rest, tags: own ?? {} };
  return own && Object.keys(own).length > 0 ? { ...rest, tags: own } : rest;
}

async function requirePlan(tx: StoreTx, id: string): Promise<UsagePlan> {
  const plan = await tx.get('usagePlans', ACCOUNT_SCOPE, id);
  if (!plan) throw new NotFoundException(msg.invalidUsagePlanId());
  return plan;
}

/** Every stage named must exist in its API. */
async function checkApiStages(tx: StoreTx, stages: readonly ApiStage[], planId: string): Promise<void> {
  for (const { apiId, stage } of stages) {
    if (!(await tx.get('stages', apiId, stage))) throw new NotFoundException(msg.apiStageNotFound(apiId, stage, planId));
  }
}

export const createUsagePlan = operation<CreateUsagePlanRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const id = randomId(6);
    const apiStages: ApiStage[] = (input.apiStages ?? []).map((s) => {
      if (!s.apiId || !s.stage) throw new BadRequestException(msg.invalidApiStage());
      return { apiId: s.apiId, stage: s.stage, ...(s.throttle && { throttle: s.throttle }) };
    });
    await checkApiStages(tx, apiStages, id);
    const plan: UsagePlan = {
      id,
      name: input.name!,
      ...(input.description ? { description: input.description } : {}),
      apiStages,
      ...(input.throttle && { throttle: input.throttle }),
      ...(input.quota && { quota: { offset: 0, ...input.quota } }),
      ...(input.tags && Object.keys(input.tags).length > 0 && { tags: input.tags }),
    };
    await tx.put('usagePlans', ACCOUNT_SCOPE, id, plan);
    return planView(plan, 'if-any');
  }),
);

export const getUsagePlan = operation<GetUsagePlanRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => planView(await requirePlan(tx, input.usagePlanId!), 'always')),
);

/** `keyId` keeps the plans that hold that API key [docs]. */
export const getUsagePlans = operation<GetUsagePlansRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    let plans = await tx.list('usagePlans', ACCOUNT_SCOPE);
    if (input.keyId !== undefined) {
      const held: UsagePlan[] = [];
      for (const p of plans) if (await tx.get('usagePlanKeys', p.id, input.keyId)) held.push(p);
      plans = held;
    }
    const page = paginate(plans, (p) => p.id, input.position, input.limit);
    return { ...page, items: page.items.map((p) => planView(p, 'if-any')) };
  }),
);

/** UpdateUsagePlan: `patch/rules/usage-plan.rules.ts`; stages it adds must exist. */
export const updateUsagePlan = operation<UpdateUsagePlanRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const current = await requirePlan(tx, input.usagePlanId!);
    const updated = applyPatch(usagePlanRules, current, input.patchOperations ?? []);
    const added = updated.apiStages.filter((s) => !current.apiStages.some((c) => c.apiId === s.apiId && c.stage === s.stage));
    await checkApiStages(tx, added, updated.id);
    await tx.put('usagePlans', ACCOUNT_SCOPE, updated.id, updated);
    return planView(updated, 'always');
  }),
);

export const deleteUsagePlan = operation<DeleteUsagePlanRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const plan = await requirePlan(tx, input.usagePlanId!);
    for (const key of await tx.list('usagePlanKeys', plan.id)) await tx.delete('usagePlanKeys', plan.id, key.id);
    await tx.delete('usagePlans', ACCOUNT_SCOPE, plan.id);
    return undefined;
  }),
);

/** The wire form of a plan key: the API key's id, name and value. */
const planKeyView = (record: UsagePlanKeyRecord, key: ApiKey): { id: string; type: string; value: string; name?: string } => ({
  id: record.id,
  type: record.type,
  value: key.value,
  ...(key.name !== undefined && { name: key.name }),
});

export const createUsagePlanKey = operation<CreateUsagePlanKeyRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const plan = await requirePlan(tx, input.usagePlanId!);
    if (input.keyType !== 'API_KEY') throw new BadRequestException(msg.invalidUsagePlanKeyType(String(input.keyType)));
    const key = await requireApiKey(tx, input.keyId!);
    const existing = await tx.list('usagePlanKeys', plan.id);
    if (existing.some((k) => k.id === key.id)) throw new ConflictException(msg.usagePlanKeyExists());
    const record: UsagePlanKeyRecord = { id: key.id, type: 'API_KEY', createdOrder: Math.max(0, ...existing.map((k) => k.createdOrder)) + 1 };
    await tx.put('usagePlanKeys', plan.id, key.id, record);
    return planKeyView(record, key);
  }),
);

async function requirePlanKey(tx: StoreTx, planId: string, keyId: string): Promise<{ record: UsagePlanKeyRecord; key: ApiKey }> {
  await requirePlan(tx, planId);
  const record = await tx.get('usagePlanKeys', planId, keyId);
  const key = record && (await tx.get('apiKeys', ACCOUNT_SCOPE, keyId));
  if (!record || !key) throw new NotFoundException(msg.invalidUsagePlanKeyId());
  return { record, key };
}

export const getUsagePlanKey = operation<GetUsagePlanKeyRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    const { record, key } = await requirePlanKey(tx, input.usagePlanId!, input.keyId!);
    return planKeyView(record, key);
  }),
);

export const getUsagePlanKeys = operation<GetUsagePlanKeysRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    const planId = input.usagePlanId!;
    const entries: { record: UsagePlanKeyRecord; key: ApiKey }[] = [];
    for (const record of await tx.list('usagePlanKeys', planId)) {
      const key = await tx.get('apiKeys', ACCOUNT_SCOPE, record.id);
      if (key && (input.nameQuery === undefined || (key.name ?? '').startsWith(input.nameQuery))) entries.push({ record, key });
    }
    const page = paginate(entries, (e) => newestFirstKey(e.record.createdOrder), input.position, input.limit);
    return { ...page, items: page.items.map((e) => planKeyView(e.record, e.key)) };
  }),
);

export const deleteUsagePlanKey = operation<DeleteUsagePlanKeyRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const { record } = await requirePlanKey(tx, input.usagePlanId!, input.keyId!);
    await tx.delete('usagePlanKeys', input.usagePlanId!, record.id);
    return undefined;
  }),
);
