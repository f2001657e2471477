/**
 * Ports of LocalStack's recorded `tests/aws/services/apigateway/test_apigateway_common.py` tests whose
 * calls stay within the control-plane operations Portico implements (TestDeployments).
 *
 * Out of scope here: TestStages (CreateDocumentationPart/Version), TestUsagePlans, TestDocumentations,
 * TestApiGatewayCommon (request validators, models, Lambda, invocations), TestApigatewayRouting
 * (invocations only).
 */
import { describe } from 'vitest';
import { recordedTest, type RecordedContext } from './harness.js';

const FILE = 'test_apigateway_common.py';

/** `create_rest_apigw()` fixture: CreateRestApi (name `api-<uid>`), returns the id and the root resource id. */
async function createRestApigw(ctx: RecordedContext, input: Record<string, unknown> = {}): Promise<{ apiId: string; rootId: string }> {
  const api = await ctx.call('CreateRestApi', { name: ctx.unique('api'), ...input });
  return { apiId: String(api.id), rootId: String(api.rootResourceId) };
}

/** Common prefix: create_rest_apigw; PutMethod(GET, NONE); PutIntegration(GET, MOCK). */
async function apiWithMockGet(ctx: RecordedContext): Promise<string> {
  const { apiId, rootId } = await createRestApigw(ctx);
  await ctx.call('PutMethod', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE' });
  await ctx.call('PutIntegration', { restApiId: apiId, resourceId: rootId, httpMethod: 'GET', type: 'MOCK' });
  return apiId;
}

describe('test_apigateway_common.py TestDeployments', () => {
  const createDeleteDeployments = (createStageManually: boolean) => async (ctx: RecordedContext): Promise<void> => {
    const { call, match } = ctx;
    const apiId = await apiWithMockGet(ctx);

    // create deployment - stage can be passed as parameter, or created separately below
    const kwargs: Record<string, unknown> = createStageManually ? {} : { stageName: 's1' };
    let deploymentId = String((await call('CreateDeployment', { restApiId: apiId, ...kwargs })).id);
    if (createStageManually) await call('CreateStage', { restApiId: apiId, stageName: 's1', deploymentId });

    match('get-deployment', await call('GetDeployment', { restApiId: apiId, deploymentId }));
    match('get-stages', await call('GetStages', { restApiId: apiId }));

    for (let i = 0; i < 3; i++) {
      // deleting the deployment fails while a stage points to it
      match(`delete-deployment-error-${i}`, await call('DeleteDeployment', { restApiId: apiId, deploymentId }));

      await call('DeleteStage', { restApiId: apiId, stageName: 's1' });
      await call('DeleteDeployment', { restApiId: apiId, deploymentId });

      deploymentId = String((await call('CreateDeployment', { restApiId: apiId, ...kwargs })).id);
      if (createStageManually) await call('CreateStage', { restApiId: apiId, stageName: 's1', deploymentId });

      match(`get-deployments-${i}`, await call('GetDeployments', { restApiId: apiId }));
      match(`get-stages-${i}`, await call('GetStages', { restApiId: apiId }));
    }
  };
  recordedTest(`${FILE}::TestDeployments::test_create_delete_deployments[True]`, createDeleteDeployments(true));
  recordedTest(`${FILE}::TestDeployments::test_create_delete_deployments[False]`, createDeleteDeployments(false));

  recordedTest(`${FILE}::TestDeployments::test_create_update_deployments`, async (ctx) => {
    const { call, match } = ctx;
    const apiId = await apiWithMockGet(ctx);

    const deploymentId1 = String((await call('CreateDeployment', { restApiId: apiId })).id);
    await call('CreateStage', { restApiId: apiId, stageName: 's1', deploymentId: deploymentId1 });

    match('get-deployment-1', await call('GetDeployment', { restApiId: apiId, deploymentId: deploymentId1 }));
    match('get-stages', await call('GetStages', { restApiId: apiId }));

    match('delete-deployment-error', await call('DeleteDeployment', { restApiId: apiId, deploymentId: deploymentId1 }));

    // another deployment with the existing stage name moves the stage to it
    const deploymentId2 = String((await call('CreateDeployment', { restApiId: apiId, stageName: 's1' })).id);

    match('get-deployment-1-after-update', await call('GetDeployment', { restApiId: apiId, deploymentId: deploymentId1 }));
    match('get-deployment-2', await call('GetDeployment', { restApiId: apiId, deploymentId: deploymentId2 }));
    match('get-stages-after-update', await call('GetStages', { restApiId: apiId }));

    match('delete-deployment-1', await call('DeleteDeployment', { restApiId: apiId, deploymentId: deploymentId1 }));
    match('delete-deployment-2-error', await call('DeleteDeployment', { restApiId: apiId, deploymentId: deploymentId2 }));
  });
});
