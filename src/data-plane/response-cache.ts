/**
 * Stage caching (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html).
 *
 * With the stage's cache cluster enabled, a method's responses are cached when its method setting
 * (`{resourcePath}/{METHOD}`, else `*\/*`) enables caching with a TTL above 0; the `*\/*` setting
 * applies to GET only. The key is the method plus the values of the integration's
 * `cacheKeyParameters`, within its `cacheNamespace`; other parameters do not matter [docs].
 * `Cache-Control: max-age=0` skips the cache and refreshes the entry when the method requires no
 * authorization [docs]. Only 2xx responses up to 1 MB are cached (docs/decisions.md).
 */
import type { MethodSetting, Stage } from '../model/deployment.js';
import type { HttpResponse } from '../shared/http.js';
import { TtlCache } from '../shared/ttl-cache.js';

export const MAX_CACHED_BYTES = 1_048_576;

/** What the keys of a stage's cached entries (responses, authorizer answers) start with: flushing drops them. */
export const stageKeyPrefix = (apiId: string, stage: string): string => `${apiId}/${stage}/`;
const DEFAULT_TTL_SECONDS = 300;

export class ResponseCache {
  private readonly entries: TtlCache<HttpResponse>;

  constructor(maxEntries = 10_000) {
    this.entries = new TtlCache(maxEntries);
  }

  get(key: string, now: number): HttpResponse | undefined {
    return this.entries.get(key, now);
  }

  set(key: string, response: HttpResponse, ttlSeconds: number, now: number): void {
    const size = Buffer.byteLength(response.body);
    if (response.status < 200 || response.status > 299 || size > MAX_CACHED_BYTES) return;
    this.entries.set(key, response, ttlSeconds * 1000, now);
  }

  /** FlushStageCache. */
  flush(prefix: string): void {
    this.entries.flush(prefix);
  }
}

/** The TTL that applies to the method, or undefined when its responses are not cached. */
export function cacheTtl(stage: Stage, resourcePath: string, httpMethod: string): number | undefined {
  if (!stage.cacheClusterEnabled) return undefined;
  const settings = stage.methodSettings ?? {};
  const rel = resourcePath.slice(1);
  const specific: MethodSetting | undefined =
    settings[`${rel}/${httpMethod}`] ?? settings[`${resourcePath.replace(/~/g, '~0').replace(/\//g, '~1')}/${httpMethod}`] ?? settings[`${resourcePath}/${httpMethod}`];
  const setting = specific ?? (httpMethod === 'GET' ? settings['*/*'] : undefined);
  if (!setting?.cachingEnabled) return undefined;
  const ttl = setting.cacheTtlInSeconds ?? DEFAULT_TTL_SECONDS;
  return ttl > 0 ? ttl : undefined;
}
