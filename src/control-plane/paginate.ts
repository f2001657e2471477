/**
 * Pagination of Get* collections: `limit` items (default 25, at most 500) from `position`, and a
 * `position` token for the next page when there is one.
 *
 * Items are ordered by id (AWS lists resources in id order [issue report]; for the other
 * collections the order is unrecorded). The token is the base64url of the next item's id, and a
 * page starts at the first id not below it, so a token stays meaningful when that item is deleted
 * meanwhile. `limit` outside 1..500 is clamped: AWS accepts `limit=-1` [recorded on GetApiKeys].
 */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 500;

export type Page<T> = { items: T[]; position?: string };

export function paginate<T>(all: readonly T[], idOf: (item: T) => string, position?: string, limit?: number): Page<T> {
  const size = limit === undefined || limit < 1 ? DEFAULT_PAGE_SIZE : Math.min(limit, MAX_PAGE_SIZE);
  const sorted = [...all].sort((a, b) => compare(idOf(a), idOf(b)));
  let start = 0;
  if (position) {
    const from = Buffer.from(position, 'base64url').toString('utf8');
    start = sorted.findIndex((item) => compare(idOf(item), from) >= 0);
    if (start < 0) start = sorted.length;
  }
  const items = sorted.slice(start, start + size);
  const next = sorted[start + size];
  return next === undefined ? { items } : { items, position: Buffer.from(idOf(next), 'utf8').toString('base64url') };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A sort key that lists newer entities first: `createdOrder` (1, 2, ...) inverted and padded, so
 * that `paginate`'s id order is newest first and its tokens keep working when items are deleted.
 */
export const newestFirstKey = (createdOrder: number): string => String(Number.MAX_SAFE_INTEGER - createdOrder).padStart(16, '0');
