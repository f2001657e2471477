/**
 * Signature Version 4 for AWS service integrations, with the AWS SDK's signer
 * (`@smithy/signature-v4`): API Gateway signs the request it sends to the service with the
 * integration's credentials [docs]; locally, with the credentials the gateway was given.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HeaderPair } from '../context.js';
import type { AwsCredentials } from '../deps.js';

export type Unsigned = { method: string; url: URL; headers: readonly HeaderPair[]; body: Buffer };

export async function signRequest(req: Unsigned, service: string, region: string, credentials: AwsCredentials): Promise<HeaderPair[]> {
  const signer = new SignatureV4({ service, region, credentials, sha256: Sha256, uriEscapePath: service !== 's3' });
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of req.headers) headers[name] = value;
  headers.host = req.url.host;
  const query: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [k, v] of req.url.searchParams) {
    const existing = query[k];
    query[k] = existing === undefined ? v : [...(Array.isArray(existing) ? existing : [existing]), v];
  }
  const signed = await signer.sign({
    method: req.method,
    protocol: req.url.protocol,
    hostname: req.url.hostname,
    ...(req.url.port && { port: Number(req.url.port) }),
    path: req.url.pathname,
    query,
    headers,
    body: req.body,
  });
  return Object.entries(signed.headers).map(([k, v]): HeaderPair => [k, String(v)]);
}
