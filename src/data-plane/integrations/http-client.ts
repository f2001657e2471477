/**
 * The HTTP client of HTTP and HTTP_PROXY integrations: node:http/https with keep-alive agents, one
 * per TLS setting.
 *
 * - The request goes out with exactly the headers the pipeline built, names as built: no
 *   `Connection` header is added (AWS sends none [recorded: e2e-hdr-01]), no `Transfer-Encoding`
 *   (the pipeline always sets `Content-Length`). undici, measured faster, always writes
 *   `connection: keep-alive`, so it cannot send what AWS sends (docs/decisions.md).
 * - `timeoutInMillis` bounds the whole exchange; past it the client gets 504 `Endpoint request
 *   timed out` [docs, community].
 * - TLS certificates are verified unless the integration's `tlsConfig.insecureSkipVerification`
 *   is set; then only the chain is not verified: the certificate must still be in date and name
 *   the URI's host [docs: API_TlsConfig].
 * - Any other failure to talk to the backend (refused, reset, TLS, oversized answer) is a 500
 *   `Internal server error`, as AWS answers integration failures [recorded for AWS_PROXY; docs/decisions.md].
 * - Redirects are not followed.
 * - Upstream overrides: a map from a URI's host (`backend.example` or `backend.example:8443`) to a
 *   local origin (`http://127.0.0.1:8080`) lets an API whose URIs name real hosts run against local
 *   backends; the `Host` header still names the URI's host. VPC links resolve the same way.
 */
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { checkServerIdentity, type TLSSocket } from 'node:tls';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import { TurnBatch } from '../../shared/turn-batch.js';
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

const MAX_ORIGINS = 256;
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 256, maxFreeSockets: 64, scheduling: 'lifo' as const };

export class HttpClient {
  private readonly http = new HttpAgent(AGENT_OPTIONS);
  private readonly https = new HttpsAgent({ ...AGENT_OPTIONS, rejectUnauthorized: true });
  private readonly httpsInsecure = new HttpsAgent({ ...AGENT_OPTIONS, rejectUnauthorized: false });
  private readonly checked = new WeakSet<TLSSocket>();
  private readonly origins = new Map<string, URL>();
  private readonly turn = new TurnBatch();

  send(req: UpstreamRequest): Promise<UpstreamResponse> {
    // Requests ready in this turn of the event loop go out together at its end.
    return new Promise<UpstreamResponse>((resolve, reject) => this.turn.add(() => this.start(req, resolve, reject), reject));
  }

  private start(req: UpstreamRequest, resolve: (res: UpstreamResponse) => void, reject: (err: unknown) => void): void {
    const target = req.origin === undefined ? req.url : this.originOf(req.origin);
    const tls = target.protocol === 'https:';
    const hostHeader = req.headers.find(([k]) => k.toLowerCase() === 'host')?.[1];
    let settled = false;
    const done = (err: GatewayError | undefined, res?: UpstreamResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(res!);
    };
    const options = {
      method: req.method,
      host: target.hostname.replace(/^\[|\]$/g, ''),
      port: target.port || (tls ? 443 : 80),
      path: `${req.url.pathname}${req.url.search}`,
      setHost: false,
      agent: tls ? (req.insecure ? this.httpsInsecure : this.https) : this.http,
      ...(tls && { servername: (hostHeader ?? target.hostname).replace(/:\d+$/, ''), rejectUnauthorized: !req.insecure }),
    };
    const onResponse = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          res.destroy();
          done(failure('integration response larger than 10 MB'));
        } else chunks.push(chunk);
      });
      res.on('error', (e) => done(failure(e.message)));
      res.on('end', () => done(undefined, { status: res.statusCode ?? 502, headers: pairs(res.rawHeaders), body: Buffer.concat(chunks) }));
    };
    const outgoing: ClientRequest = tls ? httpsRequest(options, onResponse) : httpRequest(options, onResponse);
    if (tls && req.insecure) outgoing.on('socket', (socket) => this.checkInsecure(socket as TLSSocket, options.servername!));
    const timer = setTimeout(() => {
      outgoing.destroy();
      done(new GatewayError('INTEGRATION_TIMEOUT', gatewayMessages.endpointTimedOut, { fixedBody: true, detail: `no answer within ${req.timeoutMs} ms` }));
    }, req.timeoutMs);
    outgoing.on('error', (e) => done(failure(e.message)));
    try {
      for (const [name, values] of grouped(req.headers)) outgoing.setHeader(name, values.length === 1 ? values[0]! : values);
    } catch (e) {
      outgoing.destroy();
      done(failure((e as Error).message));
      return;
    }
    outgoing.removeHeader('connection');
    outgoing.end(req.body.length > 0 ? req.body : undefined);
  }

  /** An override origin parsed once (there are as many as configured upstreams and VPC links). */
  private originOf(origin: string): URL {
    let parsed = this.origins.get(origin);
    if (!parsed) {
      parsed = new URL(origin);
      if (this.origins.size < MAX_ORIGINS) this.origins.set(origin, parsed);
    }
    return parsed;
  }

  /**
   * With verification skipped, node checks nothing; AWS still checks expiry and host name. Runs
   * once per connection, before the request is written (the handshake completes first).
   */
  private checkInsecure(socket: TLSSocket, hostname: string): void {
    if (this.checked.has(socket)) return;
    this.checked.add(socket);
    socket.once('secureConnect', () => {
      // Typed as Error, but node sets the OpenSSL code string.
      const code = String(socket.authorizationError ?? '');
      const expired = code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID';
      const err = expired ? new Error(`certificate: ${code}`) : checkServerIdentity(hostname, socket.getPeerCertificate());
      if (err) socket.destroy(err);
    });
  }

  async close(): Promise<void> {
    this.http.destroy();
    this.https.destroy();
    this.httpsInsecure.destroy();
  }
}

const failure = (detail: string) =>
  new GatewayError('INTEGRATION_FAILURE', gatewayMessages.internalServerError, { status: 500, fixedBody: true, detail });

/** Repeated header names become one multi-valued header, sent as repeated lines; first spelling wins. */
function grouped(headers: readonly HeaderPair[]): Map<string, string[]> {
  const byLower = new Map<string, [string, string[]]>();
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    const entry = byLower.get(key);
    if (entry) entry[1].push(value);
    else byLower.set(key, [name, [value]]);
  }
  return new Map([...byLower.values()]);
}

function pairs(raw: readonly string[]): HeaderPair[] {
  const out: HeaderPair[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i]!, raw[i + 1]!]);
  return out;
}
