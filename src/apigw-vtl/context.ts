/**
 * `$context` and `$stageVariables` as Java values, and back.
 *
 * API Gateway hands templates `$context` as a map-like object whose nested objects (`identity`,
 * `requestOverride`, …) can be read key by key but print as an empty string when printed whole
 * (AWS-recorded: `$context.get('identity')` renders ""). Templates mutate
 * `$context.requestOverride.{header,querystring,path}` and `$context.responseOverride.{header,
 * status}`; the caller reads those back from the plain object returned by `renderTemplate`.
 * Numbers become `Integer`/`Long` when integral, `Double` otherwise; key order is preserved
 * (`$context.keySet()` order is observable).
 */
import { JBigDec, JChar, JFloat, JInt, JList, JMap, double, integral, javaToString, type JValue } from '../vtl/index.js';

/** A JSON-like value tree (what callers pass in and get back). */
export type PlainValue = null | string | number | boolean | PlainValue[] | { [key: string]: PlainValue };
export type PlainObject = { [key: string]: PlainValue };

export interface ToJavaOptions {
  /** Nested maps print as "" (API Gateway's `$context` objects). */
  readonly opaqueNested?: boolean;
  /** Mark the maps `tracked`, so that writes to them count in `trackedMapWrites()`. */
  readonly tracked?: boolean;
  /**
   * Convert objects only when a template first reads them (`JMap.fromObject`). The source must
   * not change until then.
   */
  readonly lazy?: boolean;
}

export function toJava(v: PlainValue | undefined, options: ToJavaOptions = {}, depth = 0): JValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER ? integral(BigInt(v)) : double(v);
  if (Array.isArray(v)) return new JList('JSONArray', v.map((x) => toJava(x, options, depth + 1)));
  let map: JMap;
  if (options.lazy) map = JMap.fromObject(v, (x) => toJava(x, options, depth + 1));
  else {
    map = new JMap();
    for (const [k, x] of Object.entries(v)) map.put(k, toJava(x, options, depth + 1));
  }
  if (options.tracked) map.tracked = true;
  if (options.opaqueNested && depth > 0) map.opaque = true;
  return map;
}

export function fromJava(v: JValue): PlainValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof JInt) return Number(v.v);
  if (v instanceof JFloat) return v.v;
  if (v instanceof JBigDec) return Number(javaToString(v));
  if (v instanceof JChar) return v.c;
  if (v instanceof JList) return v.items.map(fromJava);
  if (v instanceof JMap) {
    const out: PlainObject = {};
    for (const [k, x] of v.entries()) out[javaToString(k) ?? 'null'] = fromJava(x);
    return out;
  }
  return javaToString(v);
}
