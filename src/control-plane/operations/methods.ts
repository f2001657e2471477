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
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, ConflictException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import { HTTP_METHODS, type Method, type MethodResponse } from '../../model/method.js';
import { hasOwn, setOwn, withoutKey } from '../../shared/objects.js';
import { findMethod, requireMethod, requireMethodResponse, requireResource } from '../lookup.js';
import { operation } from '../operation.js';
import { checkMethodRequestParameters, checkMethodResponseParameters } from '../validation/parameters.js';
import { checkModelReferences } from '../validation/models.js';

const AUTHORIZATION_TYPES = ['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'];

/**
 * Checks in AWS's order [recorded: test_put_method_validation]: resource (a missing API reads as a
 * missing resource), the verb, an existing method (PutMethod never overwrites), request
 * parameters, authorizer, request validator, models.
 */
export const putMethod = operation<PutMethodRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const resource = await requireResource(tx, restApiId, input.resourceId!);
    const httpMethod = input.httpMethod!;
    if (!(HTTP_METHODS as readonly string[]).includes(httpMethod)) throw new BadRequestException(msg.invalidHttpMethod());
    if (findMethod(resource, httpMethod)) throw new ConflictException(msg.methodExists());
    if (input.requestParameters) checkMethodRequestParameters(input.requestParameters);
    // Accepted in any case and stored upper-case [recorded: 'none' -> 'NONE'].
    const authorizationType = input.authorizationType!.toUpperCase();
    if (!AUTHORIZATION_TYPES.includes(authorizationType)) throw new BadRequestException(msg.invalidAuthorizationType(input.authorizationType!));
    const needsAuthorizer = authorizationType === 'CUSTOM' || authorizationType === 'COGNITO_USER_POOLS';
    // No authorizer exists yet in Portico (CreateAuthorizer is not implemented), so none is valid.
    if (needsAuthorizer) throw new BadRequestException(msg.invalidAuthorizerId());
    if (input.requestValidatorId) throw new BadRequestException(msg.invalidRequestValidatorId());
    if (input.requestModels) checkModelReferences(input.requestModels);
    const method: Method = {
      httpMethod,
      authorizationType,
      apiKeyRequired: input.apiKeyRequired ?? false,
      ...(input.operationName !== undefined && { operationName: input.operationName }),
      ...(input.requestParameters && { requestParameters: input.requestParameters }),
      ...(input.requestModels && { requestModels: input.requestModels }),
      ...(input.authorizationScopes && { authorizationScopes: input.authorizationScopes }),
    };
    setOwn(resource.resourceMethods, httpMethod, method);
    await tx.put('resources', restApiId, resource.id, resource);
    return method;
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
    if (input.responseParameters) checkMethodResponseParameters(input.responseParameters);
    if (input.responseModels) checkModelReferences(input.responseModels);
    // Optional maps are echoed exactly when given, `{}` included [recorded].
    const response: MethodResponse = {
      statusCode,
      ...(input.responseParameters && { responseParameters: input.responseParameters }),
      ...(input.responseModels && { responseModels: input.responseModels }),
    };
    method.methodResponses ??= {};
    setOwn(method.methodResponses, statusCode, response);
    await tx.put('resources', input.restApiId!, resource.id, resource);
    return response;
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
