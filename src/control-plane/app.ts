/**
 * The control plane as a function: an HTTP request in, API Gateway's response out.
 *
 * route (routes.ts) -> read and validate the input against the model (protocol/) -> run the
 * operation (operations/) -> serialise the output in model order. Every failure becomes an AWS
 * error response; an unexpected exception is logged and answered with a 500, never a crash.
 */
import { AwsError, InternalFailure, RequestEntityTooLargeException, SerializationException, UnknownOperationException, NotImplementedException } from '../errors/aws-error.js';
import * as msg from '../errors/messages.js';
import type { ServiceModel } from '../aws-model/shapes.js';
import { serviceModel } from '../aws-model/service-model.js';
import type { Clock } from '../shared/clock.js';
import { systemClock } from '../shared/clock.js';
import { headerValue, splitUrl, type HttpHandler, type HttpRequest, type HttpResponse } from '../shared/http.js';
import { newRequestId } from '../shared/ids.js';
import { dryRunStore } from '../store/dry-run.js';
import type { StageCaches } from '../shared/stage-caches.js';
import type { Store } from '../store/store.js';
import type { OperationContext, OperationHandler } from './operation.js';
import { readInput } from './protocol/input.js';
import { errorResponse, jsonResponse, shapeJson } from './protocol/output.js';
import { validateInput } from './protocol/validate.js';
import { OPERATIONS } from './registry.js';
import { Router } from './routes.js';

export type ControlPlaneOptions = {
  store: Store;
  clock?: Clock;
  account?: string;
  region?: string;
  model?: ServiceModel;
  operations?: Readonly<Record<string, OperationHandler>>;
  maxBodyBytes?: number;
  log?: (line: string) => void;
  /** The data plane's stage caches, for FlushStageCache and FlushStageAuthorizersCache. */
  caches?: StageCaches;
};

export const DEFAULT_ACCOUNT = '000000000000';
export const DEFAULT_REGION = 'us-east-1';
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/**
 * Beyond AWS: an Update* request with this header set to `true` is computed and validated but not
 * stored; the response carries the same header, so a client can tell that the server honoured it.
 */
export const DRY_RUN_HEADER = 'x-portico-dry-run';

export function createControlPlane(options: ControlPlaneOptions): HttpHandler {
  const model = options.model ?? serviceModel;
  const router = new Router(model);
  const operations = options.operations ?? OPERATIONS;
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  return async (request: HttpRequest): Promise<HttpResponse> => {
    const requestId = newRequestId();
    try {
      const { path, query: rawQuery } = splitUrl(request.url);
      const query = new URLSearchParams(rawQuery);
      const route = router.match(request.method, path, query);
      if ('error' in route) {
        throw route.error === 'bad-encoding'
          ? new SerializationException(msg.badPathEncoding())
          : new UnknownOperationException(msg.unknownOperation(request.method, path));
      }
      const opModel = model.operations[route.operation]!;
      const handler = operations[route.operation];
      if (!handler) throw new NotImplementedException(msg.notImplemented(route.operation));
      if (request.body.length > maxBody) throw new RequestEntityTooLargeException(msg.bodyTooLarge(maxBody));
      const inputShape = opModel.input?.shape;
      const payloadMember = inputShape ? (model.shapes[inputShape] as { payload?: string } | undefined)?.payload : undefined;
      const body = payloadMember ? undefined : parseJsonBody(request);
      const input = readInput(model, inputShape, { labels: route.labels, query, headers: request.headers, body });
      if (payloadMember) input[payloadMember] = request.body.toString('utf8');
      validateInput(model, route.operation, inputShape, input);
      const dryRun = headerValue(request.headers, DRY_RUN_HEADER) === 'true' && route.operation.startsWith('Update');
      const ctx: OperationContext = {
        store: dryRun ? dryRunStore(options.store) : options.store,
        clock: options.clock ?? systemClock,
        account: options.account ?? DEFAULT_ACCOUNT,
        region: options.region ?? DEFAULT_REGION,
        requestId,
        ...(options.caches && { caches: options.caches }),
      };
      const output = await handler(input, ctx);
      const outputShape = opModel.output?.shape;
      const text = outputShape && output !== undefined ? shapeJson(model, outputShape, output) : undefined;
      const response = jsonResponse(opModel.http.responseCode ?? 200, text, requestId);
      if (dryRun) response.headers[DRY_RUN_HEADER] = 'true';
      return response;
    } catch (err) {
      if (err instanceof AwsError) return errorResponse(err, requestId);
      log(`portico: internal error in ${request.method} ${request.url} (${requestId}): ${(err as Error)?.stack ?? String(err)}`);
      return errorResponse(new InternalFailure(msg.internalFailure()), requestId);
    }
  };
}

function parseJsonBody(request: HttpRequest): unknown {
  // API Gateway reads the body as JSON whatever the Content-Type says.
  const text = request.body.toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SerializationException(msg.malformedJson((err as Error).message));
  }
}
