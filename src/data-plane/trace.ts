/**
 * X-Ray trace ids (`X-Amzn-Trace-Id`): a client's `Root=...;Parent=...;Sampled=...` is kept as is;
 * a bare `Root=...` gets a new Parent; otherwise a new id `Root=1-{8 hex epoch}-{24 hex}` [recorded].
 */
import { pooledRandomString } from '../shared/random-pool.js';

export function traceId(clientHeader: string | undefined, nowMs: number): string {
  const parent = () => pooledRandomString(8, 'hex');
  if (clientHeader?.includes('Root=')) {
    if (clientHeader.includes('Parent=')) return clientHeader;
    return `${clientHeader};Parent=${parent()};Sampled=0`;
  }
  const epoch = Math.floor(nowMs / 1000).toString(16).padStart(8, '0');
  return `Root=1-${epoch}-${pooledRandomString(12, 'hex')};Parent=${parent()};Sampled=0`;
}

/** `x-amz-apigw-id` / `$context.extendedRequestId`: 16 characters ending in `=` [recorded]. */
export function extendedRequestId(): string {
  return `${pooledRandomString(11, 'base64').slice(0, 15).replace(/[+/]/g, 'A')}=`;
}
