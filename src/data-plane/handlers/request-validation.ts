/**
 * Stage 1b, method request validation
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html),
 * when the method names a request validator:
 *
 * - `validateRequestParameters`: every required (`true`) `method.request.*` parameter must be
 *   present; otherwise 400 `Missing required request parameters: [a, b]`, the names in the order
 *   of the sorted parameter keys (header < path < querystring) [recorded]. Header names match
 *   case-insensitively (HTTP); a parameter sent empty counts as present [guess].
 * - `validateRequestBody`: the body must satisfy the method's request model for the request's
 *   media type (`application/json` without Content-Type; `$default` otherwise unmatched); an
 *   empty body is validated as `{}` [recorded]. Otherwise 400 `Invalid request body` [recorded].
 */
import type { Invocation } from '../context.js';
import type { DataPlaneDeps } from '../deps.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import { bodyMatchesModel } from '../mapping/body-validation.js';
import { mediaType } from '../mapping/media-types.js';

export function requestValidation(inv: Invocation, _deps: DataPlaneDeps): void {
  const method = inv.route!.method;
  if (!method.requestValidatorId) return;
  const snapshot = inv.api!.snapshot;
  const validator = snapshot.requestValidators?.find((v) => v.id === method.requestValidatorId);
  if (!validator) return;
  if (validator.validateRequestParameters) {
    const missing = Object.keys(method.requestParameters ?? {})
      .filter((key) => method.requestParameters![key] === true)
      .sort()
      .filter((key) => !present(inv, key))
      .map((key) => key.replace(/^method\.request\.[a-z]+\./, ''));
    if (missing.length > 0) throw new GatewayError('BAD_REQUEST_PARAMETERS', gatewayMessages.missingParameters(missing));
  }
  if (validator.validateRequestBody) {
    const type = mediaType(inv.request.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1]) ?? 'application/json';
    const models = method.requestModels ?? {};
    const key = Object.keys(models).find((k) => k.toLowerCase() === type) ?? (models.$default !== undefined ? '$default' : undefined);
    if (key === undefined) return;
    if (!bodyMatchesModel(snapshot, models[key]!, inv.request.body.toString('utf8'))) {
      throw new GatewayError('BAD_REQUEST_BODY', gatewayMessages.invalidRequestBody);
    }
  }
}

/** Whether the method request has `method.request.{location}.{name}`. */
function present(inv: Invocation, key: string): boolean {
  const m = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/.exec(key);
  if (!m) return true;
  const [, location, name] = m as unknown as [string, string, string];
  switch (location) {
    case 'path':
      return Object.prototype.hasOwnProperty.call(inv.route!.pathParameters, name);
    case 'querystring':
    case 'multivaluequerystring':
      return inv.request.query.some(([k]) => k === name);
    default:
      return inv.request.headers.some(([k]) => k.toLowerCase() === name.toLowerCase());
  }
}
