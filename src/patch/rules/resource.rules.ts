/**
 * UpdateResource's patch paths: `/parentId` and `/pathPart`, replace only
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateResource).
 * Errors use the two-space family listing `[/parentId, /pathPart]` [recorded]. The tree rules
 * (parent exists, no cycle, unique names, variable and greedy parts) need the whole API and are
 * checked by the operation on the result; the root resource can change neither member [recorded].
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { ResourceRecord } from '../../model/resource.js';
import type { RuleTable } from '../engine.js';
import { resourceStyle } from '../styles.js';

const isRoot = (r: ResourceRecord): boolean => r.parentId === undefined;

export const resourceRules: RuleTable<ResourceRecord> = {
  kind: 'Resource',
  errors: resourceStyle,
  rules: [
    {
      path: '/parentId',
      ops: {
        replace: ({ draft, value }) => {
          if (isRoot(draft)) throw new BadRequestException(msg.rootCannotUpdate('parentId'));
          draft.parentId = value ?? '';
        },
      },
    },
    {
      path: '/pathPart',
      ops: {
        replace: ({ draft, value }) => {
          if (isRoot(draft)) throw new BadRequestException(msg.rootCannotUpdate('pathPart'));
          draft.pathPart = value ?? '';
        },
      },
    },
  ],
};
