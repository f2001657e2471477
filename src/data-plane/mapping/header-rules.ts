/**
 * The header rules API Gateway applies on the way in and out, recorded in
 * LocalStack's AWS-validated header-remapping tests (shared/spec/data-plane.md §2.1, §5.6, §8.1).
 */
import type { IntegrationType } from '../../model/integration.js';
import type { HeaderPair } from '../context.js';

const lower = (names: readonly string[]): ReadonlySet<string> => new Set(names.map((n) => n.toLowerCase()));

/** Never visible to templates, `$input.params()`, mappings or integrations [recorded]. */
export const HIDDEN_REQUEST_HEADERS = lower([
  'Connection', 'Content-Length', 'Content-MD5', 'Expect', 'Max-Forwards', 'Proxy-Authenticate', 'Server', 'TE',
  'Transfer-Encoding', 'Trailer', 'Upgrade', 'WWW-Authenticate',
]);

/** HTTP_PROXY also drops these client headers; the Host becomes the backend's [recorded]. */
const PROXY_DROPPED = lower(['Content-Encoding', 'Via', 'Host']);

export function proxiedClientHeaders(headers: readonly HeaderPair[]): HeaderPair[] {
  return headers.filter(([name]) => !PROXY_DROPPED.has(name.toLowerCase()));
}

/** Mapping one of these integration request headers fails every call with 500 [recorded]. */
export function isForbiddenMappedHeader(type: IntegrationType, name: string): boolean {
  const n = name.toLowerCase();
  if (n === 'content-length' || n === 'transfer-encoding') return true;
  if (type === 'AWS' || type === 'AWS_PROXY') return ['authorization', 'connection', 'expect', 'proxy-authenticate', 'te'].includes(n);
  return false;
}

/** Mapped, but silently not sent to HTTP backends [recorded]. */
export const DROPPED_MAPPED_HEADERS = lower(['Connection', 'Expect', 'Proxy-Authenticate', 'TE', 'Via']);

/** Response headers of non-proxy integrations (mapped values) that are renamed `x-amzn-Remapped-*` [recorded]. */
const REMAPPED_MAPPED = lower([
  'Authorization', 'Connection', 'Content-Length', 'Content-MD5', 'Date', 'Expect', 'Host', 'Max-Forwards',
  'Proxy-Authenticate', 'Server', 'Trailer', 'Upgrade', 'User-Agent', 'WWW-Authenticate',
]);

/** Backend (HTTP_PROXY) or Lambda (AWS_PROXY) response headers that are renamed [recorded / emulator]. */
const REMAPPED_PROXY = lower(['Connection', 'Content-Length', 'Date', 'Server', 'x-amzn-RequestId']);

/** Renames or drops response headers the gateway sets itself, so they cannot clash. */
export function remapResponseHeaders(headers: readonly HeaderPair[], proxied: boolean): HeaderPair[] {
  const remapped = proxied ? REMAPPED_PROXY : REMAPPED_MAPPED;
  const out: HeaderPair[] = [];
  for (const [name, value] of headers) {
    const n = name.toLowerCase();
    if (n === 'transfer-encoding') continue;
    out.push(remapped.has(n) ? [`x-amzn-Remapped-${name}`, value] : [name, value]);
  }
  return out;
}
