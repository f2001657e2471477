/**
 * A Lambda authorizer's identity sources
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_Authorizer.html#apigw-Type-Authorizer-identitySource):
 * a comma-separated list of `method.request.header.NAME`, `method.request.querystring.NAME`,
 * `stageVariables.NAME` and `context.NAME`. The values are the authorizer's cache key, and the
 * request must carry every one of them, non-empty: otherwise the answer is 401 `Unauthorized`
 * without calling the function [docs].
 *
 * Header names match case-insensitively (HTTP header names are; a client sending `authorization`
 * for `method.request.header.Authorization` is authorized on AWS) [inferred]; a repeated header or
 * query parameter gives its last value, as parameter mapping does.
 */
import type { HeaderPair } from '../context.js';
import { contextValue, lastOf } from '../mapping/parameters.js';

export type IdentitySource =
  | { readonly kind: 'header' | 'querystring' | 'stageVariables' | 'context'; readonly name: string; readonly expression: string };

const SOURCE = /^(?:method\.request\.(header|querystring)|(stageVariables|context))\.(.+)$/;

/** The sources of an identitySource text, in order; undefined when one is not a source API Gateway knows. */
export function parseIdentitySource(text: string | undefined): IdentitySource[] | undefined {
  if (text === undefined || text.trim() === '') return [];
  const sources: IdentitySource[] = [];
  for (const part of text.split(',')) {
    const expression = part.trim();
    const m = SOURCE.exec(expression);
    if (!m) return undefined;
    sources.push({ kind: (m[1] ?? m[2]) as IdentitySource['kind'], name: m[3]!, expression });
  }
  return sources;
}

export type IdentityScope = {
  readonly headers: readonly HeaderPair[];
  readonly query: readonly (readonly [string, string])[];
  readonly stageVariables: Readonly<Record<string, string>>;
  readonly context: Readonly<Record<string, unknown>>;
};

/** The value of each source in order, or undefined when one is missing, null or empty. */
export function identityValues(sources: readonly IdentitySource[], scope: IdentityScope): string[] | undefined {
  const values: string[] = [];
  for (const source of sources) {
    const value = valueOf(source, scope);
    if (value === undefined || value === '') return undefined;
    values.push(value);
  }
  return values;
}

function valueOf(source: IdentitySource, scope: IdentityScope): string | undefined {
  switch (source.kind) {
    case 'header': {
      const name = source.name.toLowerCase();
      let found: string | undefined;
      for (const [k, v] of scope.headers) if (k.toLowerCase() === name) found = v;
      return found;
    }
    case 'querystring':
      return lastOf(scope.query, source.name);
    case 'stageVariables':
      return Object.prototype.hasOwnProperty.call(scope.stageVariables, source.name) ? scope.stageVariables[source.name] : undefined;
    case 'context':
      return contextValue(scope.context, source.name);
  }
}
