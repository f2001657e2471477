/**
 * Stage 2, integration request (https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-data-transformations.html):
 * parameter mappings, template selection and passthrough (415), content handling, the request
 * template (which may set `$context.requestOverride`), then the URI, method and headers the
 * integration is called with. HTTP_PROXY keeps the client's headers and body but still applies
 * mappings [recorded]; AWS_PROXY ignores mappings, yet a forbidden header mapping still fails it.
 */
import type { Integration } from '../../model/integration.js';
import type { HeaderPair, Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import { convertRequest } from '../mapping/content-handling.js';
import { DROPPED_MAPPED_HEADERS, proxiedClientHeaders } from '../mapping/header-rules.js';
import { isBinaryType } from '../mapping/media-types.js';
import { mediaType } from '../mapping/media-types.js';
import { applyOverrides, checkForbiddenMappings, inputParams, interpolateUri, mapRequestParameters, renderUri } from '../mapping/request-mapping.js';
import { requestTemplate } from '../mapping/template-selection.js';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function integrationOf(inv: Invocation): Integration {
  const integration = inv.route!.method.methodIntegration;
  if (!integration) {
    throw new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, { status: 500, fixedBody: true, detail: 'no integration' });
  }
  return integration;
}

export function integrationRequest(inv: Invocation, deps: DataPlaneDeps): void {
  const integration = integrationOf(inv);
  checkForbiddenMappings(integration);
  if (integration.type === 'AWS_PROXY') return;
  const header = (name: string) => inv.request.headers.find(([k]) => k.toLowerCase() === name)?.[1];
  const contentType = header('content-type');
  let mapped = mapRequestParameters(inv, integration, deps);
  let body: Buffer;
  if (integration.type === 'HTTP_PROXY') {
    body = inv.request.body;
  } else {
    const choice = requestTemplate(integration.requestTemplates, contentType, integration.passthroughBehavior);
    const converted = convertRequest(inv.request.body, isBinaryType(mediaType(contentType), inv.api!.snapshot.restApi.binaryMediaTypes), integration.contentHandling);
    if (choice.kind === 'passthrough') body = converted.bytes;
    else {
      if (!converted.isText) throw templateOnBinary();
      const text = converted.bytes.toString('utf8');
      body = Buffer.from(
        deps.templates.render({
          template: choice.template,
          body: text === '' ? '{}' : text,
          params: inputParams(inv),
          context: inv.context!,
          stageVariables: inv.api!.stageVariables,
        }),
        'utf8',
      );
    }
    mapped = applyOverrides(mapped, inv.context!.requestOverride);
  }
  if (integration.type === 'MOCK') {
    inv.integrationRequest = { httpMethod: inv.request.method, uri: '', headers: mapped.headers, query: mapped.query, body };
    return;
  }
  // AWS service and Lambda URIs are ARNs, not URLs: the integration reads them (integrations/aws.ts).
  const uri = integration.type === 'AWS' ? interpolateUri(integration.uri ?? '', mapped.path, inv.api!.stageVariables) : renderUri(integration.uri ?? '', mapped.path, inv.api!.stageVariables).href;
  const method = !integration.httpMethod || integration.httpMethod === 'ANY' ? inv.request.method : integration.httpMethod;
  const apiId = inv.request.target.apiId;
  const base: HeaderPair[] =
    integration.type === 'HTTP_PROXY'
      ? proxiedClientHeaders(inv.request.headers)
      : [
          ['Accept', 'application/json'],
          ['User-Agent', `AmazonAPIGateway_${apiId}`],
          ...(BODY_METHODS.has(inv.request.method) && contentType ? [['Content-Type', contentType] as HeaderPair] : []),
        ];
  const headers = mergeHeaders(
    [...base, ['X-Amzn-Apigateway-Api-Id', apiId], ['X-Amzn-Trace-Id', inv.traceId]],
    mapped.headers.filter(([k]) => !DROPPED_MAPPED_HEADERS.has(k.toLowerCase())),
  );
  inv.integrationRequest = { httpMethod: method, uri, headers, query: mapped.query, body };
}

/** Mapped headers replace headers of the same name, whatever the case [recorded]. */
function mergeHeaders(base: readonly HeaderPair[], mapped: readonly HeaderPair[]): HeaderPair[] {
  const names = new Set(mapped.map(([k]) => k.toLowerCase()));
  return [...base.filter(([k]) => !names.has(k.toLowerCase())), ...mapped];
}

export const templateOnBinary = () =>
  new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, { status: 500, fixedBody: true, detail: 'a mapping template cannot read a binary payload' });
