/**
 * Building blocks of the Java method tables: the `m()` helper that declares one overload, and
 * `JavaException`, a Java exception thrown inside a method (a template error, as in Velocity,
 * where it surfaces as `MethodInvocationException`).
 */
import type { JValue, MethodDef, ParamType } from './values.js';

export class JavaException extends Error {
  constructor(
    readonly javaClass: string,
    message: string,
  ) {
    super(javaClass + ': ' + message);
  }
}

/** One overload with a typed receiver. */
export function m<T>(params: readonly ParamType[], call: (self: T, args: JValue[]) => JValue, returnsVoid = false): MethodDef {
  return { params, call: call as MethodDef['call'], returnsVoid };
}
