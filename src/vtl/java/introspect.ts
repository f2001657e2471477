/**
 * Velocity 1.7's introspection rules (`UberspectImpl`) for property access, indexing, `#set`
 * targets and `#foreach`, over the method tables.
 *
 * `$obj.name` tries, in order: a `getname()`/`getName()` method, `Map.get("name")`, a
 * `get("name")` method, then `isname()`/`isName()` — so `$map.size` is `map.get("size")` (null)
 * while `$list.empty` is `isEmpty()`. `$obj[i]` calls `get(i)` (a negative Integer counts from
 * `size()`). `#set($obj.name = v)` calls `setName(v)`, else `Map.put`. `#foreach` iterates
 * lists and arrays, a Map's values, and nothing else (silently).
 */
import { scopeGet } from './collection-methods.js';
import { JavaException } from './method-def.js';
import { callMethod, NO_METHOD, tryCall } from './methods.js';
import { JInt, JList, JMap, JScope, int, type JValue } from './values.js';

function flip(name: string): string {
  const c = name[0];
  const f = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
  return f + name.slice(1);
}

/** The method names a property name stands for, in the order Velocity tries them. */
type Accessors = { readonly getters: readonly string[]; readonly checks: readonly string[]; readonly setters: readonly string[] };

/** Accessor names by property name: templates read the same few properties on every render. */
const accessorCache = new Map<string, Accessors>();
const ACCESSOR_CACHE_SIZE = 4096;

function accessors(name: string): Accessors {
  let found = accessorCache.get(name);
  if (!found) {
    const flipped = flip(name);
    found = {
      getters: ['get' + name, 'get' + flipped].filter((getter) => getter !== 'getClass'),
      checks: ['is' + name, 'is' + flipped],
      setters: ['set' + name, 'set' + flipped],
    };
    if (accessorCache.size < ACCESSOR_CACHE_SIZE) accessorCache.set(name, found);
  }
  return found;
}

/** `$obj.name`: null when no executor applies (Velocity then consults the null handler). */
export function getProperty(recv: JValue, name: string): JValue {
  if (recv === null || name === '') return null;
  const { getters, checks } = accessors(name);
  for (const getter of getters) {
    const v = tryCall(recv, getter, []);
    if (v !== NO_METHOD) return v;
  }
  if (recv instanceof JMap) return recv.get(name);
  if (recv instanceof JScope) return scopeGet(recv, name);
  const got = tryCall(recv, 'get', [name]);
  if (got !== NO_METHOD) return got;
  for (const is of checks) {
    const v = tryCall(recv, is, []);
    if (typeof v === 'boolean') return v;
  }
  return null;
}

/** `ASTIndex.adjMinusIndexArg`: a negative Integer index counts back from `size()`. */
function adjustIndex(recv: JValue, arg: JValue): JValue {
  if (arg instanceof JInt && arg.type === 'Integer' && arg.v < 0n) {
    const size = callMethod(recv, 'size', []);
    if (!(size instanceof JInt)) throw new Error("A 'size()' method required for negative value " + arg.v.toString() + ' does not exist');
    return int(size.v + arg.v);
  }
  return arg;
}

/** `$obj[arg]`. */
export function getIndex(recv: JValue, arg: JValue): JValue {
  if (recv === null) return null;
  return callMethod(recv, 'get', [adjustIndex(recv, arg)]);
}

/** `#set($obj.name = value)`; false when no setter applies. */
export function setProperty(recv: JValue, name: string, value: JValue): boolean {
  for (const setter of accessors(name).setters) {
    if (tryCall(recv, setter, [value]) !== NO_METHOD) return true;
  }
  if (recv instanceof JMap) {
    recv.put(name, value);
    return true;
  }
  if (recv instanceof JScope) {
    recv.storage.put(name, value);
    return true;
  }
  return tryCall(recv, 'put', [name, value]) !== NO_METHOD;
}

/** `#set($obj[arg] = value)`: `set(arg, value)`, else `put(arg, value)`. */
export function setIndex(recv: JValue, arg: JValue, value: JValue): boolean {
  const a = adjustIndex(recv, arg);
  for (const name of ['set', 'put']) {
    if (tryCall(recv, name, [a, value]) !== NO_METHOD) return true;
  }
  return false;
}

/** A Java iterator (fail-fast like `ArrayList.Itr` and `LinkedHashMap`'s value iterator). */
export interface JavaIterator {
  hasNext(): boolean;
  next(): JValue;
}

function cme(): never {
  throw new JavaException('java.util.ConcurrentModificationException', 'collection modified during #foreach');
}

/** What `#foreach` iterates: lists and arrays, a Map's values; null when not iterable. */
export function iterate(v: JValue): JavaIterator | null {
  if (v instanceof JList) {
    let cursor = 0;
    const expected = v.mod;
    return {
      hasNext: () => cursor !== v.items.length,
      next: () => (v.mod !== expected || cursor >= v.items.length ? cme() : v.items[cursor++]),
    };
  }
  const map = v instanceof JScope ? v.storage : v instanceof JMap ? v : null;
  if (!map) return null;
  const entries = map.liveEntries();
  const expected = map.mod;
  let i = 0;
  return {
    hasNext: () => i < entries.length,
    next: () => (map.mod !== expected ? cme() : entries[i++].v),
  };
}
