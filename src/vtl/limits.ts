/**
 * Resource limits for rendering untrusted templates. API Gateway documents none for mapping
 * templates beyond the 10 MB payload and 300 KB template size quotas ("Mapping template size"
 * in the API Gateway quotas page); an emulator still needs hard stops so that a template cannot
 * hang or exhaust memory. Every limit is enforced with a `VtlError` of kind `limit` that names
 * the limit and its value.
 */

export interface VtlLimits {
  /** Template source length in UTF-16 units (AWS quota: 300 KB). */
  readonly maxTemplateSize: number;
  /** Total `#foreach` iterations in one render. */
  readonly maxLoopIterations: number;
  /** Elements of one integer range `[a..b]`. */
  readonly maxRangeSize: number;
  /** Characters of output, and of any single string a template builds. */
  readonly maxOutputSize: number;
  /** Nesting of blocks and expressions in the source. */
  readonly maxNestingDepth: number;
  /** Nested macro calls being executed (Velocity's `velocimacro.max.depth`, 20). */
  readonly maxMacroDepth: number;
  /** Macro calls in one render. */
  readonly maxMacroCalls: number;
}

export const DEFAULT_LIMITS: VtlLimits = Object.freeze({
  maxTemplateSize: 300 * 1024,
  maxLoopIterations: 100_000,
  maxRangeSize: 100_000,
  maxOutputSize: 10 * 1024 * 1024,
  maxNestingDepth: 200,
  maxMacroDepth: 20,
  maxMacroCalls: 100_000,
});

export function resolveLimits(overrides?: Partial<VtlLimits>): VtlLimits {
  return overrides === undefined ? DEFAULT_LIMITS : { ...DEFAULT_LIMITS, ...overrides };
}
