/**
 * PutMethod, GetMethod, DeleteMethod, and the method responses below them
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_PutMethod.html).
 *
 * A method is stored inside its resource together with its method responses and integration, so
 * GetMethod returns all three as AWS does. Neither PutMethod nor PutMethodResponse overwrites: an
 * existing one is a ConflictException; changes go through UpdateMethod / UpdateMethodResponse.
 */
import type {
  DeleteMethodRequest,
  DeleteMethodResponseRequest,
  GetMethodRequest,
  GetMethodResponseRequest,
  PutMethodRequest,
  PutMethodResponseRequest,
  UpdateMethodRequest,
  UpdateMethodResponseRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, ConflictException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import { authorizerFits } from '../../model/authorizer.js';
import { HTTP_METHODS, type Method, type MethodResponse } from '../../model/method.js';
import { applyPatch } from '../../patch/engine.js';
import { methodResponseRules } from '../../patch/rules/method-response.rules.js';
import { methodRules } from '../../patch/rules/method.rules.js';
import { hasOwn, setOwn, withoutKey } from '../../shared/objects.js';
import type { StoreTx } from '../../store/store.js';
import { findMethod, requireMethod, requireMethodResponse, requireResource } from '../lookup.js';
import { operation } from '../operation.js';
import { checkMethodRequestParameters, checkMethodResponseParameters } from '../validation/parameters.js';
import { checkModelReferences } from '../validation/models.js';

const AUTHORIZATION_TYPES = ['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'];

/**
 * Checks in AWS's order [recorded: test_put_method_validation]: resource (a missing API reads as a
 * missing resource), the verb, an existing method (PutMethod never overwrites), then the method's
 * own checks.
 */
export const putMethod = operation<PutMethodRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const resource = await requireResource(tx, restApiId, input.resourceId!);
    const httpMethod = input.httpMethod!;
    if (!(HTTP_METHODS as readonly string[]).includes(httpMethod)) throw new BadRequestException(msg.invalidHttpMethod());
    if (findMethod(resource, httpMethod)) throw new ConflictException(msg.methodExists());
    const method = await checkMethod(tx, restApiId, {
      httpMethod,
      authorizationType: input.authorizationType!,
      ...(input.authorizerId !== undefined && { authorizerId: input.authorizerId }),
      apiKeyRequired: input.apiKeyRequired ?? false,
      ...(input.requestValidatorId !== undefined && { requestValidatorId: input.requestValidatorId }),
      ...(input.operationName !== undefined && { operationName: input.operationName }),
      ...(input.requestParameters && { requestParameters: input.requestParameters }),
      ...(input.requestModels && { requestModels: input.requestModels }),
      ...(input.authorizationScopes && { authorizationScopes: input.authorizationScopes }),
    });
    setOwn(resource.resourceMethods, httpMethod, method);
    await tx.put('resources', restApiId, resource.id, resource);
    return method;
  }),
);

/**
 * What PutMethod and UpdateMethod both require of a method, in AWS's order: request parameters,
 * authorizer, request validator, models. Returns the method as AWS stores it: authorization type
 * upper-cased [recorded: 'none' -> 'NONE'], an authorizer id dropped unless the type uses one
 * [recorded for UpdateMethod]. CUSTOM needs a Lambda (TOKEN or REQUEST) authorizer of the API and
 * COGNITO_USER_POOLS a Cognito one; anything else is AWS's `Invalid authorizer ID specified...`
 * [recorded for a missing id; a mismatched type gives the same text, guess].
 */
async function checkMethod(tx: StoreTx, restApiId: string, method: Method): Promise<Method> {
  if (method.requestParameters) checkMethodRequestParameters(method.requestParameters);
  const authorizationType = method.authorizationType.toUpperCase();
  if (!AUTHORIZATION_TYPES.includes(authorizationType)) throw new BadRequestException(msg.invalidAuthorizationType(method.authorizationType));
  const out: Method = { ...method, authorizationType };
  if (authorizationType === 'CUSTOM' || authorizationType === 'COGNITO_USER_POOLS') {
    const authorizer = out.authorizerId ? await tx.get('authorizers', restApiId, out.authorizerId) : undefined;
    if (!authorizer || !authorizerFits(authorizationType, authorizer.type)) throw new BadRequestException(msg.invalidAuthorizerId());
  } else {
    delete out.authorizerId;
  }
  if (out.requestValidatorId && !(await tx.get('requestValidators', restApiId, out.requestValidatorId))) {
    throw new BadRequestException(msg.invalidRequestValidatorId());
  }
  if (out.requestModels) await checkModelReferences(tx, restApiId, out.requestModels);
  return out;
}

/** UpdateMethod: `patch/rules/method.rules.ts`, then PutMethod's checks on the result. */
export const updateMethod = operation<UpdateMethodRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const resource = await requireResource(tx, input.restApiId!, input.resourceId!);
    const current = requireMethod(resource, input.httpMethod!);
    const updated = await checkMethod(tx, input.restApiId!, applyPatch(methodRules, current, input.patchOperations ?? []));
    setOwn(resource.resourceMethods, input.httpMethod!, updated);
    await tx.put('resources', input.restApiId!, resource.id, resource);
    return updated;
  }),
);

export const getMethod = operation<GetMethodRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => requireMethod(await requireResource(tx, input.restApiId!, input.resourceId!), input.httpMethod!)),
);

export const deleteMethod = operation<DeleteMethodRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const resource = await requireResource(tx, input.restApiId!, input.resourceId!);
    requireMethod(resource, input.httpMethod!);
    resource.resourceMethods = withoutKey(resource.resourceMethods, input.httpMethod!);
    await tx.put('resources', input.restApiId!, resource.id, resource);
    return undefined;
  }),
);

export const putMethodResponse = operation<PutMethodResponseRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const resource = await requireResource(tx, input.restApiId!, input.resourceId!);
    const method = requireMethod(resource, input.httpMethod!);
    const statusCode = input.statusCode!;
    if (method.methodResponses && hasOwn(method.methodResponses, statusCode)) throw new ConflictException(msg.responseExists());
    // Optional maps are echoed exactly when given, `{}` included [recorded].
    const response = await checkMethodResponse(tx, input.restApiId!, {
      statusCode,
      ...(input.responseParameters && { responseParameters: input.responseParameters }),
      ...(input.responseModels && { responseModels: input.responseModels }),
    });
    method.methodResponses ??= {};
    setOwn(method.methodResponses, statusCode, response);
    await tx.put('resources', input.restApiId!, resource.id, resource);
    return response;
  }),
);

async function checkMethodResponse(tx: StoreTx, restApiId: string, response: MethodResponse): Promise<MethodResponse> {
  if (response.responseParameters) checkMethodResponseParameters(response.responseParameters);
  if (response.responseModels) await checkModelReferences(tx, restApiId, response.responseModels);
  return response;
}

/** UpdateMethodResponse (answers 201, as AWS does [recorded]): the patch, then Put's checks. */
export const updateMethodResponse = operation<UpdateMethodResponseRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const resource = await requireResource(tx, input.restApiId!, input.resourceId!);
    const method = requireMethod(resource, input.httpMethod!);
    const current = requireMethodResponse(method, input.statusCode!);
    const updated = await checkMethodResponse(tx, input.restApiId!, applyPatch(methodResponseRules, current, input.patchOperations ?? []));
    setOwn(method.methodResponses!, updated.statusCode, updated);
    await tx.put('resources', input.restApiId!, resource.id, resource);
    return updated;
  }),
);

export const getMethodResponse = operation<GetMethodResponseRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    const method = requireMethod(await requireResource(tx, input.restApiId!, input.resourceId!), input.httpMethod!);
    return requireMethodResponse(method, input.statusCode!);
  }),
);

export const deleteMethodResponse = operation<DeleteMethodResponseRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const resource = await requireResource(tx, input.restApiId!, input.resourceId!);
    const method = requireMethod(resource, input.httpMethod!);
    requireMethodResponse(method, input.statusCode!);
    const remaining = withoutKey(method.methodResponses ?? {}, input.statusCode!);
    if (Object.keys(remaining).length > 0) method.methodResponses = remaining;
    else delete method.methodResponses;
    await tx.put('resources', input.restApiId!, resource.id, resource);
    return undefined;
  }),
);
