/**
 * Random bytes from a pool refilled 4 KB at a time: per-request ids (trace ids, extended request
 * ids) would otherwise cost a system call each. Cryptographically random, like `randomBytes`.
 */
import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/** `n` (≤ 4096) fresh random bytes; the returned buffer is a copy the caller owns. */
export function pooledRandomBytes(n: number): Buffer {
  if (n > POOL_SIZE) throw new RangeError(`at most ${POOL_SIZE} bytes at a time`);
  if (offset + n > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const out = Buffer.from(pool.subarray(offset, offset + n));
  offset += n;
  return out;
}
