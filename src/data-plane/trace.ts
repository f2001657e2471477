/**
 * X-Ray trace ids (`X-Amzn-Trace-Id`): a client's `Root=...;Parent=...;Sampled=...` is kept as is;
 * a bare `Root=...` gets a new Parent; otherwise a new id `Root=1-{8 hex epoch}-{24 hex}` [recorded].
 */
import { pooledRandomBytes as randomBytes } from '../shared/random-pool.js';

export function traceId(clientHeader: string | undefined, nowMs: number): string {
  const parent = () => randomBytes(8).toString('hex');
  if (clientHeader?.includes('Root=')) {
    if (clientHeader.includes('Parent=')) return clientHeader;
    return `${clientHeader};Parent=${parent()};Sampled=0`;
  }
  const epoch = Math.floor(nowMs / 1000).toString(16).padStart(8, '0');
  return `Root=1-${epoch}-${randomBytes(12).toString('hex')};Parent=${parent()};Sampled=0`;
}

/** `x-amz-apigw-id` / `$context.extendedRequestId`: 16 characters ending in `=` [recorded]. */
export function extendedRequestId(): string {
  return `${randomBytes(11).toString('base64').replace(/[+/]/g, 'A').slice(0, 15)}=`;
}
