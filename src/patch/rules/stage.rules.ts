/**
 * UpdateStage's patch paths
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateStage), as the
 * recordings show AWS applies them where they differ from that page (docs/research/
 * patch-other-resources.md §6): stage scalars, variables, access-log settings, canary settings
 * (created on first replace with the stage's deployment, 0% traffic), canary promotion by `copy`,
 * and method settings at `/{resourcePath}/{httpMethod}/{category}/{setting}`, whose key is stored as
 * sent (`test/GET`, `~1pets/POST`, `*\/*`). A new method setting starts from the `*\/*` entry, or
 * from the defaults. Referenced deployments are checked by the operation on the result.
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { CanarySettings, MethodSetting, Stage } from '../../model/deployment.js';
import { setOwn, withoutKey } from '../../shared/objects.js';
import type { Apply, Rule, RuleTable } from '../engine.js';
import { stageStyle } from '../styles.js';
import { lenientBoolean, parseInteger } from './values.js';

type S = Stage;

const CACHE_SIZES = ['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'];
const VERBS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];

/** A method setting AWS creates when a stage has none [recorded defaults]. */
const DEFAULT_METHOD_SETTING: MethodSetting = {
  metricsEnabled: false,
  dataTraceEnabled: false,
  throttlingBurstLimit: 5000,
  throttlingRateLimit: 10000,
  cachingEnabled: false,
  cacheTtlInSeconds: 300,
  cacheDataEncrypted: false,
  requireAuthorizationForCacheControl: true,
  unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
};

function parseDouble(path: string, value: string | undefined): number {
  const n = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n)) throw new BadRequestException(msg.invalidStageValue(path, String(value)));
  return n;
}

function canary(draft: S): CanarySettings {
  draft.canarySettings ??= { deploymentId: draft.deploymentId, percentTraffic: 0, useStageCache: false };
  return draft.canarySettings;
}

/** `*\/*`, or a resource path and a verb; `ANY` and a lone `*` verb are refused [guess]. */
function checkSettingKey(key: string, path: string): void {
  if (key === '*/*') return;
  const slash = key.lastIndexOf('/');
  const resourcePath = key.slice(0, slash);
  const verb = key.slice(slash + 1);
  if (slash <= 0 || resourcePath === '*' || !VERBS.includes(verb)) throw new BadRequestException(msg.invalidMethodSettingPath(path));
}

function methodSetting(leaf: string, apply: (setting: MethodSetting, value: string | undefined, path: string) => void): Rule<S> {
  return {
    path: `/{key+}/${leaf}`,
    ops: {
      replace: ({ draft, params, value, pointer }) => {
        const key = params.key!;
        checkSettingKey(key, pointer.raw);
        const settings = draft.methodSettings;
        const setting: MethodSetting = structuredClone(settings[key] ?? settings['*/*'] ?? DEFAULT_METHOD_SETTING);
        apply(setting, value, pointer.raw);
        setOwn(settings, key, setting);
      },
    },
  };
}

const bool = (member: 'metricsEnabled' | 'dataTraceEnabled' | 'cachingEnabled' | 'cacheDataEncrypted' | 'requireAuthorizationForCacheControl') =>
  (s: MethodSetting, value: string | undefined) => void (s[member] = lenientBoolean(value));

function integer(path: string, value: string | undefined, min: number, max: number): number {
  const n = parseInteger(value?.trim());
  if (n === undefined || n < min || n > max) throw new BadRequestException(msg.invalidStageValue(path, String(value)));
  return n;
}

const accessLog = (member: 'destinationArn' | 'format'): Apply<S> => ({ draft, value }) => {
  if (!value) throw new BadRequestException(msg.accessLogValueEmpty());
  draft.accessLogSettings = { ...draft.accessLogSettings, [member]: value };
};

const optionalString = (member: 'description' | 'clientCertificateId' | 'documentationVersion'): Apply<S> => ({ draft, value }) => {
  if (value === undefined || value === '') delete draft[member];
  else draft[member] = value;
};

export const stageRules: RuleTable<S> = {
  kind: 'Stage',
  errors: stageStyle,
  rules: [
    {
      path: '/deploymentId',
      ops: {
        replace: ({ draft, value }) => void (draft.deploymentId = value ?? ''),
        copy: ({ draft, from, pointer }) => {
          if (from !== '/canarySettings/deploymentId') throw new BadRequestException(msg.invalidCopyOperation(pointer.raw, String(from)));
          if (!draft.canarySettings) throw new BadRequestException(msg.promotionNotAvailable());
          draft.deploymentId = draft.canarySettings.deploymentId ?? draft.deploymentId;
        },
      },
    },
    { path: '/description', ops: { replace: optionalString('description') } },
    {
      path: '/cacheClusterEnabled',
      ops: {
        replace: ({ draft, value }) => {
          draft.cacheClusterEnabled = lenientBoolean(value);
          // A local cache cluster is ready at once (docs/decisions.md).
          draft.cacheClusterStatus = draft.cacheClusterEnabled ? 'AVAILABLE' : 'NOT_AVAILABLE';
          if (draft.cacheClusterEnabled) draft.cacheClusterSize ??= '0.5';
        },
      },
    },
    {
      path: '/cacheClusterSize',
      ops: {
        replace: ({ draft, value, pointer }) => {
          if (!CACHE_SIZES.includes(String(value))) throw new BadRequestException(msg.invalidStageValue(pointer.raw, String(value)));
          draft.cacheClusterSize = value;
        },
      },
    },
    { path: '/clientCertificateId', ops: { replace: optionalString('clientCertificateId') } },
    { path: '/documentationVersion', ops: { replace: optionalString('documentationVersion') } },
    { path: '/tracingEnabled', ops: { replace: ({ draft, value }) => void (draft.tracingEnabled = lenientBoolean(value)) } },
    {
      path: '/variables',
      ops: {
        remove: ({ draft }) => void delete draft.variables,
        copy: ({ draft, from, pointer }) => {
          if (from !== '/canarySettings/stageVariableOverrides') throw new BadRequestException(msg.invalidCopyOperation(pointer.raw, String(from)));
          if (!draft.canarySettings) throw new BadRequestException(msg.promotionNotAvailable());
          const overrides = draft.canarySettings.stageVariableOverrides ?? {};
          if (draft.variables || Object.keys(overrides).length > 0) draft.variables = { ...draft.variables, ...overrides };
        },
      },
    },
    {
      path: '/variables/{name}',
      ops: {
        replace: ({ draft, params, value }) => {
          draft.variables ??= {};
          setOwn(draft.variables, params.name!, value ?? '');
        },
        remove: ({ draft, params }) => {
          if (!draft.variables) return;
          draft.variables = withoutKey(draft.variables, params.name!);
          if (Object.keys(draft.variables).length === 0) delete draft.variables;
        },
      },
    },
    { path: '/accessLogSettings', ops: { remove: ({ draft }) => void delete draft.accessLogSettings } },
    { path: '/accessLogSettings/destinationArn', ops: { add: accessLog('destinationArn'), replace: accessLog('destinationArn') } },
    { path: '/accessLogSettings/format', ops: { add: accessLog('format'), replace: accessLog('format') } },
    { path: '/canarySettings', ops: { remove: ({ draft }) => void delete draft.canarySettings } },
    { path: '/canarySettings/deploymentId', ops: { replace: ({ draft, value }) => void (canary(draft).deploymentId = value ?? '') } },
    {
      path: '/canarySettings/percentTraffic',
      ops: {
        replace: ({ draft, value, pointer }) => {
          const n = parseDouble(pointer.raw, value);
          if (n < 0 || n > 100) throw new BadRequestException(msg.invalidStageValue(pointer.raw, String(value)));
          canary(draft).percentTraffic = n;
        },
      },
    },
    { path: '/canarySettings/useStageCache', ops: { replace: ({ draft, value }) => void (canary(draft).useStageCache = lenientBoolean(value)) } },
    {
      path: '/canarySettings/stageVariableOverrides/{name}',
      ops: {
        replace: ({ draft, params, value }) => {
          const c = canary(draft);
          c.stageVariableOverrides ??= {};
          setOwn(c.stageVariableOverrides, params.name!, value ?? '');
        },
        remove: ({ draft, params }) => {
          const c = draft.canarySettings;
          if (!c?.stageVariableOverrides) return;
          c.stageVariableOverrides = withoutKey(c.stageVariableOverrides, params.name!);
          if (Object.keys(c.stageVariableOverrides).length === 0) delete c.stageVariableOverrides;
        },
      },
    },
    methodSetting('metrics/enabled', bool('metricsEnabled')),
    methodSetting('logging/dataTrace', bool('dataTraceEnabled')),
    methodSetting('logging/loglevel', (s, value, path) => {
      if (value !== 'OFF' && value !== 'ERROR' && value !== 'INFO') throw new BadRequestException(msg.invalidStageValue(path, String(value)));
      s.loggingLevel = value;
    }),
    methodSetting('throttling/burstLimit', (s, value, path) => void (s.throttlingBurstLimit = integer(path, value, -1, 2_147_483_647))),
    methodSetting('throttling/rateLimit', (s, value, path) => void (s.throttlingRateLimit = parseDouble(path, value))),
    methodSetting('caching/ttlInSeconds', (s, value, path) => void (s.cacheTtlInSeconds = integer(path, value, 0, 3600))),
    methodSetting('caching/enabled', bool('cachingEnabled')),
    methodSetting('caching/dataEncrypted', bool('cacheDataEncrypted')),
    methodSetting('caching/requireAuthorizationForCacheControl', bool('requireAuthorizationForCacheControl')),
    methodSetting('caching/unauthorizedCacheControlHeaderStrategy', (s, value, path) => {
      const allowed = ['FAIL_WITH_403', 'SUCCEED_WITH_RESPONSE_HEADER', 'SUCCEED_WITHOUT_RESPONSE_HEADER'];
      if (!allowed.includes(String(value))) throw new BadRequestException(msg.invalidStageValue(path, String(value)));
      s.unauthorizedCacheControlHeaderStrategy = value;
    }),
    {
      // Any other path names a method setting key: only remove applies, to a whole entry.
      path: '/{key+}',
      unlisted: true,
      ops: {
        remove: ({ draft, params }) => {
          const key = params.key!;
          if (!Object.prototype.hasOwnProperty.call(draft.methodSettings, key)) throw new BadRequestException(msg.cannotRemoveMethodSetting(key));
          draft.methodSettings = withoutKey(draft.methodSettings, key);
        },
      },
    },
  ],
};
