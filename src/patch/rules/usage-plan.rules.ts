/**
 * UpdateUsagePlan's patch paths
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateUsagePlan), in
 * the documentation's order.
 *
 * `/apiStages` takes `apiId:stageName` as its value: none, or one without the colon, is
 * BadRequest `Invalid API Stage specified`; removing a stage the plan does not hold is NotFound
 * `Invalid API Stage {api: a, stage: s} specified for usageplan p` [recorded: test_usage_plan_crud].
 * Whether an added stage exists is checked by the operation, which has the store. The per-method
 * throttle paths name the plan's stage as `apiId:stageName` and the method as
 * `{resourcePath}/{httpMethod}` (`/apiStages/a:dev/throttle/~1pets/GET/rateLimit`, the key
 * `/pets/GET`); the templates below print as the documentation writes them, with `+` marking the
 * resource path that may span segments. Numbers: limits and offsets are integers, rates doubles [guess: other values are
 * refused]. Errors of unknown paths: the two-space family [guess].
 */
import { BadRequestException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import { QUOTA_PERIODS, type ApiStage, type QuotaSettings, type ThrottleSettings, type UsagePlan } from '../../model/usage-plan.js';
import { hasOwn, setOwn, withoutKey } from '../../shared/objects.js';
import type { Apply, PatchContext, RuleTable } from '../engine.js';
import { decodeSegment } from '../pointer.js';
import { resourceStyle } from '../styles.js';
import { parseInteger } from './values.js';

/** `apiId:stageName` from a value or path segment. */
export function parseApiStage(value: string | undefined): { apiId: string; stage: string } {
  const m = value === undefined ? null : /^([^:]+):(.+)$/.exec(value);
  if (!m) throw new BadRequestException(msg.invalidApiStage());
  return { apiId: m[1]!, stage: m[2]! };
}

function integerOf(ctx: PatchContext<UsagePlan>, min: number): number {
  const n = parseInteger(ctx.value);
  if (n === undefined || n < min) throw new BadRequestException(msg.invalidPatchValue(ctx.pointer.raw, String(ctx.value)));
  return n;
}

function doubleOf(ctx: PatchContext<UsagePlan>): number {
  const n = ctx.value === undefined || ctx.value.trim() === '' ? Number.NaN : Number(ctx.value);
  if (!Number.isFinite(n) || n < 0) throw new BadRequestException(msg.invalidPatchValue(ctx.pointer.raw, String(ctx.value)));
  return n;
}

function throttleField(field: keyof ThrottleSettings): Apply<UsagePlan> {
  return (ctx) => {
    ctx.draft.throttle = { ...ctx.draft.throttle, [field]: field === 'rateLimit' ? doubleOf(ctx) : integerOf(ctx, 0) };
  };
}

function quotaField(field: keyof QuotaSettings): Apply<UsagePlan> {
  return (ctx) => {
    let value: string | number;
    if (field === 'period') {
      if (!(QUOTA_PERIODS as readonly string[]).includes(ctx.value ?? '')) throw new BadRequestException(msg.invalidQuotaPeriod(String(ctx.value)));
      value = ctx.value!;
    } else {
      value = integerOf(ctx, 0);
    }
    // A quota created by a patch starts at offset 0 [recorded: update-usage-plan].
    ctx.draft.quota = { ...(ctx.draft.quota ?? { offset: 0 }), [field]: value };
  };
}

/** The plan's entry for the `{apiId:stageName}` path parameter; NotFound when the plan lacks it. */
function stageOf(draft: UsagePlan, param: string | undefined): ApiStage {
  const { apiId, stage } = parseApiStage(param);
  const found = draft.apiStages.find((s) => s.apiId === apiId && s.stage === stage);
  if (!found) throw new NotFoundException(msg.apiStageNotFound(apiId, stage, draft.id));
  return found;
}

/**
 * The throttle key `/pets/GET` of a method path: `{resourcePath+}` is one or more raw segments
 * (`~1pets`, or `` and `pets` when the path is written `//pets/GET`), decoded and joined.
 */
const methodKey = (params: Readonly<Record<string, string>>): string =>
  `${params.resourcePath!.split('/').map(decodeSegment).join('/')}/${params.httpMethod!}`;

function methodThrottleField(field: keyof ThrottleSettings): Apply<UsagePlan> {
  return (ctx) => {
    const entry = stageOf(ctx.draft, ctx.params['apiId:stageName']);
    const key = methodKey(ctx.params);
    const throttle = { ...(entry.throttle ?? {}) };
    const current = hasOwn(throttle, key) ? throttle[key] : {};
    setOwn(throttle, key, { ...current, [field]: field === 'rateLimit' ? doubleOf(ctx) : integerOf(ctx, 0) });
    entry.throttle = throttle;
  };
}

/** A stage's whole throttle map, given as JSON `{"/pets/GET": {"burstLimit": 1, "rateLimit": 2}}` [guess]. */
function parseThrottleMap(ctx: PatchContext<UsagePlan>): Record<string, ThrottleSettings> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.value ?? '');
  } catch {
    throw new BadRequestException(msg.invalidJsonValue(ctx.pointer.raw));
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new BadRequestException(msg.invalidJsonValue(ctx.pointer.raw));
  const out: Record<string, ThrottleSettings> = {};
  for (const [key, v] of Object.entries(parsed as Record<string, unknown>)) {
    const t = (v ?? {}) as { burstLimit?: unknown; rateLimit?: unknown };
    if ((t.burstLimit !== undefined && !Number.isInteger(t.burstLimit)) || (t.rateLimit !== undefined && typeof t.rateLimit !== 'number')) {
      throw new BadRequestException(msg.invalidJsonValue(ctx.pointer.raw));
    }
    setOwn(out, key, {
      ...(t.burstLimit !== undefined && { burstLimit: t.burstLimit as number }),
      ...(t.rateLimit !== undefined && { rateLimit: t.rateLimit as number }),
    });
  }
  return out;
}

const setStageThrottle: Apply<UsagePlan> = (ctx) => {
  const entry = stageOf(ctx.draft, ctx.params['apiId:stageName']);
  entry.throttle = parseThrottleMap(ctx);
};

function optional(key: 'description' | 'productCode'): Apply<UsagePlan> {
  return ({ draft, value }) => {
    if (value === undefined || value === '') delete draft[key];
    else draft[key] = value;
  };
}

export const usagePlanRules: RuleTable<UsagePlan> = {
  kind: 'UsagePlan',
  errors: resourceStyle,
  rules: [
    {
      path: '/apiStages',
      ops: {
        add: ({ draft, value }) => {
          const { apiId, stage } = parseApiStage(value);
          if (!draft.apiStages.some((s) => s.apiId === apiId && s.stage === stage)) draft.apiStages = [...draft.apiStages, { apiId, stage }];
        },
        remove: ({ draft, value }) => {
          const gone = stageOf(draft, value);
          draft.apiStages = draft.apiStages.filter((s) => s !== gone);
        },
      },
    },
    {
      path: '/apiStages/{apiId:stageName}/throttle/{resourcePath+}/{httpMethod}',
      ops: {
        remove: ({ draft, params }) => {
          const entry = stageOf(draft, params['apiId:stageName']);
          const key = methodKey(params);
          if (!entry.throttle || !hasOwn(entry.throttle, key)) return;
          const rest = withoutKey(entry.throttle, key);
          if (Object.keys(rest).length > 0) entry.throttle = rest;
          else delete entry.throttle;
        },
      },
    },
    { path: '/apiStages/{apiId:stageName}/throttle/{resourcePath+}/{httpMethod}/rateLimit', ops: { add: methodThrottleField('rateLimit'), replace: methodThrottleField('rateLimit') } },
    { path: '/apiStages/{apiId:stageName}/throttle/{resourcePath+}/{httpMethod}/burstLimit', ops: { add: methodThrottleField('burstLimit'), replace: methodThrottleField('burstLimit') } },
    {
      path: '/apiStages/{apiId:stageName}/throttle',
      ops: {
        add: setStageThrottle,
        replace: setStageThrottle,
        remove: ({ draft, params }) => void delete stageOf(draft, params['apiId:stageName']).throttle,
      },
    },
    { path: '/description', ops: { replace: optional('description') } },
    {
      path: '/name',
      ops: {
        replace: ({ draft, value }) => {
          if (!value) throw new BadRequestException(msg.emptyName());
          draft.name = value;
        },
      },
    },
    { path: '/productCode', ops: { add: optional('productCode'), replace: optional('productCode'), remove: ({ draft }) => void delete draft.productCode } },
    { path: '/quota', ops: { remove: ({ draft }) => void delete draft.quota } },
    { path: '/quota/limit', ops: { add: quotaField('limit'), replace: quotaField('limit') } },
    { path: '/quota/offset', ops: { add: quotaField('offset'), replace: quotaField('offset') } },
    { path: '/quota/period', ops: { add: quotaField('period'), replace: quotaField('period') } },
    { path: '/throttle', ops: { remove: ({ draft }) => void delete draft.throttle } },
    { path: '/throttle/burstLimit', ops: { add: throttleField('burstLimit'), replace: throttleField('burstLimit') } },
    { path: '/throttle/rateLimit', ops: { add: throttleField('rateLimit'), replace: throttleField('rateLimit') } },
  ],
};
