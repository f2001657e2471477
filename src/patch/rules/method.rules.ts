/**
 * UpdateMethod's patch paths
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateMethod).
 *
 * Request parameters and models are patched per key (`/requestParameters/method.request.path.id`,
 * `/requestModels/application~1json`); the bare member paths are refused [recorded]. Booleans are
 * lenient (`replace /apiKeyRequired whatever` gives false [recorded]). The authorizer rule is checked
 * on the result, not op by op (`/authorizerId` may come before `/authorizationType` [recorded]):
 * the operation does that, with PutMethod's checks. Evidence: docs/research/patch-other-resources.md §4.
 */
import { NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { Method } from '../../model/method.js';
import type { Apply, RuleTable } from '../engine.js';
import { methodStyle } from '../styles.js';
import { lenientBoolean, mapAdd, mapRemove, mapReplace } from './values.js';

const parameterMissing = () => new NotFoundException(msg.invalidParameterName());
const contentTypeMissing = () => new NotFoundException(msg.contentTypeNotFound());

/** Optional members cleared by an empty or missing value (Terraform clears them this way). */
function replaceOptional(key: 'operationName' | 'authorizerId' | 'requestValidatorId'): Apply<Method> {
  return ({ draft, value }) => {
    if (value === undefined || value === '') delete draft[key];
    else draft[key] = value;
  };
}

export const methodRules: RuleTable<Method> = {
  kind: 'Method',
  errors: methodStyle,
  rules: [
    {
      path: '/authorizationScopes',
      ops: {
        add: ({ draft, value }) => {
          const scopes = draft.authorizationScopes ?? [];
          if (value !== undefined && !scopes.includes(value)) draft.authorizationScopes = [...scopes, value];
        },
        remove: ({ draft, value }) => {
          const scopes = (draft.authorizationScopes ?? []).filter((s) => s !== value);
          if (scopes.length > 0) draft.authorizationScopes = scopes;
          else delete draft.authorizationScopes;
        },
      },
    },
    { path: '/authorizationType', ops: { replace: ({ draft, value }) => void (draft.authorizationType = (value ?? '').toUpperCase()) } },
    { path: '/authorizerId', ops: { replace: replaceOptional('authorizerId') } },
    { path: '/apiKeyRequired', ops: { replace: ({ draft, value }) => void (draft.apiKeyRequired = lenientBoolean(value)) } },
    { path: '/operationName', ops: { replace: replaceOptional('operationName') } },
    {
      path: '/requestParameters/{name}',
      ops: {
        add: ({ draft, params, value }) => void (draft.requestParameters = mapAdd(draft.requestParameters, params.name!, lenientBoolean(value))),
        replace: ({ draft, params, value }) =>
          void (draft.requestParameters = mapReplace(draft.requestParameters, params.name!, lenientBoolean(value), parameterMissing)),
        remove: ({ draft, params }) => {
          const next = mapRemove(draft.requestParameters, params.name!, parameterMissing);
          if (next) draft.requestParameters = next;
          else delete draft.requestParameters;
        },
      },
    },
    {
      path: '/requestModels/{content_type}',
      ops: {
        add: ({ draft, params, value }) => void (draft.requestModels = mapAdd(draft.requestModels, params.content_type!, value ?? '')),
        replace: ({ draft, params, value }) =>
          void (draft.requestModels = mapReplace(draft.requestModels, params.content_type!, value ?? '', contentTypeMissing)),
        remove: ({ draft, params }) => {
          const next = mapRemove(draft.requestModels, params.content_type!, contentTypeMissing);
          if (next) draft.requestModels = next;
          else delete draft.requestModels;
        },
      },
    },
    { path: '/requestValidatorId', ops: { replace: replaceOptional('requestValidatorId') } },
  ],
};
