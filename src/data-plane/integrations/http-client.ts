/**
 * The HTTP client of HTTP and HTTP_PROXY integrations: undici connection pools with keep-alive, one
 * per backend origin and TLS setting.
 *
 * - `timeoutInMillis` bounds the whole exchange; past it the client gets 504 `Endpoint request
 *   timed out` [docs, community].
 * - TLS certificates are verified unless the integration's `tlsConfig.insecureSkipVerification`
 *   is set [docs: API_TlsConfig].
 * - Any other failure to talk to the backend (refused, reset, TLS, oversized answer) is a 500
 *   `Internal server error`, as AWS answers integration failures [recorded for AWS_PROXY; docs/decisions.md].
 * - Redirects are not followed.
 * - Upstream overrides: a map from a URI's host (`backend.example` or `backend.example:8443`) to a
 *   local origin (`http://127.0.0.1:8080`) lets an API whose URIs name real hosts run against local
 *   backends; the `Host` header still names the URI's host. VPC links resolve the same way.
 */
import { Pool, errors as undiciErrors } from 'undici';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import type { HeaderPair } from '../context.js';

export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

export type UpstreamRequest = {
  method: string;
  url: URL;
  headers: HeaderPair[];
  body: Buffer;
  timeoutMs: number;
  insecure: boolean;
  /** Overrides the origin the request is sent to (upstream override or VPC link target). */
  origin?: string;
};

export type UpstreamResponse = { status: number; headers: HeaderPair[]; body: Buffer };

export class HttpClient {
  private readonly pools = new Map<string, Pool>();

  async send(req: UpstreamRequest): Promise<UpstreamResponse> {
    const origin = req.origin ?? req.url.origin;
    const pool = this.pool(origin, req.insecure);
    const signal = AbortSignal.timeout(req.timeoutMs);
    try {
      const res = await pool.request({
        method: req.method as never,
        path: `${req.url.pathname}${req.url.search}`,
        headers: req.headers.flatMap(([k, v]) => [k, v]),
        body: req.body.length > 0 || !['GET', 'HEAD'].includes(req.method) ? req.body : undefined,
        signal,
        headersTimeout: req.timeoutMs,
        bodyTimeout: req.timeoutMs,
      });
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > MAX_RESPONSE_BYTES) {
          res.body.destroy();
          throw failure('integration response larger than 10 MB');
        }
        chunks.push(chunk as Buffer);
      }
      return { status: res.statusCode, headers: pairs(res.headers), body: Buffer.concat(chunks) };
    } catch (err) {
      if (err instanceof GatewayError) throw err;
      if (signal.aborted || err instanceof undiciErrors.HeadersTimeoutError || err instanceof undiciErrors.BodyTimeoutError) {
        throw new GatewayError('INTEGRATION_TIMEOUT', gatewayMessages.endpointTimedOut, { detail: `no answer within ${req.timeoutMs} ms` });
      }
      throw failure((err as Error).message);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.close().catch(() => undefined)));
    this.pools.clear();
  }

  private pool(origin: string, insecure: boolean): Pool {
    const key = `${insecure ? 'insecure' : 'verify'} ${origin}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = new Pool(origin, { connections: 64, pipelining: 1, connect: { rejectUnauthorized: !insecure } });
      this.pools.set(key, pool);
    }
    return pool;
  }
}

const failure = (detail: string) =>
  new GatewayError('INTEGRATION_FAILURE', gatewayMessages.internalServerError, { status: 500, fixedBody: true, detail });

/** undici gives header names lower-cased; HTTP header names are case-insensitive. */
function pairs(headers: Record<string, string | string[] | undefined>): HeaderPair[] {
  const out: HeaderPair[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.push([name, v]);
  }
  return out;
}
