/**
 * Parameter declarations and mapping expressions, validated as API Gateway validates them on Put*.
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html)
 *
 * - Method request parameters: `method.request.{path|querystring|multivaluequerystring|header|
 *   multivalueheader}.NAME` -> required flag; a name may appear in only one location [recorded].
 * - Integration request parameters: `integration.request.{path|querystring|multivaluequerystring|
 *   header|multivalueheader}.NAME` -> a source: a declared method request parameter, a static
 *   `'value'`, `stageVariables.X`, `context.X`, `method.request.body` or `method.request.body.PATH`.
 * - Method response parameters: `method.response.header.NAME` -> required flag.
 * - Integration response parameters: a declared `method.response.header.NAME` -> a source:
 *   `integration.response.{header|multivalueheader}.X`, `integration.response.body[.PATH]`,
 *   `'value'`, `stageVariables.X`, `context.X`.
 *
 * Errors are BadRequestException `Invalid mapping expression specified: Validation Result:
 * warnings : [], errors : [...]` with the item AWS names [recorded / issue reports].
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';

const REQUEST_LOCATIONS = ['path', 'querystring', 'multivaluequerystring', 'header', 'multivalueheader'] as const;
type RequestLocation = (typeof REQUEST_LOCATIONS)[number];

/** Splits `prefix.location.name`; undefined when the key does not have that form. */
function parseKey(key: string, prefix: string): { location: RequestLocation; name: string } | undefined {
  if (!key.startsWith(`${prefix}.`)) return undefined;
  const rest = key.slice(prefix.length + 1);
  const dot = rest.indexOf('.');
  if (dot <= 0 || dot === rest.length - 1) return undefined;
  const location = rest.slice(0, dot) as RequestLocation;
  if (!REQUEST_LOCATIONS.includes(location)) return undefined;
  return { location, name: rest.slice(dot + 1) };
}

/** The location family for the uniqueness rule: multi-value locations share their single-value one. */
const family = (location: RequestLocation): string => location.replace(/^multivalue/, '');

export function checkMethodRequestParameters(parameters: Record<string, boolean>): void {
  const seen = new Map<string, string>();
  for (const key of Object.keys(parameters)) {
    const parsed = parseKey(key, 'method.request');
    if (!parsed) throw new BadRequestException(msg.invalidMappingExpression(key));
    const other = seen.get(parsed.name);
    if (other !== undefined && other !== family(parsed.location)) throw new BadRequestException(msg.parameterNamesNotUnique());
    seen.set(parsed.name, family(parsed.location));
  }
}

export function checkMethodResponseParameters(parameters: Record<string, boolean>): void {
  for (const key of Object.keys(parameters)) {
    if (!/^method\.response\.header\.[^.\s][^\s]*$/.test(key)) throw new BadRequestException(msg.invalidMappingExpression(key));
  }
}

const STATIC = /^'[^']*'$/;
const STAGE_VARIABLE = /^stageVariables\.[A-Za-z0-9_]+$/;
const CONTEXT = /^context\.[A-Za-z0-9_.-]+$/;

export function checkIntegrationRequestParameters(
  parameters: Record<string, string | null>,
  declared: Readonly<Record<string, boolean>> | undefined,
): void {
  for (const [key, source] of Object.entries(parameters)) {
    if (!parseKey(key, 'integration.request')) throw new BadRequestException(msg.invalidMappingExpression(key));
    if (source === null) throw new BadRequestException(msg.invalidMappingExpression(String(source)));
    if (STATIC.test(source) || STAGE_VARIABLE.test(source) || CONTEXT.test(source)) continue;
    if (source === 'method.request.body' || source.startsWith('method.request.body.')) continue;
    if (parseKey(source, 'method.request')) {
      if (!declared || !Object.prototype.hasOwnProperty.call(declared, source)) {
        throw new BadRequestException(msg.invalidMappingParameter(source));
      }
      continue;
    }
    throw new BadRequestException(msg.invalidMappingExpression(source));
  }
}

export function checkIntegrationResponseParameters(
  parameters: Record<string, string | null>,
  declared: Readonly<Record<string, boolean>> | undefined,
  methodResponseExists: boolean,
): void {
  for (const [key, source] of Object.entries(parameters)) {
    if (!/^method\.response\.header\.[^.\s][^\s]*$/.test(key)) throw new BadRequestException(msg.invalidMappingExpression(key));
    if (!methodResponseExists) throw new BadRequestException(msg.noMethodResponse());
    if (!declared || !Object.prototype.hasOwnProperty.call(declared, key)) throw new BadRequestException(msg.invalidMappingParameter(key));
    if (source === null) throw new BadRequestException(msg.invalidMappingExpression(String(source)));
    if (STATIC.test(source) || STAGE_VARIABLE.test(source) || CONTEXT.test(source)) continue;
    if (/^integration\.response\.(header|multivalueheader)\.[^\s]+$/.test(source)) continue;
    if (source === 'integration.response.body' || source.startsWith('integration.response.body.')) continue;
    throw new BadRequestException(msg.invalidMappingExpression(source));
  }
}
