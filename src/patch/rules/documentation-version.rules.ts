/**
 * UpdateDocumentationVersion's patch paths: `/description`, replace only
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateDocumentationVersion).
 * Errors: the two-space family [guess, as the other simple kinds]; an empty value removes it.
 */
import type { DocumentationVersion } from '../../model/documentation.js';
import type { RuleTable } from '../engine.js';
import { resourceStyle } from '../styles.js';

export const documentationVersionRules: RuleTable<DocumentationVersion> = {
  kind: 'DocumentationVersion',
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
