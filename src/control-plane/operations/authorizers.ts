/**
 * CreateAuthorizer, GetAuthorizer, GetAuthorizers, UpdateAuthorizer, DeleteAuthorizer
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html).
 *
 * Recorded: CreateAuthorizer on a missing API answers ConflictException `Unable to complete
 * operation due to concurrent modification...` (AWS checks the URI format before the API, and the
 * lookup fails this way); GetAuthorizers on a missing API is `Invalid API identifier specified`; a
 * TOKEN authorizer created without authType shows `authType: "custom"` and no TTL.
 *
 * Not recorded [guess]: TOKEN and REQUEST authorizers need an authorizerUri, Cognito ones
 * providerARNs; a TOKEN authorizer's identitySource must be one header (AWS's text for that is
 * quoted in issue reports); the TTL is 0..3600; an authorizer a method uses cannot be deleted.
 */
import type {
  CreateAuthorizerRequest,
  DeleteAuthorizerRequest,
  GetAuthorizerRequest,
  GetAuthorizersRequest,
  UpdateAuthorizerRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, ConflictException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { Authorizer, AuthorizerType } from '../../model/authorizer.js';
import { applyPatch } from '../../patch/engine.js';
import { authorizerRules } from '../../patch/rules/authorizer.rules.js';
import { randomId } from '../../shared/ids.js';
import type { StoreTx } from '../../store/store.js';
import { methodUsing, requireRestApi, restApiExists } from '../lookup.js';
import { operation } from '../operation.js';
import { paginate } from '../paginate.js';

const TOKEN_SOURCE = /^method\.request\.header\.[a-zA-Z0-9._-]+$/;

/** The rules an authorizer must satisfy, on create and after an update. */
function checkAuthorizer(a: Authorizer): Authorizer {
  if (!a.name) throw new BadRequestException(msg.emptyName());
  if (a.type === 'COGNITO_USER_POOLS') {
    if (!a.providerARNs || a.providerARNs.length === 0) throw new BadRequestException(msg.providerArnsRequired());
  } else if (!a.authorizerUri) {
    throw new BadRequestException(msg.authorizerUriRequired(a.type));
  }
  if (a.type === 'TOKEN' && !TOKEN_SOURCE.test(a.identitySource ?? '')) throw new BadRequestException(msg.invalidTokenSource(String(a.identitySource ?? null)));
  const ttl = a.authorizerResultTtlInSeconds;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > 3600)) throw new BadRequestException(msg.invalidAuthorizerTtl());
  return a;
}

const defaultAuthType = (type: AuthorizerType): string => (type === 'COGNITO_USER_POOLS' ? 'cognito_user_pools' : 'custom');

async function requireAuthorizer(tx: StoreTx, restApiId: string, id: string): Promise<Authorizer> {
  const authorizer = await tx.get('authorizers', restApiId, id);
  if (!authorizer) throw new NotFoundException(msg.invalidAuthorizerIdentifier());
  return authorizer;
}

export const createAuthorizer = operation<CreateAuthorizerRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    if (!(await restApiExists(tx, restApiId))) throw new ConflictException(msg.concurrentModification());
    const type = input.type as AuthorizerType;
    const authorizer = checkAuthorizer({
      id: randomId(6),
      name: input.name!,
      type,
      ...(input.providerARNs?.length && { providerARNs: input.providerARNs }),
      authType: input.authType || defaultAuthType(type),
      ...(input.authorizerUri ? { authorizerUri: input.authorizerUri } : {}),
      ...(input.authorizerCredentials ? { authorizerCredentials: input.authorizerCredentials } : {}),
      ...(input.identitySource ? { identitySource: input.identitySource } : {}),
      ...(input.identityValidationExpression ? { identityValidationExpression: input.identityValidationExpression } : {}),
      ...(input.authorizerResultTtlInSeconds !== undefined && { authorizerResultTtlInSeconds: input.authorizerResultTtlInSeconds }),
    });
    await tx.put('authorizers', restApiId, authorizer.id, authorizer);
    return authorizer;
  }),
);

export const getAuthorizer = operation<GetAuthorizerRequest>(async (input, ctx) =>
  ctx.store.read((tx) => requireAuthorizer(tx, input.restApiId!, input.authorizerId!)),
);

export const getAuthorizers = operation<GetAuthorizersRequest>(async (input, ctx) =>
  ctx.store.read(async (tx) => {
    await requireRestApi(tx, ctx, input.restApiId!);
    return paginate(await tx.list('authorizers', input.restApiId!), (a) => a.id, input.position, input.limit);
  }),
);

/** UpdateAuthorizer: `patch/rules/authorizer.rules.ts`, then CreateAuthorizer's rules on the result. */
export const updateAuthorizer = operation<UpdateAuthorizerRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const current = await requireAuthorizer(tx, input.restApiId!, input.authorizerId!);
    const updated = checkAuthorizer(applyPatch(authorizerRules, current, input.patchOperations ?? []));
    await tx.put('authorizers', input.restApiId!, updated.id, updated);
    return updated;
  }),
);

export const deleteAuthorizer = operation<DeleteAuthorizerRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const restApiId = input.restApiId!;
    const authorizer = await requireAuthorizer(tx, restApiId, input.authorizerId!);
    const where = await methodUsing(tx, restApiId, (m) => m.authorizerId === authorizer.id);
    if (where) throw new ConflictException(msg.authorizerInUse(authorizer.name, where));
    await tx.delete('authorizers', restApiId, authorizer.id);
    return undefined;
  }),
);
