/**
 * Requests and responses as plain values. Servers are functions from one to the other
 * (convention 6 of shared/design/architecture.md); `src/server/` adapts them to sockets.
 */
export type HeaderValue = string | string[] | undefined;

export type HttpRequest = {
  readonly method: string;
  /** Path and query exactly as received (still percent-encoded). */
  readonly url: string;
  /** Header names in lower case, as node:http gives them. */
  readonly headers: Readonly<Record<string, HeaderValue>>;
  readonly body: Buffer;
  /** Header names and values as received, name casing kept (node's `rawHeaders`). */
  readonly rawHeaders?: readonly string[];
  /** Address of the client, for `$context.identity.sourceIp`. */
  readonly remoteAddress?: string;
};

export type HttpResponse = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer | string;
};

/** A handler answers at once when it can (nothing to wait for), or later. */
export type HttpHandler = (request: HttpRequest) => HttpResponse | Promise<HttpResponse>;

/** The first value of a header, or undefined. */
export function headerValue(headers: Readonly<Record<string, HeaderValue>>, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Splits `url` into the raw path and the raw query string (without `?`). */
export function splitUrl(url: string): { path: string; query: string } {
  const q = url.indexOf('?');
  return q < 0 ? { path: url, query: '' } : { path: url.slice(0, q), query: url.slice(q + 1) };
}
