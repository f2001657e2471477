/**
 * UpdateApiKey's patch paths
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateApiKey):
 * `/description`, `/enabled`, `/name`, `/customerId` (replace) and `/stages` (add, remove; the
 * value is `restApiId/stageName`). The table order is AWS's list order for replace, `[/description,
 * /enabled, /name, /customerId]` [recorded: update-api-key-immutable-field]. The documentation also
 * lists `/labels`, which no member of ApiKey shows; Portico leaves it out.
 *
 * Values [recorded]: `enabled` is lenient (`not-a-boolean` gives false); a description over 125000
 * characters and a name over 1024 are refused with CreateApiKey's texts.
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import { API_KEY_DESCRIPTION_MAX, API_KEY_NAME_MAX, type ApiKey } from '../../model/api-key.js';
import type { Apply, RuleTable } from '../engine.js';
import { resourceStyle } from '../styles.js';
import { lenientBoolean } from './values.js';

/** `restApiId/stageName`, both non-empty. */
export function checkStageKey(value: string | undefined): string {
  if (value === undefined || !/^[^/]+\/[^/]+$/.test(value)) throw new BadRequestException(msg.invalidStageKey(String(value)));
  return value;
}

function optional(key: 'name' | 'customerId' | 'description', check?: (value: string) => void): Apply<ApiKey> {
  return ({ draft, value }) => {
    if (value === undefined || value === '') {
      delete draft[key];
      return;
    }
    check?.(value);
    draft[key] = value;
  };
}

export const apiKeyRules: RuleTable<ApiKey> = {
  kind: 'ApiKey',
  errors: resourceStyle,
  rules: [
    {
      path: '/description',
      ops: {
        replace: optional('description', (v) => {
          if (v.length > API_KEY_DESCRIPTION_MAX) throw new BadRequestException(msg.invalidApiKeyDescription());
        }),
      },
    },
    { path: '/enabled', ops: { replace: ({ draft, value }) => void (draft.enabled = lenientBoolean(value)) } },
    {
      path: '/name',
      ops: {
        replace: optional('name', (v) => {
          if (v.length > API_KEY_NAME_MAX) throw new BadRequestException(msg.apiKeyNameTooLong(API_KEY_NAME_MAX));
        }),
      },
    },
    { path: '/customerId', ops: { replace: optional('customerId') } },
    {
      path: '/stages',
      ops: {
        add: ({ draft, value }) => {
          const key = checkStageKey(value);
          if (!draft.stageKeys.includes(key)) draft.stageKeys = [...draft.stageKeys, key];
        },
        remove: ({ draft, value }) => {
          const key = checkStageKey(value);
          draft.stageKeys = draft.stageKeys.filter((k) => k !== key);
        },
      },
    },
  ],
};
