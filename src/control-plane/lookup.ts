/**
 * Finding the entity an operation addresses, with the NotFoundException text AWS gives for each
 * missing level. AWS reports a missing REST API differently per operation: GetRestApi names the API
 * (`Invalid API identifier specified <account>:<id>`), operations below a resource say
 * `Invalid Resource identifier specified` [recorded]; callers pick the variant.
 */
import { NotFoundException } from '../errors/aws-error.js';
import * as msg from '../errors/messages.js';
import type { Integration, IntegrationResponse } from '../model/integration.js';
import type { Method, MethodResponse } from '../model/method.js';
import { resourcePaths, type ResourceRecord } from '../model/resource.js';
import type { RestApi } from '../model/rest-api.js';
import { ACCOUNT_SCOPE, type StoreTx } from '../store/store.js';
import { hasOwn } from '../shared/objects.js';
import type { OperationContext } from './operation.js';

export async function requireRestApi(tx: StoreTx, ctx: OperationContext, restApiId: string): Promise<RestApi> {
  const api = await tx.get('restApis', ACCOUNT_SCOPE, restApiId);
  if (!api) throw new NotFoundException(msg.invalidApiId(ctx.account, restApiId));
  return api;
}

/** The resource; a missing API reads as a missing resource [recorded]. */
export async function requireResource(tx: StoreTx, restApiId: string, resourceId: string): Promise<ResourceRecord> {
  const resource = await tx.get('resources', restApiId, resourceId);
  if (!resource) throw new NotFoundException(msg.invalidResourceId());
  return resource;
}

export function findMethod(resource: ResourceRecord, httpMethod: string): Method | undefined {
  return hasOwn(resource.resourceMethods, httpMethod) ? resource.resourceMethods[httpMethod] : undefined;
}

export function requireMethod(resource: ResourceRecord, httpMethod: string): Method {
  const method = findMethod(resource, httpMethod);
  if (!method) throw new NotFoundException(msg.invalidMethodId());
  return method;
}

export function requireIntegration(method: Method): Integration {
  if (!method.methodIntegration) throw new NotFoundException(msg.invalidIntegrationId());
  return method.methodIntegration;
}

export function requireMethodResponse(method: Method, statusCode: string): MethodResponse {
  const found = method.methodResponses && hasOwn(method.methodResponses, statusCode) ? method.methodResponses[statusCode] : undefined;
  if (!found) throw new NotFoundException(msg.invalidResponseStatusCode());
  return found;
}

export function requireIntegrationResponse(integration: Integration, statusCode: string): IntegrationResponse {
  const responses = integration.integrationResponses;
  const found = responses && hasOwn(responses, statusCode) ? responses[statusCode] : undefined;
  if (!found) throw new NotFoundException(msg.invalidResponseStatusCode());
  return found;
}

/** Whether the REST API exists, for operations whose missing-API text is not the API one. */
export async function restApiExists(tx: StoreTx, restApiId: string): Promise<boolean> {
  return (await tx.get('restApis', ACCOUNT_SCOPE, restApiId)) !== undefined;
}

/** `<resource path>/<HTTP method>` of the first method that matches, if any. */
export async function methodUsing(
  tx: StoreTx,
  restApiId: string,
  matches: (method: Method) => boolean,
): Promise<string | undefined> {
  const records = await tx.list('resources', restApiId);
  const paths = resourcePaths(records);
  for (const record of records) {
    for (const [verb, method] of Object.entries(record.resourceMethods)) if (matches(method)) return `${paths.get(record.id)}/${verb}`;
  }
  return undefined;
}
