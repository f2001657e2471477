/** A raw HTTP client for invoking stages in tests. */
import { request as httpRequest } from 'node:http';

export type Received = { status: number; headers: [string, string][]; body: Buffer };

/**
 * node:http rather than fetch: the vectors send hop-by-hop headers (Connection, Transfer-Encoding,
 * Expect, TE, ...) that fetch refuses to set, to show that the gateway drops them.
 */
export function send(url: string, method: string, headers: Record<string, string>, body: Buffer | undefined): Promise<Received> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers: { ...headers, ...(body && !('Transfer-Encoding' in headers) && { 'Content-Length': String(body.length) }) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const pairs: [string, string][] = [];
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
        resolve({ status: res.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks) });
      });
    });
    req.setTimeout(15_000, () => req.destroy(new Error(`no answer from ${url} within 15 s`)));
    req.on('error', reject);
    req.end(body);
  });
}


/** The first value of a response header (case-insensitive), or undefined. */
export const headerOf = (r: Received, name: string): string | undefined => r.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
