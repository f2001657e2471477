/**
 * CreateVpcLink, GetVpcLink, GetVpcLinks, DeleteVpcLink
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateVpcLink.html).
 *
 * On AWS a new link is PENDING while the network load balancer attachment is built, then
 * AVAILABLE with the message `Your vpc link is ready for use` [recorded]. Locally there is nothing
 * to build: the create response says PENDING, as AWS's does, and the stored link is AVAILABLE.
 * GetVpcLink shows `tags: {}` when there are none; GetVpcLinks items omit it [recorded].
 */
import type {
  CreateVpcLinkRequest,
  DeleteVpcLinkRequest,
  GetVpcLinkRequest,
  GetVpcLinksRequest,
  UpdateVpcLinkRequest,
} from '@aws-sdk/client-api-gateway';
import { BadRequestException, NotFoundException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import type { VpcLink } from '../../model/vpc-link.js';
import { applyPatch } from '../../patch/engine.js';
import { vpcLinkRules } from '../../patch/rules/vpc-link.rules.js';
import { newVpcLinkId } from '../../shared/ids.js';
import { ACCOUNT_SCOPE } from '../../store/store.js';
import { operation, type OperationContext } from '../operation.js';
import { paginate } from '../paginate.js';

export const VPC_LINK_READY = 'Your vpc link is ready for use';

/** `arn:partition:service:region:account:resource` with a non-empty partition, service and resource. */
export const isWellFormedArn = (arn: string): boolean => /^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/.test(arn);

export const createVpcLink = operation<CreateVpcLinkRequest>(async (input, ctx) => {
  if (!input.name) throw new BadRequestException(msg.emptyName());
  const targetArns = input.targetArns ?? [];
  for (const arn of targetArns) if (!isWellFormedArn(arn)) throw new BadRequestException(msg.malformedArn(arn));
  const link: VpcLink = {
    id: newVpcLinkId(),
    name: input.name,
    ...(input.description !== undefined && { description: input.description }),
    targetArns,
    status: 'AVAILABLE',
    statusMessage: VPC_LINK_READY,
    tags: input.tags ?? {},
  };
  await ctx.store.write((tx) => tx.put('vpcLinks', ACCOUNT_SCOPE, link.id, link));
  const { statusMessage: _ready, tags, ...created } = link;
  return { ...created, status: 'PENDING', ...(Object.keys(tags ?? {}).length > 0 && { tags }) };
});

async function requireVpcLink(ctx: OperationContext, id: string): Promise<VpcLink> {
  const link = await ctx.store.read((tx) => tx.get('vpcLinks', ACCOUNT_SCOPE, id));
  if (!link) throw new NotFoundException(msg.invalidVpcLinkId());
  return link;
}

export const getVpcLink = operation<GetVpcLinkRequest>(async (input, ctx) => {
  const link = await requireVpcLink(ctx, input.vpcLinkId!);
  return { ...link, tags: link.tags ?? {} };
});

export const getVpcLinks = operation<GetVpcLinksRequest>(async (input, ctx) => {
  const links = await ctx.store.read((tx) => tx.list('vpcLinks', ACCOUNT_SCOPE));
  const page = paginate(links, (l) => l.id, input.position, input.limit);
  return {
    ...page,
    items: page.items.map(({ tags, ...rest }) => (tags && Object.keys(tags).length > 0 ? { ...rest, tags } : rest)),
  };
});

/** UpdateVpcLink: `/name` and `/description`; answers in GetVpcLink's shape (`tags: {}`) [recorded]. */
export const updateVpcLink = operation<UpdateVpcLinkRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    const current = await tx.get('vpcLinks', ACCOUNT_SCOPE, input.vpcLinkId!);
    if (!current) throw new NotFoundException(msg.invalidVpcLinkId());
    const updated = applyPatch(vpcLinkRules, current, input.patchOperations ?? []);
    await tx.put('vpcLinks', ACCOUNT_SCOPE, updated.id, updated);
    return { ...updated, tags: updated.tags ?? {} };
  }),
);

export const deleteVpcLink = operation<DeleteVpcLinkRequest>(async (input, ctx) =>
  ctx.store.write(async (tx) => {
    if (!(await tx.delete('vpcLinks', ACCOUNT_SCOPE, input.vpcLinkId!))) throw new NotFoundException(msg.invalidVpcLinkId());
    return undefined;
  }),
);
