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
} from '@aws-sdk/client-api-gateway';
import { NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { IntegrationResponse } from '../../model/integration.js';
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
    if (input.responseTemplates) checkContentTypes(input.responseTemplates);
    if (input.responseParameters) {
      const methodResponse = method.methodResponses && hasOwn(method.methodResponses, statusCode) ? method.methodResponses[statusCode] : undefined;
      checkIntegrationResponseParameters(input.responseParameters, methodResponse?.responseParameters, methodResponse !== undefined);
    }
    const response: IntegrationResponse = {
      statusCode,
      ...(input.selectionPattern !== undefined && { selectionPattern: input.selectionPattern }),
      ...(input.responseParameters && { responseParameters: input.responseParameters }),
      ...(input.responseTemplates && { responseTemplates: normaliseTemplates(input.responseTemplates) }),
      ...(input.contentHandling !== undefined && { contentHandling: input.contentHandling }),
    };
    integration.integrationResponses ??= {};
    setOwn(integration.integrationResponses, statusCode, response);
    await tx.put('resources', input.restApiId!, resource.id, resource);
    return response;
  }),
);

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
