/**
 * CreateApiKey, GetApiKey, GetApiKeys, UpdateApiKey, DeleteApiKey
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateApiKey.html).
 *
 * Recorded [test_apigateway_extended.py::TestApigatewayApiKeysCrud]: a key is disabled with
 * `stageKeys: []` unless told otherwise; an empty or missing name leaves the key without one; an
 * empty value makes AWS generate one; names over 1024 characters, values outside 20..128 and
 * descriptions over 125000 are refused; GetApiKeys lists newest first, omits values unless
 * `includeValues`, filters by name prefix (case-sensitive) and accepts `limit=-1`; UpdateApiKey
 * answers with `tags: {}` and without the value. GetApiKey shows `tags: {}` too [guess, as
 * UpdateApiKey and GetRestApi do].
 */
import type {
  CreateApiKeyRequest,
  DeleteApiKeyRequest,
  GetApiKeyRequest,
  GetApiKeysRequest,
  UpdateApiKeyRequest,
} from '@aws-sdk/client-api-gateway';
import { randomBytes } from 'node:crypto';
import { BadRequestException, ConflictException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import {
  API_KEY_DESCRIPTION_MAX,
  API_KEY_NAME_MAX,
  API_KEY_VALUE_MAX,
  API_KEY_VALUE_MIN,
  type ApiKey,
} from '../../model/api-key.js';
import { applyPatch } from '../../patch/engine.js';
import { apiKeyRules, checkStageKey } from '../../patch/rules/api-key.rules.js';
import { randomId } from '../../shared/ids.js';
import { ACCOUNT_SCOPE, type StoreTx } from '../../store/store.js';
import { operation } from '../operation.js';
import { newestFirstKey, paginate } from '../paginate.js';

const VALUE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 40 letters and digits, as AWS generates them. */
function newKeyValue(): string {
  let out = '';
  while (out.length < 40) {
    for (const b of randomBytes(64)) if (b < 248 && out.length < 40) out += VALUE_ALPHABET[b % 62];
  }
  return out;
}

/** The wire form: the value only when asked for; tags always (`{}`) or only when there are some. */
export function apiKeyView(key: ApiKey, options: { value: boolean; tags: 'always' | 'if-any' }): Omit<ApiKey, 'createdOrder' | 'value'> & { value?: string } {
  const { createdOrder: _order, value, tags, ...rest } = key;
  return {
    ...rest,
    ...(options.value && { value }),
    ...(options.tags === 'always' ? { tags: tags ?? {} } : tags && Object.keys(tags).length > 0 ? { tags } : {}),
  };
}

export async function requireApiKey(tx: StoreTx, id: string): Promise<ApiKey> {
  const key = await tx.get('apiKeys', ACCOUNT_SCOPE, id);
  if (!key) throw new NotFoundException(msg.invalidApiKeyId());
  return key;
}

export const createApiKey = operation<CreateApiKeyRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    if (input.name !== undefined && input.name.length > API_KEY_NAME_MAX) throw new BadRequestException(msg.apiKeyNameTooLong(API_KEY_NAME_MAX));
    if (input.description !== undefined && input.description.length > API_KEY_DESCRIPTION_MAX) {
      throw new BadRequestException(msg.invalidApiKeyDescription());
    }
    let value = input.value;
    if (value) {
      if (value.length < API_KEY_VALUE_MIN) throw new BadRequestException(msg.apiKeyValueTooShort(API_KEY_VALUE_MIN));
      if (value.length > API_KEY_VALUE_MAX) throw new BadRequestException(msg.apiKeyValueTooLong(API_KEY_VALUE_MAX));
    }
    const keys = await tx.list('apiKeys', ACCOUNT_SCOPE);
    if (value && keys.some((k) => k.value === value)) throw new ConflictException(msg.apiKeyValueExists());
    value ||= newKeyValue();
    const now = ctx.clock.nowEpochSeconds();
    const key: ApiKey = {
      id: randomId(10),
      value,
      ...(input.name ? { name: input.name } : {}),
      ...(input.customerId ? { customerId: input.customerId } : {}),
      ...(input.description ? { description: input.description } : {}),
      enabled: input.enabled ?? false,
      createdDate: now,
      lastUpdatedDate: now,
      stageKeys: (input.stageKeys ?? []).map((s) => checkStageKey(`${s.restApiId ?? ''}/${s.stageName ?? ''}`)),
      ...(input.tags && Object.keys(input.tags).length > 0 && { tags: input.tags }),
      createdOrder: Math.max(0, ...keys.map((k) => k.createdOrder)) + 1,
    };
    await tx.put('apiKeys', ACCOUNT_SCOPE, key.id, key);
    return apiKeyView(key, { value: true, tags: 'if-any' });
  }),
);

export const getApiKey = operation<GetApiKeyRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => apiKeyView(await requireApiKey(tx, input.apiKey!), { value: input.includeValue === true, tags: 'always' })),
);

export const getApiKeys = operation<GetApiKeysRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    const keys = (await tx.list('apiKeys', ACCOUNT_SCOPE)).filter(
      (k) =>
        (input.nameQuery === undefined || (k.name ?? '').startsWith(input.nameQuery)) &&
        (input.customerId === undefined || k.customerId === input.customerId),
    );
    const page = paginate(keys, (k) => newestFirstKey(k.createdOrder), input.position, input.limit);
    return { ...page, items: page.items.map((k) => apiKeyView(k, { value: input.includeValues === true, tags: 'if-any' })) };
  }),
);

/** UpdateApiKey: `patch/rules/api-key.rules.ts`. */
export const updateApiKey = operation<UpdateApiKeyRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const current = await requireApiKey(tx, input.apiKey!);
    const updated = { ...applyPatch(apiKeyRules, current, input.patchOperations ?? []), lastUpdatedDate: ctx.clock.nowEpochSeconds() };
    await tx.put('apiKeys', ACCOUNT_SCOPE, updated.id, updated);
    return apiKeyView(updated, { value: false, tags: 'always' });
  }),
);

/** Deleting a key takes it out of every usage plan [recorded: get-up-keys-after-delete]. */
export const deleteApiKey = operation<DeleteApiKeyRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const key = await requireApiKey(tx, input.apiKey!);
    await tx.delete('apiKeys', ACCOUNT_SCOPE, key.id);
    for (const plan of await tx.list('usagePlans', ACCOUNT_SCOPE)) await tx.delete('usagePlanKeys', plan.id, key.id);
    return undefined;
  }),
);
