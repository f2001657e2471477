/**
 * UpdateGatewayResponse's patch paths
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateGatewayResponse):
 * `/statusCode` (replace), `/responseParameters/{name}` and `/responseTemplates/{content_type}`
 * (add, replace, remove).
 *
 * Recorded [test_update_gateway_response]: any other op or path is `Invalid patch path {path}`
 * (`add /statusCode` included) and a missing path `Invalid patch path null`; replacing a parameter
 * the response lacks is NotFound `Invalid parameter name specified`; a null value is `Invalid null
 * or empty value in responseTemplates|responseParameters` (checked before the key).
 */
import { BadRequestException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { GatewayResponse } from '../../model/gateway-response.js';
import { hasOwn, setOwn, withoutKey } from '../../shared/objects.js';
import type { Apply, RuleTable } from '../engine.js';
import { gatewayResponseStyle } from '../styles.js';

type MapMember = 'responseParameters' | 'responseTemplates';

/** The NotFound answer for a key the map lacks (templates as on method responses [guess]). */
const missing = (member: MapMember): NotFoundException =>
  new NotFoundException(member === 'responseParameters' ? msg.invalidParameterName() : msg.contentTypeNotFound());

function mapOps(member: MapMember, param: string): Partial<Record<'add' | 'replace' | 'remove', Apply<GatewayResponse>>> {
  const set =
    (mustExist: boolean): Apply<GatewayResponse> =>
    ({ draft, params, value }) => {
      if (value === undefined || value === '') throw new BadRequestException(msg.nullOrEmptyValueIn(member));
      const key = params[param]!;
      if (mustExist && !hasOwn(draft[member], key)) throw missing(member);
      const next = { ...draft[member] };
      setOwn(next, key, value);
      draft[member] = next;
    };
  return {
    add: set(false),
    replace: set(true),
    remove: ({ draft, params }) => {
      const key = params[param]!;
      if (!hasOwn(draft[member], key)) throw missing(member);
      draft[member] = withoutKey(draft[member], key);
    },
  };
}

export const gatewayResponseRules: RuleTable<GatewayResponse> = {
  kind: 'GatewayResponse',
  errors: gatewayResponseStyle,
  rules: [
    {
      path: '/statusCode',
      ops: {
        replace: ({ draft, value }) => {
          if (value === undefined || !/^[1-5]\d\d$/.test(value)) throw new BadRequestException(msg.invalidGatewayResponseStatus(String(value)));
          draft.statusCode = value;
        },
      },
    },
    { path: '/responseParameters/{name}', ops: mapOps('responseParameters', 'name') },
    { path: '/responseTemplates/{content_type}', ops: mapOps('responseTemplates', 'content_type') },
  ],
};
