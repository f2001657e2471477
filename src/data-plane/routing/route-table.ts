/**
 * The routes of one deployed API: `matchRoute` over its resource tree, with the answers for recent
 * (method, path) pairs remembered. A stage is invoked with the same few paths over and over, and
 * the tree walk (segments, backtracking, bound parameters) costs more than a map lookup. Matches
 * are frozen: every invocation of the same path shares one.
 */
import { matchRoute, type RouteMatch, type RouteNode } from './resource-tree.js';

/** Paths longer than this are matched afresh each time (they would make the memo large). */
const MAX_MEMO_PATH = 512;

export class RouteTable {
  private readonly memo = new Map<string, RouteMatch | null>();

  constructor(
    private readonly root: RouteNode | undefined,
    private readonly capacity = 1024,
  ) {}

  match(rawPath: string, method: string): RouteMatch | undefined {
    if (!this.root) return undefined;
    if (rawPath.length > MAX_MEMO_PATH) return matchRoute(this.root, rawPath, method);
    const key = `${method} ${rawPath}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known ?? undefined;
    const found = matchRoute(this.root, rawPath, method);
    if (found) Object.freeze(Object.freeze(found).pathParameters);
    // The oldest answer goes when the memo is full.
    if (this.memo.size >= this.capacity) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, found ?? null);
    return found;
  }
}
