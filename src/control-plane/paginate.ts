/**
 * Pagination of Get* collections: `limit` (default 25, at most 500) items from `position`, and a
 * `position` token for the next page when there is one. AWS's tokens are opaque; Portico's is the
 * base64url of the next item's id, so a token stays valid while the item exists. A token that
 * names no item starts past the end: an empty page (docs/decisions.md).
 */
import { BadRequestException } from '../errors/aws-error.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 500;

export type Page<T> = { items: T[]; position?: string };

export function paginate<T>(all: readonly T[], idOf: (item: T) => string, position?: string, limit?: number): Page<T> {
  if (limit !== undefined && (limit < 1 || limit > MAX_PAGE_SIZE)) {
    throw new BadRequestException(`Invalid limit ${limit}: must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const size = limit ?? DEFAULT_PAGE_SIZE;
  let start = 0;
  if (position !== undefined && position !== '') {
    const id = Buffer.from(position, 'base64url').toString('utf8');
    const at = all.findIndex((item) => idOf(item) === id);
    start = at < 0 ? all.length : at;
  }
  const items = all.slice(start, start + size);
  const next = all[start + size];
  return next === undefined ? { items } : { items, position: Buffer.from(idOf(next), 'utf8').toString('base64url') };
}
