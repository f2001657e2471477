/**
 * Rendering an API Gateway mapping template: the one entry point the data plane (integration
 * request and response stages) and `portico render-template` call. Pure: all inputs are plain
 * values, the result is the output text plus the `$context` as the template left it (request and
 * response overrides), or a typed error with line and column — which the gateway turns into a
 * 500 "Internal server error" (spec §5.4).
 */
import { JList, trackedMapWrites, parseTemplate, renderParsed, resolveLimits, VtlError, JMap, type ParsedTemplate, type VtlLimits, type VtlErrorKind } from '../vtl/index.js';
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
  /**
   * `$context` already converted (`toJava(context, { opaqueNested: true, tracked: true })`); takes the place of
   * `context`. An embedder rendering several templates for one request converts once and keeps
   * the map, which then carries the changes each template makes.
   */
  readonly javaContext?: JMap;
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
  | {
      readonly ok: true;
      readonly output: string;
      /** `$context` after rendering (computed when first read). */
      readonly context: PlainObject;
      /** Whether the template wrote to `$context` (any map in it), so `context` may differ from what was given. */
      readonly contextChanged: boolean;
    }
  | { readonly ok: false; readonly error: TemplateError };

/**
 * Parsed templates, oldest first (the oldest goes when the cache is full): a deployed API renders
 * the same few templates on every invocation, and parsing costs more than rendering. Parsed trees
 * are never changed by rendering. Only templates parsed under the default limits are kept.
 */
const parsedCache = new Map<string, ParsedTemplate>();
const PARSED_CACHE_SIZE = 512;

function parsed(template: string, limits: VtlLimits, cacheable: boolean): ParsedTemplate {
  if (!cacheable) return parseTemplate(template, limits);
  const hit = parsedCache.get(template);
  if (hit) return hit;
  const fresh = parseTemplate(template, limits);
  if (parsedCache.size >= PARSED_CACHE_SIZE) parsedCache.delete(parsedCache.keys().next().value!);
  parsedCache.set(template, fresh);
  return fresh;
}

/**
 * Whether `template` renders as itself whatever the input: text without references or directives
 * (Velocity's escapes need a `$` or `#` too) within the size limits.
 */
export function isStaticTemplate(template: string, limits: VtlLimits = resolveLimits(undefined)): boolean {
  return !/[$#]/.test(template) && template.length <= limits.maxTemplateSize && template.length <= limits.maxOutputSize;
}

export function renderTemplate(input: RenderTemplateInput): RenderTemplateResult {
  const limits = resolveLimits(input.limits);
  if (isStaticTemplate(input.template, limits)) {
    return new Rendered(input.template, false, input.javaContext ?? input.context ?? {});
  }
  const context = input.javaContext ?? toJava(input.context ?? {}, { opaqueNested: input.opaqueContextObjects ?? true, tracked: true });
  const stageVariables = toJava(input.stageVariables ?? {}, { lazy: true });
  const writesBefore = trackedMapWrites();
  try {
    const parsedTemplate = parsed(input.template, limits, input.limits === undefined);
    const output = renderParsed(
      parsedTemplate,
      [
        ['input', createInput(input.body, input.params ?? {})],
        ['util', createUtil()],
        ['context', context],
        ['stageVariables', stageVariables],
      ],
      { limits, awsNulls: true, nullIsFalseInConditions: input.undefinedIsFalseInIf ?? true },
    );
    const contextChanged = trackedMapWrites() !== writesBefore;
    // Maps the template put into `$context` are tracked from now on, for the next render.
    if (contextChanged) trackMaps(context);
    return new Rendered(output, contextChanged, context instanceof JMap ? context : {});
  } catch (e) {
    if (e instanceof VtlError) {
      return { ok: false, error: { kind: e.kind, message: e.reason, line: e.line, column: e.column, excerpt: e.excerpt } };
    }
    throw e;
  }
}

/** A successful render; `$context` goes back to a plain object only if someone asks. */
class Rendered {
  readonly ok = true;
  private plain: PlainObject | undefined;
  constructor(
    readonly output: string,
    readonly contextChanged: boolean,
    private readonly source: JMap | PlainObject,
  ) {}

  get context(): PlainObject {
    return (this.plain ??= this.source instanceof JMap ? (fromJava(this.source) as PlainObject) : this.source);
  }
}

/** Marks every map reachable from `value` as tracked (maps a template added since included). */
function trackMaps(value: unknown, seen = new Set<unknown>()): void {
  if (seen.has(value)) return;
  if (value instanceof JMap) {
    seen.add(value);
    value.tracked = true;
    for (const v of value.values()) trackMaps(v, seen);
  } else if (value instanceof JList) {
    seen.add(value);
    for (const v of value.items) trackMaps(v, seen);
  }
}
