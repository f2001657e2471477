/**
 * The Java object model that Velocity templates see, as plain TypeScript data.
 *
 * API Gateway renders mapping templates with Apache Velocity 1.7 running on the JVM, so every
 * value a template touches is a Java object: `java.lang.String`, boxed numbers (`Integer`, `Long`,
 * `BigInteger`, `Double`, `BigDecimal`), `Boolean`, `Character`, `java.util.ArrayList` (list
 * literals, ranges), `net.minidev.json.JSONArray` (arrays from `$input.path`, which print as JSON),
 * `java.util.LinkedHashMap` (map literals, JSON objects), `Map.Entry`, `String[]` (from `split`),
 * plus the host objects AWS binds (`$input`, `$util`) and Velocity's own scope objects
 * (`$foreach`). Java `null` is TypeScript `null`; a JS string is a Java String and a JS boolean a
 * Java Boolean. Everything else is one of the classes below. Behaviour lives elsewhere
 * (`to-string.ts`, `equality.ts`, the method tables): these classes only hold data.
 */

/** Integral boxed types. `Integer`/`Long` stay within their ranges (Velocity's MathUtils widens). */
export class JInt {
  constructor(
    readonly type: 'Integer' | 'Long' | 'BigInteger',
    readonly v: bigint,
  ) {}
}

/** `java.lang.Double` (and `Float`, which nothing in API Gateway produces but MathUtils knows). */
export class JFloat {
  constructor(
    readonly type: 'Double' | 'Float',
    readonly v: number,
  ) {}
}

/** `java.math.BigDecimal`: unscaledValue × 10^-scale (json-smart uses it for long decimals). */
export class JBigDec {
  constructor(
    readonly unscaled: bigint,
    readonly scale: number,
  ) {}
}

export type JNumber = JInt | JFloat | JBigDec;

/** `java.lang.Character` (from `String.charAt`). */
export class JChar {
  constructor(readonly c: string) {}
}

/**
 * Java list-like classes. `ArrayList` prints `[a, b]`; `JSONArray` (json-smart) prints compact
 * JSON; `Array` is a Java array (`String[]` from `split`) that Velocity wraps for List methods;
 * `KeySet`/`Values`/`EntrySet` are LinkedHashMap views (copied here; they print like ArrayList).
 */
export type ListClass = 'ArrayList' | 'JSONArray' | 'Array' | 'KeySet' | 'Values' | 'EntrySet';

export class JList {
  /** Structural modification count (Java's `modCount`, for fail-fast iteration). */
  mod = 0;

  constructor(
    readonly cls: ListClass,
    readonly items: JValue[],
  ) {}
}

/** `Map.Entry` from `entrySet()`: prints `key=value`. */
export class JEntry {
  constructor(
    readonly key: JValue,
    public value: JValue,
  ) {}
}

/** Hash key with Java `equals` semantics for the key types templates use. */
export function mapKey(k: JValue): string {
  if (k === null) return 'null';
  if (typeof k === 'string') return 's' + k;
  if (typeof k === 'boolean') return k ? 'Btrue' : 'Bfalse';
  if (k instanceof JInt) return (k.type === 'Integer' ? 'I' : k.type === 'Long' ? 'L' : 'G') + k.v.toString();
  if (k instanceof JFloat) return 'D' + String(k.v);
  if (k instanceof JBigDec) return 'M' + k.unscaled.toString() + 'e' + String(k.scale);
  if (k instanceof JChar) return 'C' + k.c;
  return 'o' + String(objectId(k));
}

const ids = new WeakMap<object, number>();
let nextId = 1;
function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}

let trackedWriteCount = 0;

/**
 * How many writes (`put`, `remove`, `clear`) maps marked `tracked` have seen: an embedder that
 * marks the maps it passes in and compares the count before and after rendering knows whether the
 * template changed them.
 */
export function trackedMapWrites(): number {
  return trackedWriteCount;
}

/**
 * `java.util.LinkedHashMap` (insertion order). `opaque` marks API Gateway's nested `$context`
 * objects, which print as an empty string although their keys can be read (AWS-recorded).
 */
export class JMap {
  private entriesByKey: Map<string, { k: JValue; v: JValue }> | undefined;
  opaque = false;
  /** Writes to this map count in `trackedMapWrites()`. */
  tracked = false;
  /** Structural modification count (Java's `modCount`, for fail-fast iteration). */
  mod = 0;

  /**
   * A map over a plain object whose values are converted on demand: `get` and `has` of a string
   * key convert that one value (once); anything else converts the rest, in the object's key
   * order. An embedder passing a large object (API Gateway's `$context`) pays only for what a
   * template reads. The source must not change while the map is in use.
   */
  static fromObject<T>(source: Readonly<Record<string, T>>, convert: (value: T) => JValue): JMap {
    const map = new JMap();
    map.lazy = { source, convert: convert as (value: unknown) => JValue, converted: new Map() };
    return map;
  }

  private lazy: { source: Readonly<Record<string, unknown>>; convert: (value: unknown) => JValue; converted: Map<string, JValue> } | undefined;

  /** The one value for `key` of a lazy map, converted once. */
  private lazyValue(key: string): JValue {
    const lazy = this.lazy!;
    let v = lazy.converted.get(key);
    if (v === undefined) {
      v = lazy.convert(lazy.source[key]);
      lazy.converted.set(key, v);
    }
    return v;
  }

  private get m(): Map<string, { k: JValue; v: JValue }> {
    if (this.entriesByKey) return this.entriesByKey;
    const entries = new Map<string, { k: JValue; v: JValue }>();
    if (this.lazy) {
      for (const k of Object.keys(this.lazy.source)) entries.set(mapKey(k), { k, v: this.lazyValue(k) });
      this.lazy = undefined;
    }
    return (this.entriesByKey = entries);
  }

  get size(): number {
    return this.m.size;
  }
  has(k: JValue): boolean {
    if (this.lazy && typeof k === 'string') return Object.prototype.hasOwnProperty.call(this.lazy.source, k);
    return this.m.has(mapKey(k));
  }
  get(k: JValue): JValue {
    if (this.lazy && typeof k === 'string') return Object.prototype.hasOwnProperty.call(this.lazy.source, k) ? this.lazyValue(k) : null;
    return this.m.get(mapKey(k))?.v ?? null;
  }
  /** Java `put`: returns the previous value (null if none). */
  put(k: JValue, v: JValue): JValue {
    if (this.tracked) trackedWriteCount++;
    const key = mapKey(k);
    const prev = this.m.get(key);
    if (prev) {
      const old = prev.v;
      prev.v = v;
      return old;
    }
    this.m.set(key, { k, v });
    this.mod++;
    return null;
  }
  remove(k: JValue): JValue {
    if (this.tracked) trackedWriteCount++;
    const key = mapKey(k);
    const prev = this.m.get(key);
    if (!prev) return null;
    this.m.delete(key);
    this.mod++;
    return prev.v;
  }
  clear(): void {
    if (this.tracked) trackedWriteCount++;
    if (this.m.size > 0) this.mod++;
    this.m.clear();
  }
  /** The live entry records, in order (values read through them see later `put`s). */
  liveEntries(): Array<{ readonly k: JValue; v: JValue }> {
    return [...this.m.values()];
  }
  keys(): JValue[] {
    return [...this.m.values()].map((e) => e.k);
  }
  values(): JValue[] {
    return [...this.m.values()].map((e) => e.v);
  }
  entries(): Array<[JValue, JValue]> {
    return [...this.m.values()].map((e) => [e.k, e.v]);
  }
}

/**
 * Parameter types of Java methods, for Velocity's overload resolution: a boxed argument matches
 * its primitive and wider primitives (`Integer` → `int`, `long`, `double`), null matches any
 * reference type, and nothing converts a String to a number.
 */
export type ParamType = 'int' | 'long' | 'double' | 'boolean' | 'char' | 'String' | 'CharSequence' | 'Object' | 'Collection' | 'Map';

/** One overload of a Java method callable from templates. `returnsVoid` methods render as "". */
export interface MethodDef {
  readonly params: readonly ParamType[];
  readonly call: (self: never, args: JValue[]) => JValue;
  readonly returnsVoid?: boolean;
}

/** Methods by name; overloads listed most specific first. */
export type MethodTable = Readonly<Record<string, readonly MethodDef[]>>;

/**
 * An object bound by the embedding application (`$input`, `$util`): only the methods in its
 * table exist. `$obj.name` resolves to a `getName()` method as Velocity's introspection does.
 */
export class JHost {
  constructor(
    readonly className: string,
    readonly methods: MethodTable,
  ) {}
}

/**
 * Velocity's `$foreach` scope (`ForeachScope`): `index`, `count`, `hasNext`, `first`, `last`,
 * `parent`, `topmost`; it is also a Map (`#set($foreach.x = 1)`).
 */
export class JScope {
  index = -1;
  hasNext = false;
  readonly storage = new JMap();
  constructor(
    readonly owner: object,
    readonly parent: JScope | null,
    readonly replaced: JValue,
  ) {}
}

/**
 * A `#define` block reference (Velocity `Block.Reference`): renders its body each time it is
 * printed — in the printing context when rendered, in the defining context for `toString()`.
 * Null when nested deeper than `directive.define.max.depth` (2).
 */
export class JBlockRef {
  depth = 0;
  constructor(
    /** `toString()`: render in the defining context into a string (null past the depth limit). */
    readonly toStringFn: () => string | null,
    /** `render(context, writer)`: render straight into the current output; false past the limit. */
    readonly renderInto: (ctx: unknown) => boolean,
  ) {}
}

export type JValue =
  | null
  | string
  | boolean
  | JInt
  | JFloat
  | JBigDec
  | JChar
  | JList
  | JEntry
  | JMap
  | JHost
  | JScope
  | JBlockRef;

export const isNumber = (v: JValue): v is JNumber => v instanceof JInt || v instanceof JFloat || v instanceof JBigDec;

export const int = (n: number | bigint): JInt => new JInt('Integer', BigInt(n));
export const long = (n: number | bigint): JInt => new JInt('Long', BigInt(n));
export const double = (n: number): JFloat => new JFloat('Double', n);

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
export const fitsInt = (v: bigint): boolean => v >= INT_MIN && v <= INT_MAX;
export const fitsLong = (v: bigint): boolean => v >= LONG_MIN && v <= LONG_MAX;

/** The smallest of Integer, Long, BigInteger that holds `v`. */
export function integral(v: bigint): JInt {
  return new JInt(fitsInt(v) ? 'Integer' : fitsLong(v) ? 'Long' : 'BigInteger', v);
}

/** Java's simple class name, used in messages and by `==` (same class → equals()). */
export function className(v: JValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (v instanceof JInt || v instanceof JFloat) return v.type;
  if (v instanceof JBigDec) return 'BigDecimal';
  if (v instanceof JChar) return 'Character';
  if (v instanceof JList) return v.cls === 'Array' ? 'Object[]' : v.cls;
  if (v instanceof JEntry) return 'Entry';
  if (v instanceof JMap) return 'LinkedHashMap';
  if (v instanceof JHost) return v.className;
  if (v instanceof JScope) return 'ForeachScope';
  return 'Block$Reference';
}
