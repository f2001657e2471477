/**
 * Ports of LocalStack's `test_apigateway_api.py::TestApiGatewayVpcLink` and `::TestApiGatewayStage`
 * (responses recorded from AWS). Each test replays the calls the LocalStack test makes, in the same
 * order.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe } from 'vitest';
import { TEST_ACCOUNT, TEST_REGION } from '../support/server.js';
import { recordedTest, type Boto3Response, type RecordedContext } from './harness.js';

type Patch = { op: string; path: string; value?: string };

const VPC_LINK = 'test_apigateway_api.py::TestApiGatewayVpcLink';
const STAGE = 'test_apigateway_api.py::TestApiGatewayStage';

/** On AWS the test creates a network load balancer first; LocalStack uses this well-formed ARN instead. */
const NLB_ARN = `arn:aws:elasticloadbalancing:${TEST_REGION}:${TEST_ACCOUNT}:loadbalancer/net/my-load-balancer/50dc6c495c0c9188`;

/** LocalStack's `retry(fn, retries, sleep)`: calls until `done` holds, failing after the last attempt. */
async function poll(what: string, call: () => Promise<Boto3Response>, done: (res: Boto3Response) => boolean): Promise<Boto3Response> {
  let last: Boto3Response = {};
  for (let attempt = 0; attempt < 20; attempt++) {
    last = await call();
    if (done(last)) return last;
    await sleep(100);
  }
  throw new Error(`${what}: still ${JSON.stringify(last)}`);
}

describe('recorded: TestApiGatewayVpcLink', () => {
  recordedTest(`${VPC_LINK}::test_create_vpc_link_invalid_parameters`, async ({ call, match, unique }) => {
    match('create_vpc_link_invalid_target_arn', await call('CreateVpcLink', { name: unique('test-vpc-link'), targetArns: ['invalid-arn'] }));
    match('create_vpc_link_empty_name', await call('CreateVpcLink', { name: '', targetArns: [] }));
  });

  recordedTest(`${VPC_LINK}::test_get_vpc_link_invalid_id`, async ({ call, match }) => {
    match('get_vpc_link_invalid_id', await call('GetVpcLink', { vpcLinkId: 'invalid-id' }));
  });

  recordedTest(`${VPC_LINK}::test_delete_vpc_link_invalid_id`, async ({ call, match }) => {
    match('delete_vpc_link_invalid_id', await call('DeleteVpcLink', { vpcLinkId: 'invalid-id' }));
  });

  describe('TestApiGatewayVpcLink (Update* operations)', () => {
    recordedTest(`${VPC_LINK}::test_vpc_link_lifecycle`, async ({ call, match, unique }) => {
      match('nlb-arn', NLB_ARN);
      const name = unique('test-vpc-link');
      const created = await call('CreateVpcLink', { name, targetArns: [NLB_ARN] });
      match('create_vpc_link', created);
      const vpcLinkId = created.id;

      match(
        'get_vpc_link',
        await poll('GetVpcLink', () => call('GetVpcLink', { vpcLinkId }), (res) => res.status === 'AVAILABLE'),
      );

      // The test keeps only the link it created, for a stable snapshot.
      const links = await call('GetVpcLinks');
      links.items = (links.items as { id: string }[]).filter((item) => item.id === vpcLinkId);
      match('get_vpc_links', links);

      match('update_vpc_link', await call('UpdateVpcLink', { vpcLinkId, patchOperations: [{ op: 'replace', path: '/name', value: `${name}-updated` }] }));
      match('delete_vpc_link', await call('DeleteVpcLink', { vpcLinkId }));
      await poll(
        'GetVpcLink after DeleteVpcLink',
        () => call('GetVpcLink', { vpcLinkId }),
        (res) => (res.Error as { Code?: string } | undefined)?.Code === 'NotFoundException' || res.status === 'DELETED',
      );
    });

    recordedTest(`${VPC_LINK}::test_update_vpc_link_invalid_id`, async ({ call, match }) => {
      match(
        'update_vpc_link_invalid_id',
        await call('UpdateVpcLink', { vpcLinkId: 'invalid-id', patchOperations: [{ op: 'replace', path: '/name', value: 'new-name' }] }),
      );
    });
  });
});

describe('recorded: TestApiGatewayStage', () => {
  recordedTest(`${STAGE}::test_get_stages_filters_by_deployment_id`, async ({ call, match, unique }) => {
    // The `create_api_for_deployment` fixture: a REST API whose root has GET with a MOCK integration.
    const api = await call('CreateRestApi', { name: unique('test-stages') });
    const get = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET' };
    await call('PutMethod', { ...get, authorizationType: 'NONE' });
    await call('PutIntegration', { ...get, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } });

    const deploy1 = await call('CreateDeployment', { restApiId: api.id, stageName: 'stage1' });
    const deploy2 = await call('CreateDeployment', { restApiId: api.id, stageName: 'stage2' });
    match('all-stages', await call('GetStages', { restApiId: api.id }));
    match('stages-deploy1', await call('GetStages', { restApiId: api.id, deploymentId: deploy1.id }));
    match('stages-deploy2', await call('GetStages', { restApiId: api.id, deploymentId: deploy2.id }));
  });

  /**
   * The start of both access-log tests: `create_api_for_deployment`, a deployment and stage `dev`.
   * On AWS the tests first create a CloudWatch Logs group; Portico does not look the group up, so a
   * well-formed log-group ARN stands in for it (recorded as `<log-group-arn>`).
   */
  async function devStage(ctx: RecordedContext): Promise<{ update: (patchOperations: Patch[]) => Promise<Boto3Response>; logGroupArn: string }> {
    const api = await ctx.call('CreateRestApi', { name: ctx.unique('test-stages') });
    const get = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET' };
    await ctx.call('PutMethod', { ...get, authorizationType: 'NONE' });
    await ctx.call('PutIntegration', { ...get, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    const deployment = await ctx.call('CreateDeployment', { restApiId: api.id });
    ctx.match('create-deployment', deployment);
    ctx.match('create-stage', await ctx.call('CreateStage', { restApiId: api.id, stageName: 'dev', deploymentId: deployment.id, description: 'dev stage' }));
    return {
      update: (patchOperations) => ctx.call('UpdateStage', { restApiId: api.id, stageName: 'dev', patchOperations }),
      logGroupArn: `arn:aws:logs:${TEST_REGION}:${TEST_ACCOUNT}:log-group:${ctx.unique('test-log-group')}`,
    };
  }

  describe('TestApiGatewayStage (Update* operations)', () => {
    recordedTest(`${STAGE}::test_stage_access_log_settings`, async (ctx) => {
      const { update, logGroupArn } = await devStage(ctx);
      ctx.match('update-stage-access-log-dest-add', await update([{ op: 'add', path: '/accessLogSettings/destinationArn', value: logGroupArn }]));
      ctx.match('update-stage-access-log-dest-replace', await update([{ op: 'replace', path: '/accessLogSettings/destinationArn', value: `${logGroupArn}a` }]));
      ctx.match(
        'update-stage-access-log-format-add',
        await update([{ op: 'add', path: '/accessLogSettings/format', value: '$context.requestId $context.identity.sourceIp' }]),
      );
      ctx.match('update-stage-access-log-remove-all', await update([{ op: 'remove', path: '/accessLogSettings' }]));
    });

    recordedTest(`${STAGE}::test_stage_access_log_settings_validation`, async (ctx) => {
      const { update, logGroupArn } = await devStage(ctx);
      ctx.match('invalid-path-add', await update([{ op: 'add', path: '/accessLogSettings/randomValue', value: 'updated' }]));
      ctx.match('invalid-path-remove', await update([{ op: 'remove', path: '/accessLogSettings/randomValue', value: 'updated' }]));
      ctx.match('invalid-path-replace', await update([{ op: 'replace', path: '/accessLogSettings/randomValue', value: 'updated' }]));
      ctx.match('star-and-add', await update([{ op: 'add', path: '/accessLogSettings/*', value: 'updated' }]));
      ctx.match('star-and-remove', await update([{ op: 'remove', path: '/accessLogSettings/*', value: 'updated' }]));
      ctx.match('star-and-replace', await update([{ op: 'replace', path: '/accessLogSettings/*', value: 'updated' }]));
      ctx.match('root-and-add', await update([{ op: 'add', path: '/accessLogSettings', value: 'test' }]));
      ctx.match('root-and-replace', await update([{ op: 'replace', path: '/accessLogSettings', value: 'test' }]));
      ctx.match('update-stage-access-log-dest-add', await update([{ op: 'add', path: '/accessLogSettings/destinationArn', value: logGroupArn }]));
      ctx.match('update-stage-access-log-destinationArn-empty', await update([{ op: 'replace', path: '/accessLogSettings/destinationArn', value: '' }]));
      ctx.match('update-stage-access-log-format-empty', await update([{ op: 'replace', path: '/accessLogSettings/format', value: '' }]));
      ctx.match('update-stage-access-log-dest-remove', await update([{ op: 'remove', path: '/accessLogSettings/destinationArn' }]));
    });
  });
});
