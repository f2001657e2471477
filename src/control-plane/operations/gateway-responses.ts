/**
 * PutGatewayResponse, GetGatewayResponse, GetGatewayResponses, UpdateGatewayResponse,
 * DeleteGatewayResponse (https://docs.aws.amazon.com/apigateway/latest/api/API_PutGatewayResponse.html).
 *
 * The store keeps only responses that were put; the others are computed defaults
 * (`model/gateway-response.ts`). Recorded behaviour:
 * - PutGatewayResponse replaces the response; members not given take the type's defaults (its own
 *   status code, `{}` parameters, the default template) — not DEFAULT_4XX/5XX's.
 * - UpdateGatewayResponse of a type never put starts from its current (default) response and stores
 *   the result (`defaultResponse: false`).
 * - DeleteGatewayResponse of a type never put is NotFound `Gateway response type not defined on api`;
 *   after a delete GetGatewayResponse shows the default again.
 * - A missing API is `Invalid API identifier specified` for every operation.
 * GetGatewayResponses lists all 21 types, ordered by type [the recordings sort them]; AWS documents
 * that the collection is not paginated, so `position` and `limit` are ignored.
 */
import type {
  DeleteGatewayResponseRequest,
  GetGatewayResponseRequest,
  GetGatewayResponsesRequest,
  PutGatewayResponseRequest,
  UpdateGatewayResponseRequest,
} from '@aws-sdk/client-api-gateway';
import { NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import {
  DEFAULT_STATUS,
  DEFAULT_TEMPLATES,
  effectiveResponse,
  GATEWAY_RESPONSE_TYPES,
  type GatewayResponse,
  type GatewayResponseType,
} from '../../model/gateway-response.js';
import { applyPatch } from '../../patch/engine.js';
import { gatewayResponseRules } from '../../patch/rules/gateway-response.rules.js';
import type { StoreTx } from '../../store/store.js';
import { requireRestApi } from '../lookup.js';
import { operation } from '../operation.js';

async function putResponses(tx: StoreTx, restApiId: string): Promise<Map<GatewayResponseType, GatewayResponse>> {
  return new Map((await tx.list('gatewayResponses', restApiId)).map((r) => [r.responseType, r]));
}

export const putGatewayResponse = operation<PutGatewayResponseRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    const type = input.responseType as GatewayResponseType;
    const statusCode = input.statusCode ?? DEFAULT_STATUS[type];
    const response: GatewayResponse = {
      responseType: type,
      ...(statusCode !== undefined && { statusCode }),
      responseParameters: input.responseParameters ?? {},
      responseTemplates: input.responseTemplates ?? { ...DEFAULT_TEMPLATES },
      defaultResponse: false,
    };
    await tx.put('gatewayResponses', input.restApiId!, type, response);
    return response;
  }),
);

export const getGatewayResponse = operation<GetGatewayResponseRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    return effectiveResponse(input.responseType as GatewayResponseType, await putResponses(tx, input.restApiId!));
  }),
);

export const getGatewayResponses = operation<GetGatewayResponsesRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    const put = await putResponses(tx, input.restApiId!);
    return { items: GATEWAY_RESPONSE_TYPES.map((type) => effectiveResponse(type, put)) };
  }),
);

/** UpdateGatewayResponse: `patch/rules/gateway-response.rules.ts` on the current response. */
export const updateGatewayResponse = operation<UpdateGatewayResponseRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    const type = input.responseType as GatewayResponseType;
    const current = effectiveResponse(type, await putResponses(tx, input.restApiId!));
    const updated = { ...applyPatch(gatewayResponseRules, current, input.patchOperations ?? []), defaultResponse: false };
    await tx.put('gatewayResponses', input.restApiId!, type, updated);
    return updated;
  }),
);

export const deleteGatewayResponse = operation<DeleteGatewayResponseRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    if (!(await tx.delete('gatewayResponses', input.restApiId!, input.responseType!))) {
      throw new NotFoundException(msg.gatewayResponseNotDefined());
    }
    return undefined;
  }),
);
