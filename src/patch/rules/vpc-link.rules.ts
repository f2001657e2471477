/**
 * UpdateVpcLink's patch paths: `/name` and `/description`, replace only
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateVpcLink).
 * Errors: the two-space family, paths in the documentation's order [guess].
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { VpcLink } from '../../model/vpc-link.js';
import type { RuleTable } from '../engine.js';
import { resourceStyle } from '../styles.js';

export const vpcLinkRules: RuleTable<VpcLink> = {
  kind: 'VpcLink',
  errors: resourceStyle,
  rules: [
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
      path: '/description',
      ops: {
        replace: ({ draft, value }) => {
          if (value === undefined || value === '') delete draft.description;
          else draft.description = value;
        },
      },
    },
  ],
};
