/**
 * UpdateDocumentationPart's patch paths: `/properties`, replace only
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateDocumentationPart).
 * Errors: the two-space family [recorded: test_invalid_update_documentation_part]. The new
 * properties must be a JSON object, as on create [guess].
 */
import { checkDocumentationProperties, type DocumentationPart } from '../../model/documentation.js';
import type { RuleTable } from '../engine.js';
import { resourceStyle } from '../styles.js';

export const documentationPartRules: RuleTable<DocumentationPart> = {
  kind: 'DocumentationPart',
  errors: resourceStyle,
  rules: [{ path: '/properties', ops: { replace: ({ draft, value }) => void (draft.properties = checkDocumentationProperties(value)) } }],
};
