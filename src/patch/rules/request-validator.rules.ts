/**
 * UpdateRequestValidator's patch paths: `/name`, `/validateRequestParameters`,
 * `/validateRequestBody`, replace only
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateRequestValidator).
 * The table order is AWS's list order `[/name, /validateRequestParameters, /validateRequestBody]`
 * [recorded]. Booleans are lenient and a missing value is false [recorded:
 * update-request-validator-without-value]; a blank name is refused [recorded].
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { RequestValidator } from '../../model/request-validator.js';
import type { RuleTable } from '../engine.js';
import { resourceStyle } from '../styles.js';
import { lenientBoolean } from './values.js';

export const requestValidatorRules: RuleTable<RequestValidator> = {
  kind: 'RequestValidator',
  errors: resourceStyle,
  rules: [
    {
      path: '/name',
      ops: {
        replace: ({ draft, value }) => {
          if (value === undefined || value.trim() === '') throw new BadRequestException(msg.blankRequestValidatorName());
          draft.name = value;
        },
      },
    },
    { path: '/validateRequestParameters', ops: { replace: ({ draft, value }) => void (draft.validateRequestParameters = lenientBoolean(value)) } },
    { path: '/validateRequestBody', ops: { replace: ({ draft, value }) => void (draft.validateRequestBody = lenientBoolean(value)) } },
  ],
};
