/**
 * UpdateDeployment's patch paths: `/description`, replace only
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateDeployment).
 * Errors: the two-space family of other single-purpose resources [guess].
 */
import type { Deployment } from '../../model/deployment.js';
import type { RuleTable } from '../engine.js';
import { resourceStyle } from '../styles.js';

export const deploymentRules: RuleTable<Deployment> = {
  kind: 'Deployment',
  errors: resourceStyle,
  rules: [
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
