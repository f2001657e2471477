/**
 * PutIntegrationResponse, GetIntegrationResponse, DeleteIntegrationResponse
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegrationResponse.html).
 *
 * Optional members are stored exactly as given: `selectionPattern` is echoed even when `""`,
 * `responseTemplates` only when sent (`{}` included) [recorded]. A method response for the status
 * is needed only to map response parameters. A second Put replaces the response [recorded].
 */
import type {
  DeleteIntegrationResponseRequest,
  GetIntegrationResponseRequest,
  PutIntegrationResponseRequest,
  UpdateIntegrationResponseRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { IntegrationResponse } from '../../model/integration.js';
import type { Method } from '../../model/method.js';
import { applyPatch } from '../../patch/engine.js';
import { integrationResponseRules } from '../../patch/rules/integration-response.rules.js';
import { hasOwn, setOwn, withoutKey } from '../../shared/objects.js';
import { findMethod, requireIntegration, requireIntegrationResponse, requireMethod, requireResource } from '../lookup.js';
import { operation } from '../operation.js';
import { checkContentTypes } from '../validation/content-types.js';
import { checkIntegrationResponseParameters } from '../validation/parameters.js';
import { normaliseTemplates } from './templates.js';

export const putIntegrationResponse = operation<PutIntegrationResponseRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const resource = await requireResource(tx, input.restApiId!, input.resourceId!);
    const method = requireMethod(resource, input.httpMethod!);
    const integration = requireIntegration(method);
    const statusCode = input.statusCode!;
    const response: IntegrationResponse = {
      statusCode,
      ...(input.selectionPattern !== undefined && { selectionPattern: input.selectionPattern }),
      ...(input.responseParameters && { responseParameters: input.responseParameters }),
      ...(input.responseTemplates && { responseTemplates: normaliseTemplates(input.responseTemplates) }),
      ...(input.contentHandling !== undefined && { contentHandling: input.contentHandling }),
    };
    checkIntegrationResponse(response, method);
    integration.integrationResponses ??= {};
    setOwn(integration.integrationResponses, statusCode, response);
    await tx.put('resources', input.restApiId!, resource.id, resource);
    return response;
  }),
);

/** UpdateIntegrationResponse: `patch/rules/integration-response.rules.ts`, then Put's checks. */
export const updateIntegrationResponse = operation<UpdateIntegrationResponseRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const resource = await requireResource(tx, input.restApiId!, input.resourceId!);
    const method = requireMethod(resource, input.httpMethod!);
    const integration = requireIntegration(method);
    const current = requireIntegrationResponse(integration, input.statusCode!);
    const updated = applyPatch(integrationResponseRules, current, input.patchOperations ?? []);
    checkIntegrationResponse(updated, method);
    setOwn(integration.integrationResponses!, updated.statusCode, updated);
    await tx.put('resources', input.restApiId!, resource.id, resource);
    return updated;
  }),
);

/** Template keys are media types; mapped headers must be declared by the method response. */
function checkIntegrationResponse(response: IntegrationResponse, method: Method): void {
  if (response.responseTemplates) checkContentTypes(response.responseTemplates);
  if (response.responseParameters) {
    const methodResponse = method.methodResponses && hasOwn(method.methodResponses, response.statusCode) ? method.methodResponses[response.statusCode] : undefined;
    checkIntegrationResponseParameters(response.responseParameters, methodResponse?.responseParameters, methodResponse !== undefined);
  }
  if (response.selectionPattern !== undefined && !isJavaRegex(response.selectionPattern)) {
    throw new BadRequestException(msg.invalidSelectionPattern(response.selectionPattern));
  }
}

/** Selection patterns are Java regular expressions; a JavaScript RegExp is the closest check here. */
function isJavaRegex(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

export const getIntegrationResponse = operation<GetIntegrationResponseRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    const method = requireMethod(await requireResource(tx, input.restApiId!, input.resourceId!), input.httpMethod!);
    return requireIntegrationResponse(requireIntegration(method), input.statusCode!);
  }),
);

/** A missing method reads as a missing integration here [recorded: test_delete_integration_response_errors]. */
export const deleteIntegrationResponse = operation<DeleteIntegrationResponseRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const resource = await requireResource(tx, input.restApiId!, input.resourceId!);
    const method = findMethod(resource, input.httpMethod!);
    if (!method) throw new NotFoundException(msg.invalidIntegrationId());
    const integration = requireIntegration(method);
    requireIntegrationResponse(integration, input.statusCode!);
    const remaining = withoutKey(integration.integrationResponses ?? {}, input.statusCode!);
    if (Object.keys(remaining).length > 0) integration.integrationResponses = remaining;
    else delete integration.integrationResponses;
    await tx.put('resources', input.restApiId!, resource.id, resource);
    return undefined;
  }),
);
