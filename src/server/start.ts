/**
 * Starts a Portico server: opens the store, builds the apps, listens. Used by `portico serve`, by
 * end-to-end tests (port 0 picks a free port) and by benchmarks.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createControlPlane, MAX_BODY_BYTES } from '../control-plane/app.js';
import { openStore, type StoreOptions } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { nodeListener } from './http-adapter.js';

export type StartOptions = StoreOptions & {
  host?: string;
  port?: number;
  account?: string;
  region?: string;
  log?: (line: string) => void;
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
  const controlPlane = createControlPlane({ store, account: options.account, region: options.region, log });
  const server = createServer({ keepAliveTimeout: 65_000 }, nodeListener(controlPlane, { maxBodyBytes: MAX_BODY_BYTES, onError: (e) => log(String(e)) }));
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
