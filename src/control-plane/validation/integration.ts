/**
 * What makes an integration valid, checked on the whole document by both PutIntegration and
 * UpdateIntegration, so that the two never disagree. Texts are AWS's where recorded
 * (docs/research/control-plane-operations.md §5, patch-integration.md).
 *
 * Order [recorded for PutIntegration]: the integration HTTP method before the URI.
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import {
  MAX_TIMEOUT_IN_MILLIS,
  MIN_TIMEOUT_IN_MILLIS,
  PASSTHROUGH_BEHAVIORS,
  type Integration,
  type IntegrationType,
} from '../../model/integration.js';
import { HTTP_METHODS, type Method } from '../../model/method.js';
import { hasOwn } from '../../shared/objects.js';
import { ACCOUNT_SCOPE, type StoreTx } from '../../store/store.js';
import { checkContentTypes } from './content-types.js';
import { checkIntegrationRequestParameters } from './parameters.js';

export async function checkIntegration(tx: StoreTx, integration: Integration, method: Method): Promise<void> {
  const type = integration.type;
  if (type !== 'MOCK') {
    if (!integration.httpMethod) throw new BadRequestException(msg.emptyIntegrationHttpMethod());
    if (!(HTTP_METHODS as readonly string[]).includes(integration.httpMethod)) throw new BadRequestException(msg.invalidHttpMethod());
    checkUri(type, integration.uri);
  }
  const timeout = integration.timeoutInMillis;
  if (!Number.isInteger(timeout) || timeout < MIN_TIMEOUT_IN_MILLIS || timeout > MAX_TIMEOUT_IN_MILLIS) {
    throw new BadRequestException(msg.invalidTimeout(MIN_TIMEOUT_IN_MILLIS, MAX_TIMEOUT_IN_MILLIS));
  }
  const passthrough = integration.passthroughBehavior ?? 'WHEN_NO_MATCH';
  if (!(PASSTHROUGH_BEHAVIORS as readonly string[]).includes(passthrough)) {
    throw new BadRequestException(msg.invalidPassthroughBehavior(passthrough));
  }
  await checkConnection(tx, integration);
  if (integration.requestParameters) checkIntegrationRequestParameters(integration.requestParameters, method.requestParameters);
  if (integration.requestTemplates) checkContentTypes(integration.requestTemplates);
  for (const key of integration.cacheKeyParameters ?? []) {
    if (!method.requestParameters || !hasOwn(method.requestParameters, key)) throw new BadRequestException(msg.invalidCacheKeyParameter());
  }
}

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
async function checkConnection(tx: StoreTx, integration: Integration): Promise<void> {
  if (integration.connectionType !== 'VPC_LINK') return;
  if (integration.type !== 'HTTP' && integration.type !== 'HTTP_PROXY') throw new BadRequestException(msg.vpcLinkNeedsHttp());
  const connectionId = integration.connectionId;
  if (!connectionId) throw new BadRequestException(msg.vpcLinkNeedsConnectionId());
  if (connectionId.includes('${stageVariables.')) return;
  if (!(await tx.get('vpcLinks', ACCOUNT_SCOPE, connectionId))) throw new BadRequestException(msg.invalidVpcLinkId());
}
