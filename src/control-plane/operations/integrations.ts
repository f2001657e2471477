/**
 * PutIntegration, GetIntegration, DeleteIntegration
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html).
 *
 * Defaults [recorded]: passthroughBehavior WHEN_NO_MATCH, timeoutInMillis 29000, cacheNamespace =
 * the resource id, cacheKeyParameters [], connectionType INTERNET for HTTP and HTTP_PROXY only.
 * A MOCK integration keeps neither `uri` nor `httpMethod`, even when sent [recorded]. PutIntegration
 * on an existing integration replaces it, integration responses included (docs/decisions.md).
 */
import type { DeleteIntegrationRequest, GetIntegrationRequest, PutIntegrationRequest } from '@aws-sdk/client-api-gateway';
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import {
  DEFAULT_TIMEOUT_IN_MILLIS,
  MAX_TIMEOUT_IN_MILLIS,
  MIN_TIMEOUT_IN_MILLIS,
  PASSTHROUGH_BEHAVIORS,
  type Integration,
  type IntegrationType,
} from '../../model/integration.js';
import { HTTP_METHODS } from '../../model/method.js';
import { ACCOUNT_SCOPE, type StoreTx } from '../../store/store.js';
import { requireIntegration, requireMethod, requireResource } from '../lookup.js';
import { operation } from '../operation.js';
import { checkContentTypes } from '../validation/content-types.js';
import { checkIntegrationRequestParameters } from '../validation/parameters.js';
import { normaliseTemplates } from './templates.js';

export const putIntegration = operation<PutIntegrationRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const resource = await requireResource(tx, restApiId, input.resourceId!);
    const method = requireMethod(resource, input.httpMethod!);
    const type = input.type! as IntegrationType;
    const httpMethod = input.integrationHttpMethod;
    if (type !== 'MOCK') {
      if (!httpMethod) throw new BadRequestException(msg.emptyIntegrationHttpMethod());
      if (!(HTTP_METHODS as readonly string[]).includes(httpMethod)) throw new BadRequestException(msg.invalidHttpMethod());
      checkUri(type, input.uri);
    }
    const timeout = input.timeoutInMillis ?? DEFAULT_TIMEOUT_IN_MILLIS;
    if (timeout < MIN_TIMEOUT_IN_MILLIS || timeout > MAX_TIMEOUT_IN_MILLIS) {
      throw new BadRequestException(msg.invalidTimeout(MIN_TIMEOUT_IN_MILLIS, MAX_TIMEOUT_IN_MILLIS));
    }
    const passthroughBehavior = input.passthroughBehavior ?? 'WHEN_NO_MATCH';
    if (!(PASSTHROUGH_BEHAVIORS as readonly string[]).includes(passthroughBehavior)) {
      throw new BadRequestException(msg.invalidPassthroughBehavior(passthroughBehavior));
    }
    const connectionType = input.connectionType ?? (type === 'HTTP' || type === 'HTTP_PROXY' ? 'INTERNET' : undefined);
    await checkConnection(tx, type, connectionType, input.connectionId);
    if (input.requestParameters) checkIntegrationRequestParameters(input.requestParameters, method.requestParameters);
    if (input.requestTemplates) checkContentTypes(input.requestTemplates);
    const integration: Integration = {
      type,
      ...(type !== 'MOCK' && { httpMethod, uri: input.uri }),
      ...(connectionType !== undefined && { connectionType }),
      ...(input.connectionId !== undefined && { connectionId: input.connectionId }),
      ...(input.credentials !== undefined && { credentials: input.credentials }),
      ...(input.requestParameters && { requestParameters: input.requestParameters }),
      ...(input.requestTemplates && { requestTemplates: normaliseTemplates(input.requestTemplates) }),
      passthroughBehavior,
      ...(input.contentHandling !== undefined && { contentHandling: input.contentHandling }),
      timeoutInMillis: timeout,
      cacheNamespace: input.cacheNamespace ?? resource.id,
      cacheKeyParameters: input.cacheKeyParameters ?? [],
      ...(input.tlsConfig && { tlsConfig: input.tlsConfig }),
      ...(input.responseTransferMode !== undefined && { responseTransferMode: input.responseTransferMode }),
      ...(input.integrationTarget !== undefined && { integrationTarget: input.integrationTarget }),
    };
    method.methodIntegration = integration;
    await tx.put('resources', restApiId, resource.id, resource);
    return integration;
  }),
);

/**
 * HTTP and HTTP_PROXY take an absolute http(s) URL (stage variables allowed anywhere); AWS and
 * AWS_PROXY take `arn:{partition}:apigateway:{region}:{service}:{path|action}/...`, and AWS_PROXY
 * only a Lambda function invocation (or a Firehose stream) [recorded texts].
 */
export function checkUri(type: IntegrationType, uri: string | undefined): void {
  if (type === 'HTTP' || type === 'HTTP_PROXY') {
    if (!uri || !/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(uri)) throw new BadRequestException(msg.invalidHttpEndpoint());
    return;
  }
  if (type !== 'AWS' && type !== 'AWS_PROXY') return;
  if (!uri || !uri.startsWith('arn:')) throw new BadRequestException(msg.invalidArn());
  const parts = /^arn:[^:]+:apigateway:[^:]*:([^:]+):(path|action)\/.+$/.exec(uri);
  if (!parts) throw new BadRequestException(msg.arnNeedsPathOrAction());
  if (type === 'AWS_PROXY') {
    const lambda = parts[1] === 'lambda' && /:path\/2015-03-31\/functions\/.+\/invocations$/.test(uri);
    // A Firehose *path* URI is refused [recorded]; the action form (PutRecord, PutRecordBatch) is
    // what the message can mean [guess].
    const firehose = parts[1] === 'firehose' && parts[2] === 'action';
    if (!lambda && !firehose) throw new BadRequestException(msg.awsProxyOnlyLambda());
  }
}

/**
 * VPC_LINK connections name a VPC link by id or through a stage variable
 * (`${stageVariables.vpcLinkId}`, resolved per stage at run time).
 */
async function checkConnection(tx: StoreTx, type: IntegrationType, connectionType: string | undefined, connectionId: string | undefined): Promise<void> {
  if (connectionType !== 'VPC_LINK') return;
  if (type !== 'HTTP' && type !== 'HTTP_PROXY') throw new BadRequestException(msg.vpcLinkNeedsHttp());
  if (!connectionId) throw new BadRequestException(msg.vpcLinkNeedsConnectionId());
  if (connectionId.includes('${stageVariables.')) return;
  if (!(await tx.get('vpcLinks', ACCOUNT_SCOPE, connectionId))) throw new BadRequestException(msg.invalidVpcLinkId());
}

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
