/**
 * Method lookup as Velocity 1.7's introspector does it (`ClassMap`, `MethodMap`), over the method
 * tables of this folder instead of Java reflection.
 *
 * A template can only call what a table lists: there is no `getClass()`, no constructor, no
 * JavaScript property access — which is also the sandbox. Overloads are chosen by argument
 * types with Java's method-invocation conversions (an `Integer` fits `int`/`long`/`double`, null
 * fits any reference type, a String never becomes a number); when nothing applies the call yields
 * null, which API Gateway renders as "" (`$s.substring('1')` prints nothing). A Java exception
 * inside a method (e.g. `substring` out of range) is a template error.
 */
import { collectionMethods, entryMethods, listMethods, mapMethods, scopeMethods } from './collection-methods.js';
import { booleanMethods, charMethods, numberMethods, objectBase } from './scalar-methods.js';
import { stringMethods } from './string-methods.js';
import {
  JBigDec,
  JBlockRef,
  JChar,
  JEntry,
  JFloat,
  JHost,
  JInt,
  JList,
  JMap,
  JScope,
  type MethodDef,
  type MethodTable,
  type ParamType,
  type JValue,
} from './values.js';

export { JavaException, m } from './method-def.js';

/** `toString()` for receivers without a table of their own (a `#define` block reference). */
const objectMethods: MethodTable = objectBase;

function tableOf(recv: JValue): MethodTable | null {
  if (recv === null) return null;
  if (typeof recv === 'string') return stringMethods;
  if (typeof recv === 'boolean') return booleanMethods;
  if (recv instanceof JInt || recv instanceof JFloat || recv instanceof JBigDec) return numberMethods;
  if (recv instanceof JChar) return charMethods;
  if (recv instanceof JList) return recv.cls === 'ArrayList' || recv.cls === 'JSONArray' || recv.cls === 'Array' ? listMethods : collectionMethods;
  if (recv instanceof JMap) return mapMethods;
  if (recv instanceof JEntry) return entryMethods;
  if (recv instanceof JScope) return scopeMethods;
  if (recv instanceof JHost) return recv.methods;
  if (recv instanceof JBlockRef) return objectMethods;
  return null;
}

/** Does `arg` convert to `p` by method-invocation conversion? */
function accepts(p: ParamType, arg: JValue): boolean {
  switch (p) {
    case 'Object':
      return true;
    case 'String':
    case 'CharSequence':
      return arg === null || typeof arg === 'string';
    case 'int':
      return arg instanceof JInt && arg.type === 'Integer';
    case 'long':
      return arg instanceof JInt && arg.type !== 'BigInteger';
    case 'double':
      return (arg instanceof JInt && arg.type !== 'BigInteger') || arg instanceof JFloat;
    case 'boolean':
      return typeof arg === 'boolean';
    case 'char':
      return arg instanceof JChar;
    case 'Collection':
      return arg === null || (arg instanceof JList && arg.cls !== 'Array');
    case 'Map':
      return arg === null || arg instanceof JMap || arg instanceof JScope;
    default: {
      const never: never = p;
      return never;
    }
  }
}

/** The overload of `name` that applies to `args` on `recv`; null when none does. */
function overloadOf(recv: JValue, name: string, args: readonly JValue[]): MethodDef | null {
  const table = tableOf(recv);
  if (!table || !Object.prototype.hasOwnProperty.call(table, name)) return null;
  for (const def of table[name]) {
    if (def.params.length !== args.length) continue;
    let applies = true;
    for (let i = 0; i < args.length && applies; i++) applies = accepts(def.params[i]!, args[i] as JValue);
    if (applies) return def;
  }
  return null;
}

/** What `tryCall` answers when `recv` has no method `name` taking `args`. */
export const NO_METHOD: unique symbol = Symbol('no method');

/**
 * Call a method the way `ASTMethod.execute` does: "" when the method is `void`, otherwise its
 * result; `NO_METHOD` when no overload applies (one lookup, for callers that must tell "no such
 * method" from a null result: property reads and `#set` targets).
 */
export function tryCall(recv: JValue, name: string, args: JValue[]): JValue | typeof NO_METHOD {
  const def = overloadOf(recv, name, args);
  if (!def) return NO_METHOD;
  const result = (def.call as (self: JValue, a: JValue[]) => JValue)(recv, args);
  return result === null && def.returnsVoid ? '' : result;
}

/** `tryCall`, with null when no method applies. */
export function callMethod(recv: JValue, name: string, args: JValue[]): JValue {
  const result = tryCall(recv, name, args);
  return result === NO_METHOD ? null : result;
}
