/**
 * A generic Apache Velocity 1.7 engine with Java semantics, for API Gateway mapping templates.
 * It knows nothing about API Gateway: the caller binds variables (Java values from
 * `java/values.ts`); `apigw-vtl/` binds `$input`, `$util`, `$context` and `$stageVariables`.
 */
import { RootContext, type VContext } from './context.js';
import { Renderer, type RenderOptions } from './interpreter.js';
import { resolveLimits, type VtlLimits } from './limits.js';
import { parseTemplate, type ParsedTemplate } from './template.js';
import type { JValue } from './java/values.js';

export { VtlError, type VtlErrorKind } from './errors.js';
export { DEFAULT_LIMITS, resolveLimits, type VtlLimits } from './limits.js';
export { parseTemplate, type ParsedTemplate } from './template.js';
export type { RenderOptions } from './interpreter.js';
export * from './java/values.js';
export { javaToString, toJsonText } from './java/to-string.js';

export interface VelocityOptions {
  readonly limits?: Partial<VtlLimits>;
  /** API Gateway's null handling (undefined references render as ""); default true. */
  readonly awsNulls?: boolean;
  /** `#if($ref)` is false for an undefined/null `$ref` even with `awsNulls`; default false. */
  readonly nullIsFalseInConditions?: boolean;
}

/** Render an already parsed template with `vars` as its context. The context map is mutated. */
export function renderParsed(parsed: ParsedTemplate, vars: Iterable<[string, JValue]>, options: VelocityOptions = {}): string {
  const renderOptions: RenderOptions = {
    limits: resolveLimits(options.limits),
    awsNulls: options.awsNulls ?? true,
    nullIsFalseInConditions: options.nullIsFalseInConditions ?? false,
  };
  const ctx: VContext = new RootContext(vars);
  return new Renderer(parsed, renderOptions).renderTemplate(ctx);
}

/** Parse and render `template`. Throws `VtlError` (parse, runtime or limit error). */
export function renderVelocity(template: string, vars: Iterable<[string, JValue]>, options: VelocityOptions = {}): string {
  return renderParsed(parseTemplate(template, resolveLimits(options.limits)), vars, options);
}
