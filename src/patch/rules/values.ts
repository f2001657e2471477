/**
 * How API Gateway reads patch values, which are always strings on the wire, and the map and list
 * edits most rule tables share. Booleans are lenient: `"true"` (any case) is true, anything else
 * false — AWS answered `replace /apiKeyRequired whatever` with `apiKeyRequired: false` [recorded].
 */
import { NotFoundException } from '../../errors/aws-error.js';
import { hasOwn, setOwn, withoutKey } from '../../shared/objects.js';

export const lenientBoolean = (value: string | undefined): boolean => (value ?? '').toLowerCase() === 'true';

/** Decimal integer as Java's Integer.parseInt reads it; undefined when it is not one. */
export function parseInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^[+-]?\d{1,10}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

/** `add` on a map entry: create the map if needed, overwrite the key if present. */
export function mapAdd<V>(map: Record<string, V> | undefined, key: string, value: V): Record<string, V> {
  const out = { ...(map ?? {}) };
  setOwn(out, key, value);
  return out;
}

/** `replace` on a map entry: the key must exist. */
export function mapReplace<V>(map: Record<string, V> | undefined, key: string, value: V, missing: () => NotFoundException): Record<string, V> {
  if (!map || !hasOwn(map, key)) throw missing();
  return mapAdd(map, key, value);
}

/** `remove` of a map entry: the key must exist; an emptied map disappears (undefined). */
export function mapRemove<V>(map: Record<string, V> | undefined, key: string, missing: () => NotFoundException): Record<string, V> | undefined {
  if (!map || !hasOwn(map, key)) throw missing();
  const out = withoutKey(map, key);
  return Object.keys(out).length === 0 ? undefined : out;
}
