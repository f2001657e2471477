/**
 * Parameter mapping: the sources of `requestParameters` (method request -> integration request)
 * and `responseParameters` (endpoint response -> method response), evaluated as API Gateway does
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html):
 *
 *   method.request.{path|querystring|header}.NAME          the value (the last one when repeated)
 *   method.request.{multivaluequerystring|multivalueheader}.NAME   every value
 *   method.request.body[.PATH]   integration.response.body[.PATH]   the body, or a JSONPath into it
 *   integration.response.{header|multivalueheader}.NAME
 *   context.NAME   stageVariables.NAME   'static value'
 *
 * Names match case-sensitively [docs: known issues]. A source that resolves to nothing yields no
 * target at all, not an empty one [recorded]. An empty body reads as `{}` [inferred, "validated
 * against AWS" in LocalStack's tests]. A body that starts like JSON but is not is a 400
 * `Invalid JSON in request body` when a JSONPath source reads it [inferred: emulator].
 */
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import type { HeaderPair } from '../context.js';

/** A mapped value: one string, or several (multi-value sources). */
export type MappedValue = string | readonly string[];

export type JsonPathEvaluator = (document: unknown, path: string) => { found: false } | { found: true; value: unknown };

export type SourceScope = {
  path?: Readonly<Record<string, string>>;
  query?: readonly (readonly [string, string])[];
  headers?: readonly HeaderPair[];
  body?: string;
  context: Readonly<Record<string, unknown>>;
  stageVariables: Readonly<Record<string, string>>;
  /** `method.request` or `integration.response`. */
  prefix: 'method.request' | 'integration.response';
  jsonPath: JsonPathEvaluator;
  /** Lambda custom integration errors: JSON text inside `errorMessage` is read as JSON [docs]. */
  errorMessageJson?: boolean;
};

export function resolveSource(expression: string, scope: SourceScope): MappedValue | undefined {
  if (/^'.*'$/s.test(expression)) return expression.slice(1, -1);
  if (expression.startsWith('stageVariables.')) return scope.stageVariables[expression.slice('stageVariables.'.length)];
  if (expression.startsWith('context.')) return contextValue(scope.context, expression.slice('context.'.length));
  if (!expression.startsWith(`${scope.prefix}.`)) return undefined;
  const rest = expression.slice(scope.prefix.length + 1);
  const dot = rest.indexOf('.');
  const location = dot < 0 ? rest : rest.slice(0, dot);
  const name = dot < 0 ? '' : rest.slice(dot + 1);
  switch (location) {
    case 'path':
      return scope.path?.[name];
    case 'querystring':
      return lastOf(scope.query, name);
    case 'multivaluequerystring':
      return allOf(scope.query, name);
    case 'header':
      return lastOf(scope.headers, name);
    case 'multivalueheader': {
      const all = allOf(scope.headers, name);
      return all && all.join(',');
    }
    case 'body':
      return bodyValue(scope, name);
    default:
      return undefined;
  }
}

export function lastOf(pairs: readonly (readonly [string, string])[] | undefined, name: string): string | undefined {
  let found: string | undefined;
  for (const [k, v] of pairs ?? []) if (k === name) found = v;
  return found;
}

function allOf(pairs: readonly (readonly [string, string])[] | undefined, name: string): string[] | undefined {
  const values = (pairs ?? []).filter(([k]) => k === name).map(([, v]) => v);
  return values.length > 0 ? values : undefined;
}

/** A `$context` value by dotted path, as text; undefined when missing, null or not a single value. */
export function contextValue(context: Readonly<Record<string, unknown>>, path: string): string | undefined {
  let value: unknown = context;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null || value === undefined || typeof value === 'object') return undefined;
  return String(value);
}

function bodyValue(scope: SourceScope, path: string): string | undefined {
  const raw = scope.body ?? '';
  const text = raw === '' ? '{}' : raw;
  if (path === '') return text;
  const trimmed = text.trimStart();
  if (!/^["'{[]/.test(trimmed)) return undefined;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new GatewayError('BAD_REQUEST_BODY', gatewayMessages.invalidJsonBody);
  }
  const [head, ...tail] = path.split('.');
  if (scope.errorMessageJson && head === 'errorMessage' && tail.length > 0 && document && typeof document === 'object') {
    const inner = (document as Record<string, unknown>).errorMessage;
    if (typeof inner === 'string') {
      try {
        document = { errorMessage: JSON.parse(inner) };
      } catch {
        // Not JSON inside: the path below the message finds nothing.
      }
    }
  }
  const result = scope.jsonPath(document, `$.${path}`);
  if (!result.found || result.value === null || result.value === undefined) return undefined;
  return typeof result.value === 'string' ? result.value : JSON.stringify(result.value);
}
