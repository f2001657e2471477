/**
 * PutIntegration, GetIntegration, DeleteIntegration
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html).
 *
 * Defaults [recorded]: passthroughBehavior WHEN_NO_MATCH, timeoutInMillis 29000, cacheNamespace =
 * the resource id, cacheKeyParameters [], connectionType INTERNET for HTTP and HTTP_PROXY only.
 * A MOCK integration keeps neither `uri` nor `httpMethod`, even when sent [recorded]. PutIntegration
 * on an existing integration replaces it, integration responses included (docs/decisions.md).
 * Put and Update validate the resulting document with the same checks (validation/integration.ts).
 */
import type {
  DeleteIntegrationRequest,
  GetIntegrationRequest,
  PutIntegrationRequest,
  UpdateIntegrationRequest,
} from '@aws-sdk/client-api-gateway';
import { DEFAULT_TIMEOUT_IN_MILLIS, type Integration, type IntegrationType } from '../../model/integration.js';
import { applyPatch } from '../../patch/engine.js';
import { integrationRules } from '../../patch/rules/integration.rules.js';
import { requireIntegration, requireMethod, requireResource } from '../lookup.js';
import { operation } from '../operation.js';
import { checkIntegration } from '../validation/integration.js';
import { normaliseTemplates } from './templates.js';

export const putIntegration = operation<PutIntegrationRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const resource = await requireResource(tx, restApiId, input.resourceId!);
    const method = requireMethod(resource, input.httpMethod!);
    const type = input.type! as IntegrationType;
    const integration: Integration = {
      type,
      ...(type !== 'MOCK' && { httpMethod: input.integrationHttpMethod, uri: input.uri }),
      ...(input.connectionType !== undefined
        ? { connectionType: input.connectionType }
        : (type === 'HTTP' || type === 'HTTP_PROXY') && { connectionType: 'INTERNET' as const }),
      ...(input.connectionId !== undefined && { connectionId: input.connectionId }),
      ...(input.credentials !== undefined && { credentials: input.credentials }),
      ...(input.requestParameters && { requestParameters: input.requestParameters }),
      ...(input.requestTemplates && { requestTemplates: normaliseTemplates(input.requestTemplates) }),
      passthroughBehavior: input.passthroughBehavior ?? 'WHEN_NO_MATCH',
      ...(input.contentHandling !== undefined && { contentHandling: input.contentHandling }),
      timeoutInMillis: input.timeoutInMillis ?? DEFAULT_TIMEOUT_IN_MILLIS,
      cacheNamespace: input.cacheNamespace ?? resource.id,
      cacheKeyParameters: input.cacheKeyParameters ?? [],
      ...(input.tlsConfig && { tlsConfig: input.tlsConfig }),
      ...(input.responseTransferMode !== undefined && { responseTransferMode: input.responseTransferMode }),
      ...(input.integrationTarget !== undefined && { integrationTarget: input.integrationTarget }),
    };
    await checkIntegration(tx, integration, method);
    method.methodIntegration = integration;
    await tx.put('resources', restApiId, resource.id, resource);
    return integration;
  }),
);

/**
 * UpdateIntegration: the patch operations of `patch/rules/integration.rules.ts`, applied all or
 * nothing, then the same checks as PutIntegration on the result.
 */
export const updateIntegration = operation<UpdateIntegrationRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const resource = await requireResource(tx, restApiId, input.resourceId!);
    const method = requireMethod(resource, input.httpMethod!);
    const current = requireIntegration(method);
    const updated = applyPatch(integrationRules, current, input.patchOperations ?? []);
    await checkIntegration(tx, updated, method);
    method.methodIntegration = updated;
    await tx.put('resources', restApiId, resource.id, resource);
    return updated;
  }),
);

export const getIntegration = operation<GetIntegrationRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    const method = requireMethod(await requireResource(tx, input.restApiId!, input.resourceId!), input.httpMethod!);
    return requireIntegration(method);
  }),
);

export const deleteIntegration = operation<DeleteIntegrationRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const resource = await requireResource(tx, input.restApiId!, input.resourceId!);
    const method = requireMethod(resource, input.httpMethod!);
    requireIntegration(method);
    delete method.methodIntegration;
    await tx.put('resources', input.restApiId!, resource.id, resource);
    return undefined;
  }),
);
