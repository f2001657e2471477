/**
 * UpdateAuthorizer's patch paths
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateAuthorizer), in
 * the documentation's order: replace for `/authorizerUri`, `/authorizerCredentials`,
 * `/authorizerResultTtlInSeconds`, `/authType`, `/identityValidationExpression`, `/name`, `/type`;
 * add, replace and remove for `/identitySource`; add and remove for `/providerARNs`.
 *
 * No error of UpdateAuthorizer is recorded: the two-space family is used, as for the other simple
 * kinds [guess]. The operation checks the result with CreateAuthorizer's rules (a TOKEN authorizer
 * still needs a URI and a header source, and so on).
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import { AUTHORIZER_TYPES, type Authorizer, type AuthorizerType } from '../../model/authorizer.js';
import type { Apply, RuleTable } from '../engine.js';
import { resourceStyle } from '../styles.js';
import { parseInteger } from './values.js';

type Optional = 'authorizerUri' | 'authorizerCredentials' | 'authType' | 'identityValidationExpression' | 'identitySource';

function optional(key: Optional): Apply<Authorizer> {
  return ({ draft, value }) => {
    if (value === undefined || value === '') delete draft[key];
    else draft[key] = value;
  };
}

/** identitySource is one comma-separated string (REQUEST authorizers name several sources). */
const sourcesOf = (s: string | undefined): string[] => (s ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '');

export const authorizerRules: RuleTable<Authorizer> = {
  kind: 'Authorizer',
  errors: resourceStyle,
  rules: [
    { path: '/authorizerUri', ops: { replace: optional('authorizerUri') } },
    { path: '/authorizerCredentials', ops: { replace: optional('authorizerCredentials') } },
    {
      path: '/authorizerResultTtlInSeconds',
      ops: {
        replace: ({ draft, value }) => {
          const ttl = parseInteger(value);
          if (ttl === undefined || ttl < 0 || ttl > 3600) throw new BadRequestException(msg.invalidAuthorizerTtl());
          draft.authorizerResultTtlInSeconds = ttl;
        },
      },
    },
    { path: '/authType', ops: { replace: optional('authType') } },
    {
      path: '/identitySource',
      ops: {
        add: ({ draft, value }) => {
          const sources = sourcesOf(draft.identitySource);
          for (const s of sourcesOf(value)) if (!sources.includes(s)) sources.push(s);
          if (sources.length > 0) draft.identitySource = sources.join(', ');
        },
        replace: optional('identitySource'),
        remove: ({ draft, value }) => {
          const gone = sourcesOf(value);
          const sources = gone.length === 0 ? [] : sourcesOf(draft.identitySource).filter((s) => !gone.includes(s));
          if (sources.length > 0) draft.identitySource = sources.join(', ');
          else delete draft.identitySource;
        },
      },
    },
    { path: '/identityValidationExpression', ops: { replace: optional('identityValidationExpression') } },
    {
      path: '/name',
      ops: {
        replace: ({ draft, value }) => {
          if (!value) throw new BadRequestException(msg.emptyName());
          draft.name = value;
        },
      },
    },
    {
      path: '/providerARNs',
      ops: {
        add: ({ draft, value }) => {
          const arns = draft.providerARNs ?? [];
          if (value && !arns.includes(value)) draft.providerARNs = [...arns, value];
        },
        remove: ({ draft, value }) => {
          const arns = (draft.providerARNs ?? []).filter((a) => a !== value);
          if (arns.length > 0) draft.providerARNs = arns;
          else delete draft.providerARNs;
        },
      },
    },
    {
      path: '/type',
      ops: {
        replace: ({ draft, value }) => {
          if (!(AUTHORIZER_TYPES as readonly string[]).includes(value ?? '')) throw new BadRequestException(msg.invalidAuthorizerType(String(value)));
          draft.type = value as AuthorizerType;
        },
      },
    },
  ],
};
