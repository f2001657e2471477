/**
 * Which mapping template applies
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html).
 *
 * Request: the key is the request's media type, `application/json` when there is no Content-Type;
 * an exact template wins, then `$default` [inferred]. Without a match the passthrough behavior
 * decides: WHEN_NO_MATCH passes the body through, WHEN_NO_TEMPLATES passes it only when no
 * template exists at all, NEVER refuses — 415 Unsupported Media Type [docs]; NEVER with no
 * template at all also refuses [inferred].
 *
 * Response: the key is the first media type of the client's Accept (`application/json` when
 * absent); then `application/json`; then the first template in definition order; no templates
 * means the body passes unchanged [docs; emulator for the fallbacks].
 *
 * An empty template (stored as null) is selected like any other (so it averts a 415), and passes
 * the body through unchanged: the manual page of update-integration calls a template added without
 * a value "Input Passthrough", and the developer guide returns "the response payload unmapped" by
 * "an empty template for application/json" [docs; docs/decisions.md].
 */
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import { mediaType } from './media-types.js';

/** A template, or the body passed through unchanged. */
export type TemplateChoice = { kind: 'template'; template: string } | { kind: 'passthrough' };

const DEFAULT_TYPE = 'application/json';

export function requestTemplate(
  templates: Readonly<Record<string, string | null>> | undefined,
  contentType: string | undefined,
  passthroughBehavior: string | undefined,
): TemplateChoice {
  const type = mediaType(contentType) ?? DEFAULT_TYPE;
  const keys = Object.keys(templates ?? {});
  const exact = keys.find((k) => k.toLowerCase() === type) ?? (keys.includes('$default') ? '$default' : undefined);
  if (exact !== undefined) return chosen(templates![exact]);
  const behavior = passthroughBehavior ?? 'WHEN_NO_MATCH';
  if (behavior === 'WHEN_NO_MATCH' || (behavior === 'WHEN_NO_TEMPLATES' && keys.length === 0)) return { kind: 'passthrough' };
  throw new GatewayError('UNSUPPORTED_MEDIA_TYPE', gatewayMessages.unsupportedMediaType);
}

export function responseTemplate(templates: Readonly<Record<string, string | null>> | undefined, accept: string | undefined): TemplateChoice {
  const keys = Object.keys(templates ?? {});
  if (keys.length === 0) return { kind: 'passthrough' };
  const type = mediaType(accept) ?? DEFAULT_TYPE;
  const key = keys.find((k) => k.toLowerCase() === type) ?? keys.find((k) => k.toLowerCase() === DEFAULT_TYPE) ?? keys[0]!;
  return chosen(templates![key]);
}

const chosen = (template: string | null | undefined): TemplateChoice => (template ? { kind: 'template', template } : { kind: 'passthrough' });
