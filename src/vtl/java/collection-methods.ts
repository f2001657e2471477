/**
 * `java.util` collection methods callable from templates, as data: `List` (`ArrayList`,
 * json-smart `JSONArray`, and arrays, which Velocity wraps as lists), `Map` (`LinkedHashMap`),
 * `Map.Entry`, the `keySet()`/`values()`/`entrySet()` views, and Velocity's `$foreach` scope.
 *
 * AWS-recorded: `$map.put(k, v)` returns the previous value, so a bare `$m.put(...)` line prints
 * nothing; `keySet()` iterates in JSON order; `$list.size()` and `$list[i]`. Per the Java API:
 * `add(x)` returns `true` (prints "true"), `remove(int)` returns the removed element, an index
 * out of range throws `IndexOutOfBoundsException` (a template error).
 */
import { javaEquals } from './equality.js';
import { JavaException, m } from './method-def.js';
import { objectBase } from './scalar-methods.js';
import { JEntry, JInt, JList, JMap, JScope, int, type MethodTable, type JValue } from './values.js';

const idx = (v: JValue): number => Number((v as JInt).v);

function checkIndex(self: JList, i: number, size = self.items.length): void {
  if (i < 0 || i >= size) throw new JavaException('java.lang.IndexOutOfBoundsException', 'Index: ' + String(i) + ', Size: ' + String(self.items.length));
}
/** Checks the list may change structurally and counts the modification. */
function mutable(self: JList): void {
  if (self.cls !== 'ArrayList' && self.cls !== 'JSONArray') throw new JavaException('java.lang.UnsupportedOperationException', 'unsupported');
  self.mod++;
}
const indexOf = (self: JList, o: JValue): number => self.items.findIndex((x) => javaEquals(x, o));

/** Methods of every Collection (also `keySet()`, `values()`, `entrySet()` results). */
export const collectionMethods: MethodTable = {
  ...objectBase,
  size: [m<JList>([], (self) => int(self.items.length))],
  isEmpty: [m<JList>([], (self) => self.items.length === 0)],
  contains: [m<JList>(['Object'], (self, [o]) => indexOf(self, o) >= 0)],
  containsAll: [m<JList>(['Collection'], (self, [c]) => (c as JList).items.every((x) => indexOf(self, x) >= 0))],
  add: [
    m<JList>(['Object'], (self, [o]) => {
      mutable(self);
      self.items.push(o);
      return true;
    }),
  ],
  addAll: [
    m<JList>(['Collection'], (self, [c]) => {
      mutable(self);
      const items = (c as JList).items.slice();
      self.items.push(...items);
      return items.length > 0;
    }),
  ],
  remove: [
    m<JList>(['Object'], (self, [o]) => {
      mutable(self);
      const i = indexOf(self, o);
      if (i >= 0) self.items.splice(i, 1);
      return i >= 0;
    }),
  ],
  clear: [
    m<JList>(
      [],
      (self) => {
        mutable(self);
        self.items.length = 0;
        return null;
      },
      true,
    ),
  ],
};

/** `java.util.List` on top of Collection (ArrayList, JSONArray, wrapped arrays). */
export const listMethods: MethodTable = {
  ...collectionMethods,
  get: [
    m<JList>(['int'], (self, [i]) => {
      checkIndex(self, idx(i));
      return self.items[idx(i)];
    }),
  ],
  set: [
    m<JList>(['int', 'Object'], (self, [i, o]) => {
      checkIndex(self, idx(i));
      const old = self.items[idx(i)];
      self.items[idx(i)] = o;
      return old;
    }),
  ],
  add: [
    ...collectionMethods.add,
    m<JList>(
      ['int', 'Object'],
      (self, [i, o]) => {
        mutable(self);
        checkIndex(self, idx(i), self.items.length + 1);
        self.items.splice(idx(i), 0, o);
        return null;
      },
      true,
    ),
  ],
  remove: [
    m<JList>(['int'], (self, [i]) => {
      mutable(self);
      checkIndex(self, idx(i));
      return self.items.splice(idx(i), 1)[0];
    }),
    ...collectionMethods.remove,
  ],
  indexOf: [m<JList>(['Object'], (self, [o]) => int(indexOf(self, o)))],
  lastIndexOf: [m<JList>(['Object'], (self, [o]) => int(self.items.map((x) => javaEquals(x, o)).lastIndexOf(true)))],
  subList: [
    m<JList>(['int', 'int'], (self, [a, b]) => {
      if (idx(a) < 0 || idx(b) > self.items.length || idx(a) > idx(b)) throw new JavaException('java.lang.IndexOutOfBoundsException', 'subList');
      return new JList('ArrayList', self.items.slice(idx(a), idx(b)));
    }),
  ],
};

export const mapMethods: MethodTable = {
  ...objectBase,
  get: [m<JMap>(['Object'], (self, [k]) => self.get(k))],
  put: [m<JMap>(['Object', 'Object'], (self, [k, v]) => self.put(k, v))],
  putIfAbsent: [m<JMap>(['Object', 'Object'], (self, [k, v]) => (self.get(k) === null ? self.put(k, v) : self.get(k)))],
  putAll: [
    m<JMap>(
      ['Map'],
      (self, [o]) => {
        const src = o instanceof JScope ? o.storage : (o as JMap);
        for (const [k, v] of src.entries()) self.put(k, v);
        return null;
      },
      true,
    ),
  ],
  getOrDefault: [m<JMap>(['Object', 'Object'], (self, [k, d]) => (self.has(k) ? self.get(k) : d))],
  containsKey: [m<JMap>(['Object'], (self, [k]) => self.has(k))],
  containsValue: [m<JMap>(['Object'], (self, [v]) => self.values().some((x) => javaEquals(x, v)))],
  remove: [m<JMap>(['Object'], (self, [k]) => self.remove(k))],
  size: [m<JMap>([], (self) => int(self.size))],
  isEmpty: [m<JMap>([], (self) => self.size === 0)],
  keySet: [m<JMap>([], (self) => new JList('KeySet', self.keys()))],
  values: [m<JMap>([], (self) => new JList('Values', self.values()))],
  entrySet: [m<JMap>([], (self) => new JList('EntrySet', self.entries().map(([k, v]) => new JEntry(k, v))))],
  clear: [
    m<JMap>(
      [],
      (self) => {
        self.clear();
        return null;
      },
      true,
    ),
  ],
};

export const entryMethods: MethodTable = {
  ...objectBase,
  getKey: [m<JEntry>([], (self) => self.key)],
  getValue: [m<JEntry>([], (self) => self.value)],
  setValue: [
    m<JEntry>(['Object'], (self, [v]) => {
      const old = self.value;
      self.value = v;
      return old;
    }),
  ],
};

/** Velocity's `ForeachScope`: loop state getters plus Map behaviour over its own storage. */
export const scopeMethods: MethodTable = {
  ...objectBase,
  getIndex: [m<JScope>([], (self) => int(self.index))],
  getCount: [m<JScope>([], (self) => int(self.index + 1))],
  hasNext: [m<JScope>([], (self) => self.hasNext)],
  getHasNext: [m<JScope>([], (self) => self.hasNext)],
  isFirst: [m<JScope>([], (self) => self.index < 1)],
  getFirst: [m<JScope>([], (self) => self.index < 1)],
  isLast: [m<JScope>([], (self) => !self.hasNext)],
  getLast: [m<JScope>([], (self) => !self.hasNext)],
  getParent: [m<JScope>([], (self) => self.parent)],
  getTopmost: [m<JScope>([], (self) => topmost(self))],
  getReplaced: [m<JScope>([], (self) => replaced(self))],
  get: [m<JScope>(['Object'], (self, [k]) => scopeGet(self, k))],
  put: [m<JScope>(['Object', 'Object'], (self, [k, v]) => self.storage.put(k, v))],
  containsKey: [m<JScope>(['Object'], (self, [k]) => self.storage.has(k))],
  size: [m<JScope>([], (self) => int(self.storage.size))],
  isEmpty: [m<JScope>([], (self) => self.storage.size === 0)],
  keySet: [m<JScope>([], (self) => new JList('KeySet', self.storage.keys()))],
  values: [m<JScope>([], (self) => new JList('Values', self.storage.values()))],
};

function topmost(s: JScope): JScope {
  return s.parent ? topmost(s.parent) : s;
}
function replaced(s: JScope): JValue {
  return s.replaced === null && s.parent ? replaced(s.parent) : s.replaced;
}
/** `Scope.get`: own storage, then the parent scope's. */
export function scopeGet(s: JScope, k: JValue): JValue {
  const v = s.storage.get(k);
  if (v === null && s.parent && !s.storage.has(k)) return scopeGet(s.parent, k);
  return v;
}
