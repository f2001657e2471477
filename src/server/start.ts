/**
 * Starts a Portico server: opens the store, builds the apps, listens. Used by `portico serve`, by
 * end-to-end tests (port 0 picks a free port) and by benchmarks.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createControlPlane, MAX_BODY_BYTES } from '../control-plane/app.js';
import { createDataPlane } from '../data-plane/app.js';
import { vtlTemplates } from '../data-plane/mapping/templates.js';
import type { FunctionInvoker } from '../shared/functions.js';
import type { HttpRequest } from '../shared/http.js';
import { openStore, type StoreOptions } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { nodeListener } from './http-adapter.js';

export type StartOptions = StoreOptions & {
  host?: string;
  port?: number;
  account?: string;
  region?: string;
  log?: (line: string) => void;
  /** Serve each stage's current configuration instead of its deployment (development). */
  live?: boolean;
  /** Backend host (`backend.example` or `backend.example:8443`) -> local origin (`http://127.0.0.1:8080`). */
  upstreams?: ReadonlyMap<string, string>;
  /** VPC link id -> local origin of its target. */
  vpcLinks?: ReadonlyMap<string, string>;
  /** Lambda functions for AWS and AWS_PROXY integrations; closed with the server. */
  functions?: FunctionInvoker;
  /** AWS service name -> endpoint origin, for AWS service integrations. */
  services?: ReadonlyMap<string, string>;
  /** What AWS service requests are signed with. */
  credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
};

export type PorticoServer = {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly store: Store;
  close(): Promise<void>;
};

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4567;

export async function startPortico(options: StartOptions = {}): Promise<PorticoServer> {
  const store = openStore(options);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dataPlane = createDataPlane({
    store,
    templates: vtlTemplates,
    account: options.account,
    region: options.region,
    live: options.live,
    upstreams: options.upstreams,
    vpcLinks: options.vpcLinks,
    functions: options.functions,
    services: options.services,
    credentials: options.credentials,
    log,
  });
  const controlPlane = createControlPlane({ store, account: options.account, region: options.region, log, caches: dataPlane.caches });
  // One port serves both: invocations of deployed stages go to the data plane, the rest is the API.
  // Both planes take bodies up to 10 MB; the data plane answers a larger one with REQUEST_TOO_LARGE.
  const dispatch = (request: HttpRequest) =>
    !dataPlane.handles(request) ? controlPlane(request) : request.body.length > MAX_BODY_BYTES ? dataPlane.tooLarge(request) : dataPlane.handle(request);
  const tooLarge = (request: HttpRequest) => (dataPlane.handles(request) ? dataPlane.tooLarge(request) : undefined);
  // No `Keep-Alive: timeout=` header on responses (AWS sends none); idle sockets close after 5 minutes.
  const server = createServer({ keepAliveTimeout: 0 }, nodeListener(dispatch, { maxBodyBytes: MAX_BODY_BYTES, tooLarge, onError: (e) => log(String(e)) }));
  server.setTimeout(300_000, (socket) => socket.destroy());
  const host = options.host ?? DEFAULT_HOST;
  try {
    await listen(server, host, options.port ?? DEFAULT_PORT);
  } catch (err) {
    await store.close();
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    host,
    port,
    store,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 2_000).unref();
        });
        await dataPlane.close();
        await options.functions?.close();
        await store.close();
      })()),
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
