/**
 * Random bytes from a pool refilled 4 KB at a time: per-request ids (trace ids, extended request
 * ids) would otherwise cost a system call each. Cryptographically random, like `randomBytes`.
 */
import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/** Where the next `n` fresh bytes start in the pool (refilled when they would not fit). */
function take(n: number): number {
  if (n > POOL_SIZE) throw new RangeError(`at most ${POOL_SIZE} bytes at a time`);
  if (offset + n > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const start = offset;
  offset += n;
  return start;
}

/** `n` (≤ 4096) fresh random bytes as text (`hex`, `base64`), without an intermediate buffer. */
export function pooledRandomString(n: number, encoding: 'hex' | 'base64'): string {
  const start = take(n);
  return pool.toString(encoding, start, start + n);
}
