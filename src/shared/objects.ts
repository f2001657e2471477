/**
 * Objects keyed by user input (template content types, parameter names) must treat every key as
 * data: `obj[key] = v` with key `__proto__` would change the prototype instead of adding a key.
 */
export function setOwn<V>(target: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}

/** A copy of `source` without `key` (undefined when nothing remains and `dropEmpty` is set). */
export function withoutKey<V>(source: Record<string, V>, key: string): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, v] of Object.entries(source)) if (k !== key) setOwn(out, k, v);
  return out;
}
