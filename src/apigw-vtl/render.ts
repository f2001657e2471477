/**
 * Rendering an API Gateway mapping template: the one entry point the data plane (integration
 * request and response stages) and `portico render-template` call. Pure: all inputs are plain
 * values, the result is the output text plus the `$context` as the template left it (request and
 * response overrides), or a typed error with line and column — which the gateway turns into a
 * 500 "Internal server error" (spec §5.4).
 */
import { parseTemplate, renderParsed, resolveLimits, VtlError, JMap, type VtlLimits, type VtlErrorKind } from '../vtl/index.js';
import { fromJava, toJava, type PlainObject } from './context.js';
import { createInput, type MethodRequestParams } from './input.js';
import { createUtil } from './util.js';

export interface RenderTemplateInput {
  readonly template: string;
  /** Request payload (request phase) or integration response body (response phase). */
  readonly body: string;
  /** Method request parameters. */
  readonly params?: MethodRequestParams;
  /** The `$context` object (see `context.ts`), including `requestOverride`/`responseOverride`. */
  readonly context?: PlainObject;
  /** Stage variables; absent means a stage without variables. */
  readonly stageVariables?: Readonly<Record<string, string>>;
  /** Which template this is; the bindings are the same in both phases. */
  readonly phase?: 'request' | 'response';
  /** Print nested `$context` objects as "" as API Gateway does (default true). */
  readonly opaqueContextObjects?: boolean;
  /**
   * `#if($undefined)` is false (default true). The reference model predicts true; AWS is
   * unverified, and the spec's default (open question 16) follows template authors' expectation.
   */
  readonly undefinedIsFalseInIf?: boolean;
  readonly limits?: Partial<VtlLimits>;
}

export interface TemplateError {
  readonly kind: VtlErrorKind;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** Source line and caret. */
  readonly excerpt: string;
}

export type RenderTemplateResult =
  | { readonly ok: true; readonly output: string; readonly context: PlainObject }
  | { readonly ok: false; readonly error: TemplateError };

export function renderTemplate(input: RenderTemplateInput): RenderTemplateResult {
  const limits = resolveLimits(input.limits);
  const context = toJava(input.context ?? {}, { opaqueNested: input.opaqueContextObjects ?? true });
  const stageVariables = toJava(input.stageVariables ?? {});
  try {
    const parsed = parseTemplate(input.template, limits);
    const output = renderParsed(
      parsed,
      [
        ['input', createInput(input.body, input.params ?? {})],
        ['util', createUtil()],
        ['context', context],
        ['stageVariables', stageVariables],
      ],
      { limits, awsNulls: true, nullIsFalseInConditions: input.undefinedIsFalseInIf ?? true },
    );
    const after = context instanceof JMap ? (fromJava(context) as PlainObject) : {};
    return { ok: true, output, context: after };
  } catch (e) {
    if (e instanceof VtlError) {
      return { ok: false, error: { kind: e.kind, message: e.reason, line: e.line, column: e.column, excerpt: e.excerpt } };
    }
    throw e;
  }
}
