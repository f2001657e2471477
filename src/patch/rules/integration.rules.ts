/**
 * UpdateIntegration's patch paths
 * (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateIntegration).
 *
 * Scalars take `replace` only; map members are patched per key (`/requestTemplates/application~1json`)
 * with add, replace and remove; cache key parameters by name with add and remove (replace acts as
 * add). `/type` is not patchable: changing the type means PutIntegration. `/uri` and `/httpMethod`
 * are ignored on MOCK integrations, which keep neither. Values are checked as a whole afterwards by
 * the same validation as PutIntegration (`control-plane/validation/integration.ts`), so Put and
 * Update always agree on what is valid. Evidence and choices: docs/research/patch-integration.md.
 */
import { NotFoundException, BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { Integration } from '../../model/integration.js';
import type { Apply, PatchContext, RuleTable } from '../engine.js';
import { methodStyle } from '../styles.js';
import { lenientBoolean, mapAdd, mapRemove, mapReplace } from './values.js';

type I = Integration;
type Ctx = PatchContext<I>;

const parameterMissing = () => new NotFoundException(msg.invalidParameterName());
const contentTypeMissing = () => new NotFoundException(msg.contentTypeNotFound());

/** A template sent with no value, or `""`, is an empty template, stored as null [recorded]. */
const templateValue = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);

/** Optional string members: `""` clears them [Terraform and Zappa clear them this way]. */
function replaceOptional(key: 'connectionId' | 'credentials' | 'integrationTarget'): Apply<I> {
  return ({ draft, value }: Ctx) => {
    if (value === undefined || value === '') delete draft[key];
    else draft[key] = value;
  };
}

export const integrationRules: RuleTable<I> = {
  kind: 'Integration',
  errors: methodStyle,
  rules: [
    {
      path: '/cacheKeyParameters/{name}',
      ops: {
        add: ({ draft, params }) => {
          const list = draft.cacheKeyParameters ?? [];
          if (!list.includes(params.name!)) draft.cacheKeyParameters = [...list, params.name!];
        },
        replace: ({ draft, params }) => {
          const list = draft.cacheKeyParameters ?? [];
          if (!list.includes(params.name!)) draft.cacheKeyParameters = [...list, params.name!];
        },
        remove: ({ draft, params }) => {
          draft.cacheKeyParameters = (draft.cacheKeyParameters ?? []).filter((p) => p !== params.name);
        },
      },
    },
    { path: '/cacheNamespace', ops: { replace: ({ draft, value }) => void (draft.cacheNamespace = value ?? '') } },
    { path: '/connectionId', ops: { replace: replaceOptional('connectionId') } },
    {
      path: '/connectionType',
      ops: {
        replace: ({ draft, value }) => {
          if (value !== 'INTERNET' && value !== 'VPC_LINK') throw new BadRequestException(msg.invalidConnectionType(String(value)));
          draft.connectionType = value;
        },
      },
    },
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
    { path: '/credentials', ops: { replace: replaceOptional('credentials') } },
    {
      path: '/httpMethod',
      ops: {
        replace: ({ draft, value }) => {
          if (draft.type !== 'MOCK') draft.httpMethod = value ?? '';
        },
      },
    },
    { path: '/integrationTarget', ops: { replace: replaceOptional('integrationTarget') } },
    { path: '/passthroughBehavior', ops: { replace: ({ draft, value }) => void (draft.passthroughBehavior = value ?? '') } },
    {
      path: '/requestParameters/{name}',
      ops: {
        add: ({ draft, params, value }) => void (draft.requestParameters = mapAdd(draft.requestParameters, params.name!, value ?? '')),
        replace: ({ draft, params, value }) =>
          void (draft.requestParameters = mapReplace(draft.requestParameters, params.name!, value ?? '', parameterMissing)),
        remove: ({ draft, params }) => {
          const next = mapRemove(draft.requestParameters, params.name!, parameterMissing);
          if (next) draft.requestParameters = next;
          else delete draft.requestParameters;
        },
      },
    },
    {
      path: '/requestTemplates/{content_type}',
      ops: {
        add: ({ draft, params, value }) => void (draft.requestTemplates = mapAdd(draft.requestTemplates, params.content_type!, templateValue(value))),
        replace: ({ draft, params, value }) =>
          void (draft.requestTemplates = mapReplace(draft.requestTemplates, params.content_type!, templateValue(value), contentTypeMissing)),
        remove: ({ draft, params }) => {
          const next = mapRemove(draft.requestTemplates, params.content_type!, contentTypeMissing);
          if (next) draft.requestTemplates = next;
          else delete draft.requestTemplates;
        },
      },
    },
    {
      path: '/responseTransferMode',
      ops: {
        replace: ({ draft, value }) => {
          if (value !== 'BUFFERED' && value !== 'STREAM') throw new BadRequestException(msg.invalidResponseTransferMode(String(value)));
          draft.responseTransferMode = value;
        },
      },
    },
    {
      path: '/timeoutInMillis',
      ops: {
        replace: ({ draft, value }) => {
          // A value that is not an integer gets the range text, as AWS answers a non-numeric
          // minimumCompressionSize with its range text [recorded].
          const n = value !== undefined && /^[+-]?\d{1,10}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
          draft.timeoutInMillis = n;
        },
      },
    },
    {
      path: '/tlsConfig/insecureSkipVerification',
      ops: { replace: ({ draft, value }) => void (draft.tlsConfig = { ...draft.tlsConfig, insecureSkipVerification: lenientBoolean(value) }) },
    },
    {
      path: '/uri',
      ops: {
        replace: ({ draft, value }) => {
          if (draft.type !== 'MOCK') draft.uri = value ?? '';
        },
      },
    },
  ],
};
