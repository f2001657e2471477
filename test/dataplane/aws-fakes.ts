/**
 * Stand-ins for the AWS endpoints the AWS and AWS_PROXY vectors talk to, as local HTTP servers:
 *
 * - S3 (path style): PUT /{bucket}/{key} stores the bytes and Content-Type; GET returns them with
 *   an ETag, `response-content-type` overriding the Content-Type as S3 does.
 * - SQS (query protocol): `Action=SendMessage&MessageBody=…` answers SendMessageResponse XML.
 * - Lambda (Invoke API, `POST /2015-03-31/functions/{name}/invocations`) for functions written
 *   in Python in the recordings, whose error documents (`errorMessage, errorType, requestId,
 *   stackTrace`) only the Python runtime produces.
 *
 * Each refuses requests that are not SigV4-signed, so the tests also show the gateway signs them.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReceivedRequest } from './backends.js';

export type Fake = { origin: string; received: ReceivedRequest[]; close(): Promise<void> };
type Handler = (req: ReceivedRequest, res: ServerResponse) => void;

async function start(handler: Handler): Promise<Fake> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const headers: [string, string][] = [];
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
      const r: ReceivedRequest = { method: req.method ?? 'GET', path: url.pathname, query: [...url.searchParams], headers, body: Buffer.concat(chunks) };
      received.push(r);
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('AWS4-HMAC-SHA256 Credential=') || !req.headers['x-amz-date']) {
        res.writeHead(403, { 'Content-Type': 'text/plain' });
        res.end('request not signed');
        return;
      }
      handler(r, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export type S3Object = { body: Buffer; contentType: string };

export function startFakeS3(objects: Map<string, S3Object>): Promise<Fake> {
  return start((req, res) => {
    const key = decodeURIComponent(req.path);
    if (req.method === 'PUT') {
      const contentType = req.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? 'binary/octet-stream';
      objects.set(key, { body: req.body, contentType });
      res.writeHead(200, { ETag: `"${createHash('md5').update(req.body).digest('hex')}"`, 'Content-Length': '0' });
      res.end();
      return;
    }
    const object = objects.get(key);
    if (!object) {
      const body = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>';
      res.writeHead(404, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    const override = req.query.find(([k]) => k === 'response-content-type')?.[1];
    res.writeHead(200, {
      'Content-Type': override ?? object.contentType,
      'Content-Length': object.body.length,
      ETag: `"${createHash('md5').update(object.body).digest('hex')}"`,
    });
    res.end(object.body);
  });
}

export function startFakeSqs(): Promise<Fake> {
  return start((req, res) => {
    const form = new URLSearchParams(req.body.toString('utf8'));
    const action = form.get('Action') ?? req.query.find(([k]) => k === 'Action')?.[1];
    if (action !== 'SendMessage') {
      res.writeHead(400, { 'Content-Type': 'text/xml' });
      res.end('<ErrorResponse><Error><Code>InvalidAction</Code></Error></ErrorResponse>');
      return;
    }
    const md5 = createHash('md5').update(form.get('MessageBody') ?? '').digest('hex');
    const body = `<?xml version="1.0"?><SendMessageResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><SendMessageResult><MessageId>${randomUUID()}</MessageId><MD5OfMessageBody>${md5}</MD5OfMessageBody></SendMessageResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></SendMessageResponse>`;
    res.writeHead(200, { 'Content-Type': 'text/xml', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
}

/** Python functions of the recordings, by name: they get the event and return a result or raise. */
export type PythonFunction = (event: unknown) => { result: unknown } | { raise: { type: string; message: string } };

export function startFakeLambda(functions: ReadonlyMap<string, PythonFunction>): Promise<Fake> {
  return start((req, res) => {
    const name = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(req.path)?.[1];
    const fn = name === undefined ? undefined : functions.get(decodeURIComponent(name).split(':function:').pop()!.split(':')[0]!);
    if (!fn) {
      const body = JSON.stringify({ Type: 'User', message: `Function not found: ${name}` });
      res.writeHead(404, { 'Content-Type': 'application/json', 'x-amzn-ErrorType': 'ResourceNotFoundException', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    const requestId = randomUUID();
    const outcome = fn(JSON.parse(req.body.toString('utf8') || '{}'));
    const payload = 'result' in outcome
      ? JSON.stringify(outcome.result)
      : JSON.stringify({
          errorMessage: outcome.raise.message,
          errorType: outcome.raise.type,
          requestId,
          stackTrace: ['  File "/var/task/handler.py", line 7, in handler\n    raise Exception(...)\n'],
        });
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'X-Amz-Executed-Version': '$LATEST',
      'x-amzn-RequestId': requestId,
      ...('raise' in outcome && { 'X-Amz-Function-Error': 'Unhandled' }),
      'Content-Length': Buffer.byteLength(payload),
    });
    res.end(payload);
  });
}
