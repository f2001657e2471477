/**
 * Puts an HttpHandler on a node:http server: reads the body (up to a limit, past which the request
 * is answered 413 without buffering the rest), calls the handler, writes the response. A handler
 * that throws gets a 500; the socket layer never decides anything else.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpHandler, HttpRequest, HttpResponse } from '../shared/http.js';

export type AdapterOptions = {
  maxBodyBytes: number;
  onError?: (err: unknown) => void;
  /** The answer to a body over the limit (given the request without its body); a generic 413 otherwise. */
  tooLarge?: (request: HttpRequest) => HttpResponse | undefined;
};

const NO_BODY = Buffer.alloc(0);

export function nodeListener(handler: HttpHandler, options: AdapterOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const respond = (body: Buffer, overflow: boolean): void => {
      const request: HttpRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body,
        remoteAddress: req.socket.remoteAddress,
      };
      if (overflow) {
        write(res, options.tooLarge?.(request) ?? tooLarge(options.maxBodyBytes));
        return;
      }
      const failed = (err: unknown) => {
        options.onError?.(err);
        write(res, { status: 500, headers: { 'Content-Type': 'application/json' }, body: '{"message":"Internal server error"}' });
      };
      let answer: HttpResponse | Promise<HttpResponse>;
      try {
        answer = handler(request);
      } catch (err) {
        failed(err);
        return;
      }
      // Written in this callback when the handler answered at once: cheaper than from a microtask.
      if (answer instanceof Promise) answer.then((response) => write(res, response), failed);
      else write(res, answer);
    };
    // Most invocations carry no body: answer without waiting for the stream's end (node discards
    // an unread request stream itself once the response is sent).
    const length = req.headers['content-length'];
    if (req.headers['transfer-encoding'] === undefined && (length === undefined || length === '0')) {
      respond(NO_BODY, false);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxBodyBytes + 1) overflow = true;
      else chunks.push(chunk);
    });
    req.on('error', () => res.destroy());
    req.on('end', () => respond(overflow ? NO_BODY : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), overflow));
  };
}

function write(res: ServerResponse, response: HttpResponse): void {
  if (res.headersSent || res.destroyed) return;
  // A known length, never chunked: API Gateway answers with Content-Length [recorded: e2e-hdr-01, -03].
  const hasLength = Object.keys(response.headers).some((k) => /^(content-length|transfer-encoding)$/i.test(k));
  const headers = hasLength ? response.headers : { ...response.headers, 'Content-Length': String(Buffer.byteLength(response.body)) };
  res.writeHead(response.status, headers);
  res.end(response.body);
}

function tooLarge(limit: number): HttpResponse {
  const body = JSON.stringify({ message: `Request body exceeds the maximum size of ${limit} bytes` });
  return {
    status: 413,
    headers: { 'Content-Type': 'application/json', 'x-amzn-ErrorType': 'RequestEntityTooLargeException', Connection: 'close' },
    body,
  };
}
