/**
 * UpdateMethodResponse's patch paths: `/responseParameters/{name}` and
 * `/responseModels/{content_type}`, each with add, replace and remove
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateMethodResponse).
 * Replacing or removing a missing key is a NotFoundException [recorded]; a map emptied by remove
 * disappears from the response [recorded]. Evidence: docs/research/patch-other-resources.md §5.
 */
import { NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { MethodResponse } from '../../model/method.js';
import type { RuleTable } from '../engine.js';
import { methodStyle } from '../styles.js';
import { lenientBoolean, mapAdd, mapRemove, mapReplace } from './values.js';

const parameterMissing = () => new NotFoundException(msg.invalidParameterName());
const contentTypeMissing = () => new NotFoundException(msg.contentTypeNotFound());

export const methodResponseRules: RuleTable<MethodResponse> = {
  kind: 'MethodResponse',
  errors: methodStyle,
  rules: [
    {
      path: '/responseParameters/{name}',
      ops: {
        add: ({ draft, params, value }) => void (draft.responseParameters = mapAdd(draft.responseParameters, params.name!, lenientBoolean(value))),
        replace: ({ draft, params, value }) =>
          void (draft.responseParameters = mapReplace(draft.responseParameters, params.name!, lenientBoolean(value), parameterMissing)),
        remove: ({ draft, params }) => {
          const next = mapRemove(draft.responseParameters, params.name!, parameterMissing);
          if (next) draft.responseParameters = next;
          else delete draft.responseParameters;
        },
      },
    },
    {
      path: '/responseModels/{content_type}',
      ops: {
        add: ({ draft, params, value }) => void (draft.responseModels = mapAdd(draft.responseModels, params.content_type!, value ?? '')),
        replace: ({ draft, params, value }) =>
          void (draft.responseModels = mapReplace(draft.responseModels, params.content_type!, value ?? '', contentTypeMissing)),
        remove: ({ draft, params }) => {
          const next = mapRemove(draft.responseModels, params.content_type!, contentTypeMissing);
          if (next) draft.responseModels = next;
          else delete draft.responseModels;
        },
      },
    },
  ],
};
