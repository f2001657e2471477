/**
 * Puts an HttpHandler on a node:http server: reads the body (up to a limit, past which the request
 * is answered 413 without buffering the rest), calls the handler, writes the response. A handler
 * that throws gets a 500; the socket layer never decides anything else.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpHandler, HttpRequest, HttpResponse } from '../shared/http.js';
import { TurnBatch } from '../shared/turn-batch.js';

export type AdapterOptions = {
  maxBodyBytes: number;
  onError?: (err: unknown) => void;
  /** The answer to a body over the limit (given the request without its body); a generic 413 otherwise. */
  tooLarge?: (request: HttpRequest) => HttpResponse | undefined;
};

const NO_BODY = Buffer.alloc(0);

export function nodeListener(handler: HttpHandler, options: AdapterOptions) {
  const respondWith = responseWriter(options.onError);
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
        respondWith(res, options.tooLarge?.(request) ?? tooLarge(options.maxBodyBytes));
        return;
      }
      const failed = (err: unknown) => {
        options.onError?.(err);
        respondWith(res, INTERNAL_ERROR);
      };
      let answer: HttpResponse | Promise<HttpResponse>;
      try {
        answer = handler(request);
      } catch (err) {
        failed(err);
        return;
      }
      if (answer instanceof Promise) answer.then((response) => respondWith(res, response), failed);
      else respondWith(res, answer);
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

const INTERNAL_ERROR: HttpResponse = { status: 500, headers: { 'Content-Type': 'application/json' }, body: '{"message":"Internal server error"}' };

/**
 * Responses ready in one turn of the event loop are written together at its end (see TurnBatch):
 * clients waiting on several connections wake once for the lot. A response node refuses to write
 * (an invalid header value) becomes a 500.
 */
function responseWriter(onError: ((err: unknown) => void) | undefined) {
  const batch = new TurnBatch();
  return (res: ServerResponse, response: HttpResponse): void =>
    batch.add(
      () => write(res, response),
      (err) => {
        onError?.(err);
        try {
          if (!res.headersSent) write(res, INTERNAL_ERROR);
          else res.destroy();
        } catch {
          res.destroy();
        }
      },
    );
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
