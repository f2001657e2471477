/**
 * The fake backends the data-plane vectors describe in prose (`backend.behavior` in
 * shared/vectors/dataplane.json), as real local HTTP servers. Each records what it received.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedRequest = {
  method: string;
  path: string;
  query: [string, string][];
  /** Header names as received (casing kept). */
  headers: [string, string][];
  body: Buffer;
};

type Behaviour = (req: ReceivedRequest, res: ServerResponse, calls: number) => void | Promise<void>;

const json = (res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}) => {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(body);
};

const headerObject = (req: ReceivedRequest, lower: boolean): Record<string, string> =>
  Object.fromEntries(req.headers.map(([k, v]) => [lower ? k.toLowerCase() : canonical(k), v]));
const canonical = (name: string) => name.split('-').map((p) => (p ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p)).join('-');
const lastSegment = (req: ReceivedRequest) => Number(req.path.split('/').filter(Boolean).pop());
const parsedJson = (body: Buffer): unknown => {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
};

function httpbin(extraHeaders: Record<string, string> = {}): Behaviour {
  return (req, res) =>
    json(
      res,
      200,
      {
        args: Object.fromEntries(req.query),
        data: req.body.toString('utf8'),
        headers: headerObject(req, false),
        json: parsedJson(req.body),
        origin: '127.0.0.1',
        url: `http://httpbin.example${req.path}`,
      },
      { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true', Server: 'gunicorn/19.9.0', ...extraHeaders },
    );
}

/** Behaviour by the vector's description (every description used by a vector of issue 5). */
export function behaviourFor(description: string, responseHeaders?: Record<string, string>): Behaviour {
  if (description.startsWith('respond 200 with the received request body verbatim')) {
    return (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(req.body);
    };
  }
  if (description.startsWith('respond with the status code found as the last path segment')) {
    return (req, res) => json(res, lastSegment(req), { method: req.method, path: req.path, body: req.body.toString('utf8') });
  }
  if (description.startsWith('Lambda URL: responds with status = last path segment')) {
    return (req, res) => json(res, lastSegment(req), { status_code: lastSegment(req), message: '' });
  }
  if (description.startsWith('Lambda-URL echo')) {
    return (req, res) =>
      json(res, 200, {
        args: Object.fromEntries(req.query),
        data: req.body.toString('utf8'),
        domain: 'lambda-url.example',
        headers: headerObject(req, true),
        method: req.method,
        origin: '127.0.0.1',
        path: req.path,
      }, { 'x-amzn-RequestId': 'lambda-url-request-id' });
  }
  if (description.startsWith('httpbin')) return httpbin(responseHeaders);
  if (description.startsWith('Lambda URL returning exactly the request body')) {
    return (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(req.body);
    };
  }
  if (description.startsWith('returns a JSON body with an incrementing counter')) {
    return (_req, res, calls) => json(res, 200, { counter: calls });
  }
  if (description.startsWith('responds after 1 second')) {
    return (_req, res) =>
      new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          if (!res.destroyed) json(res, 200, { slow: true });
          resolve();
        }, 1000);
        res.on('close', () => {
          clearTimeout(t);
          resolve();
        });
      });
  }
  if (description.startsWith('must not be called')) return (_req, res) => json(res, 599, { error: 'backend must not be called' });
  throw new Error(`no fake backend for: ${description}`);
}

export type FakeBackend = { origin: string; received: ReceivedRequest[]; close(): Promise<void> };

export async function startBackend(behaviour: Behaviour): Promise<FakeBackend> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const headers: [string, string][] = [];
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
      const r: ReceivedRequest = { method: req.method ?? 'GET', path: url.pathname, query: [...url.searchParams], headers, body: Buffer.concat(chunks) };
      received.push(r);
      void behaviour(r, res, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
