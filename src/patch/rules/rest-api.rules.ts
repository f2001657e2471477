/**
 * UpdateRestApi's patch paths
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateRestApi).
 *
 * Recorded quirks reproduced here: the media type of `/binaryMediaTypes/{type}` is the path's last
 * segment (`value` is ignored on add; replace removes it and appends `value`); `replace
 * /minimumCompressionSize` with no or an empty value disables compression; switching to PRIVATE
 * makes `ipAddressType` dualstack; an op other than replace on `/endpointConfiguration/types/{i}`
 * answers `Must be 'add'|'remove'|'replace'`. Evidence: docs/research/patch-other-resources.md §2.
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { EndpointType, RestApi } from '../../model/rest-api.js';
import type { Apply, RuleTable } from '../engine.js';
import { methodStyle } from '../styles.js';
import { lenientBoolean, parseInteger } from './values.js';

const MAX_COMPRESSION_SIZE = 10_485_760;
const ENDPOINT_TYPES: readonly EndpointType[] = ['REGIONAL', 'EDGE', 'PRIVATE'];

const setDescription: Apply<RestApi> = ({ draft, value }) => {
  if (value === undefined || value === '') delete draft.description;
  else draft.description = value;
};

function replaceString(key: 'policy' | 'securityPolicy' | 'endpointAccessMode'): Apply<RestApi> {
  return ({ draft, value }) => {
    if (value === undefined || value === '') delete draft[key];
    else draft[key] = value;
  };
}

export const restApiRules: RuleTable<RestApi> = {
  kind: 'RestApi',
  errors: methodStyle,
  rules: [
    {
      path: '/apiKeySource',
      ops: {
        replace: ({ draft, value }) => {
          if (value !== 'HEADER' && value !== 'AUTHORIZER') throw new BadRequestException(msg.invalidApiKeySource(String(value)));
          draft.apiKeySource = value;
        },
      },
    },
    {
      path: '/binaryMediaTypes/{media_type}',
      ops: {
        add: ({ draft, params }) => {
          const list = draft.binaryMediaTypes ?? [];
          if (!list.includes(params.media_type!)) draft.binaryMediaTypes = [...list, params.media_type!];
        },
        replace: ({ draft, params, value }) => {
          const list = (draft.binaryMediaTypes ?? []).filter((t) => t !== params.media_type);
          draft.binaryMediaTypes = value === undefined || list.includes(value) ? list : [...list, value];
          if (draft.binaryMediaTypes.length === 0) delete draft.binaryMediaTypes;
        },
        remove: ({ draft, params }) => {
          const list = (draft.binaryMediaTypes ?? []).filter((t) => t !== params.media_type);
          if (list.length > 0) draft.binaryMediaTypes = list;
          else delete draft.binaryMediaTypes;
        },
      },
    },
    { path: '/description', ops: { add: setDescription, replace: setDescription, remove: ({ draft }) => void delete draft.description } },
    { path: '/disableExecuteApiEndpoint', ops: { replace: ({ draft, value }) => void (draft.disableExecuteApiEndpoint = lenientBoolean(value)) } },
    {
      path: '/endpointConfiguration/types/{index}',
      onUnsupported: () => new BadRequestException(msg.invalidPatchOperationAddRemoveReplace()),
      ops: {
        replace: ({ draft, value }) => {
          if (!ENDPOINT_TYPES.includes(value as EndpointType)) throw new BadRequestException(msg.invalidEndpointTypes());
          const type = value as EndpointType;
          draft.endpointConfiguration = { ...draft.endpointConfiguration, types: [type] };
          if (type === 'PRIVATE') draft.endpointConfiguration.ipAddressType = 'dualstack';
        },
      },
    },
    {
      path: '/endpointConfiguration/ipAddressType',
      ops: {
        replace: ({ draft, value }) => {
          if (value !== 'ipv4' && value !== 'dualstack') throw new BadRequestException(msg.invalidIpAddressType());
          draft.endpointConfiguration = { ...draft.endpointConfiguration, ipAddressType: value };
        },
      },
    },
    {
      path: '/endpointConfiguration/vpcEndpointIds',
      ops: {
        add: ({ draft, value }) => {
          if (!draft.endpointConfiguration.types?.includes('PRIVATE')) throw new BadRequestException(msg.vpcEndpointIdsNeedPrivate());
          const ids = draft.endpointConfiguration.vpcEndpointIds ?? [];
          if (value && !ids.includes(value)) draft.endpointConfiguration = { ...draft.endpointConfiguration, vpcEndpointIds: [...ids, value] };
        },
        remove: ({ draft, value }) => {
          if (!draft.endpointConfiguration.types?.includes('PRIVATE')) throw new BadRequestException(msg.vpcEndpointIdsNeedPrivate());
          const ids = (draft.endpointConfiguration.vpcEndpointIds ?? []).filter((id) => id !== value);
          draft.endpointConfiguration = { ...draft.endpointConfiguration, vpcEndpointIds: ids };
          if (ids.length === 0) delete draft.endpointConfiguration.vpcEndpointIds;
        },
      },
    },
    { path: '/endpointAccessMode', ops: { replace: replaceString('endpointAccessMode') } },
    {
      path: '/minimumCompressionSize',
      ops: {
        replace: ({ draft, value }) => {
          if (value === undefined || value === '') {
            delete draft.minimumCompressionSize;
            return;
          }
          const n = parseInteger(value.trim());
          if (n === undefined || n < 0 || n > MAX_COMPRESSION_SIZE) throw new BadRequestException(msg.invalidCompressionSize(MAX_COMPRESSION_SIZE));
          draft.minimumCompressionSize = n;
        },
      },
    },
    {
      path: '/name',
      ops: {
        replace: ({ draft, value }) => {
          if (!value) throw new BadRequestException(msg.emptyRestApiName());
          draft.name = value;
        },
      },
    },
    { path: '/policy', ops: { replace: replaceString('policy') } },
    { path: '/securityPolicy', ops: { replace: replaceString('securityPolicy') } },
  ],
};
