/**
 * UpdateModel's patch paths: `/description` and `/schema`, replace only
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateModel).
 * Errors: the two-space family; `add /wrong-path` gives `... Please choose supported operations`
 * and `replace /name` lists `[/description, /schema]` [recorded: test_update_model]. An empty
 * schema is refused as on CreateModel [recorded]; an empty description removes it [recorded].
 */
import { checkModelSchema, type Model } from '../../model/model.js';
import type { RuleTable } from '../engine.js';
import { resourceStyle } from '../styles.js';

export const modelRules: RuleTable<Model> = {
  kind: 'Model',
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
    { path: '/schema', ops: { replace: ({ draft, value }) => void (draft.schema = checkModelSchema(value)) } },
  ],
};
