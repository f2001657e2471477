/**
 * UpdateIntegrationResponse's patch paths
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateIntegrationResponse).
 *
 * `/selectionPattern` and `/contentHandling` take `replace` (an empty content handling removes
 * it); `/responseParameters/{name}` and `/responseTemplates/{content_type}` take add, replace and
 * remove per key. The result is checked as PutIntegrationResponse checks its input.
 * Evidence and choices: docs/research/patch-integration.md.
 */
import { BadRequestException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { IntegrationResponse } from '../../model/integration.js';
import type { RuleTable } from '../engine.js';
import { methodStyle } from '../styles.js';
import { mapAdd, mapRemove, mapReplace } from './values.js';

const parameterMissing = () => new NotFoundException(msg.invalidParameterName());
const contentTypeMissing = () => new NotFoundException(msg.contentTypeNotFound());
const templateValue = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);

export const integrationResponseRules: RuleTable<IntegrationResponse> = {
  kind: 'IntegrationResponse',
  errors: methodStyle,
  rules: [
    {
      path: '/contentHandling',
      ops: {
        replace: ({ draft, value }) => {
          if (value === undefined || value === '') delete draft.contentHandling;
          else if (value === 'CONVERT_TO_BINARY' || value === 'CONVERT_TO_TEXT') draft.contentHandling = value;
          else throw new BadRequestException(msg.invalidContentHandling(value));
        },
      },
    },
    {
      path: '/responseParameters/{name}',
      ops: {
        add: ({ draft, params, value }) => void (draft.responseParameters = mapAdd(draft.responseParameters, params.name!, value ?? '')),
        replace: ({ draft, params, value }) =>
          void (draft.responseParameters = mapReplace(draft.responseParameters, params.name!, value ?? '', parameterMissing)),
        remove: ({ draft, params }) => {
          const next = mapRemove(draft.responseParameters, params.name!, parameterMissing);
          if (next) draft.responseParameters = next;
          else delete draft.responseParameters;
        },
      },
    },
    {
      path: '/responseTemplates/{content_type}',
      ops: {
        add: ({ draft, params, value }) => void (draft.responseTemplates = mapAdd(draft.responseTemplates, params.content_type!, templateValue(value))),
        replace: ({ draft, params, value }) =>
          void (draft.responseTemplates = mapReplace(draft.responseTemplates, params.content_type!, templateValue(value), contentTypeMissing)),
        remove: ({ draft, params }) => {
          const next = mapRemove(draft.responseTemplates, params.content_type!, contentTypeMissing);
          if (next) draft.responseTemplates = next;
          else delete draft.responseTemplates;
        },
      },
    },
    { path: '/selectionPattern', ops: { replace: ({ draft, value }) => void (draft.selectionPattern = value ?? '') } },
  ],
};
