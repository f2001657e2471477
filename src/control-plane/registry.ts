/**
 * Operation name (as the service model names it) -> handler. An operation of the model that is
 * missing here answers NotImplementedException: the model knows every operation, Portico
 * implements the REST API lifecycle and its account-level keys and plans.
 */
import * as apiKeys from './operations/api-keys.js';
import * as authorizers from './operations/authorizers.js';
import * as deployments from './operations/deployments.js';
import * as documentationParts from './operations/documentation-parts.js';
import * as documentationVersions from './operations/documentation-versions.js';
import * as gatewayResponses from './operations/gateway-responses.js';
import * as integrationResponses from './operations/integration-responses.js';
import * as integrations from './operations/integrations.js';
import * as methods from './operations/methods.js';
import * as models from './operations/models.js';
import * as requestValidators from './operations/request-validators.js';
import * as resources from './operations/resources.js';
import * as restApis from './operations/rest-apis.js';
import * as stages from './operations/stages.js';
import * as usagePlans from './operations/usage-plans.js';
import * as vpcLinks from './operations/vpc-links.js';
import type { OperationHandler } from './operation.js';

export const OPERATIONS: Readonly<Record<string, OperationHandler>> = {
  CreateRestApi: restApis.createRestApi,
  GetRestApi: restApis.getRestApi,
  GetRestApis: restApis.getRestApis,
  DeleteRestApi: restApis.deleteRestApi,
  UpdateRestApi: restApis.updateRestApi,
  GetResources: resources.getResources,
  GetResource: resources.getResource,
  CreateResource: resources.createResource,
  DeleteResource: resources.deleteResource,
  UpdateResource: resources.updateResource,
  PutMethod: methods.putMethod,
  GetMethod: methods.getMethod,
  DeleteMethod: methods.deleteMethod,
  UpdateMethod: methods.updateMethod,
  PutMethodResponse: methods.putMethodResponse,
  GetMethodResponse: methods.getMethodResponse,
  DeleteMethodResponse: methods.deleteMethodResponse,
  UpdateMethodResponse: methods.updateMethodResponse,
  PutIntegration: integrations.putIntegration,
  GetIntegration: integrations.getIntegration,
  DeleteIntegration: integrations.deleteIntegration,
  UpdateIntegration: integrations.updateIntegration,
  PutIntegrationResponse: integrationResponses.putIntegrationResponse,
  GetIntegrationResponse: integrationResponses.getIntegrationResponse,
  DeleteIntegrationResponse: integrationResponses.deleteIntegrationResponse,
  UpdateIntegrationResponse: integrationResponses.updateIntegrationResponse,
  CreateDeployment: deployments.createDeployment,
  GetDeployment: deployments.getDeployment,
  GetDeployments: deployments.getDeployments,
  DeleteDeployment: deployments.deleteDeployment,
  UpdateDeployment: deployments.updateDeployment,
  CreateStage: stages.createStage,
  GetStage: stages.getStage,
  GetStages: stages.getStages,
  DeleteStage: stages.deleteStage,
  UpdateStage: stages.updateStage,
  FlushStageCache: stages.flushStageCache,
  FlushStageAuthorizersCache: stages.flushStageAuthorizersCache,
  CreateVpcLink: vpcLinks.createVpcLink,
  GetVpcLink: vpcLinks.getVpcLink,
  GetVpcLinks: vpcLinks.getVpcLinks,
  DeleteVpcLink: vpcLinks.deleteVpcLink,
  UpdateVpcLink: vpcLinks.updateVpcLink,
  CreateModel: models.createModel,
  GetModel: models.getModel,
  GetModels: models.getModels,
  UpdateModel: models.updateModel,
  DeleteModel: models.deleteModel,
  CreateRequestValidator: requestValidators.createRequestValidator,
  GetRequestValidator: requestValidators.getRequestValidator,
  GetRequestValidators: requestValidators.getRequestValidators,
  UpdateRequestValidator: requestValidators.updateRequestValidator,
  DeleteRequestValidator: requestValidators.deleteRequestValidator,
  CreateAuthorizer: authorizers.createAuthorizer,
  GetAuthorizer: authorizers.getAuthorizer,
  GetAuthorizers: authorizers.getAuthorizers,
  UpdateAuthorizer: authorizers.updateAuthorizer,
  DeleteAuthorizer: authorizers.deleteAuthorizer,
  PutGatewayResponse: gatewayResponses.putGatewayResponse,
  GetGatewayResponse: gatewayResponses.getGatewayResponse,
  GetGatewayResponses: gatewayResponses.getGatewayResponses,
  UpdateGatewayResponse: gatewayResponses.updateGatewayResponse,
  DeleteGatewayResponse: gatewayResponses.deleteGatewayResponse,
  CreateDocumentationPart: documentationParts.createDocumentationPart,
  GetDocumentationPart: documentationParts.getDocumentationPart,
  GetDocumentationParts: documentationParts.getDocumentationParts,
  UpdateDocumentationPart: documentationParts.updateDocumentationPart,
  DeleteDocumentationPart: documentationParts.deleteDocumentationPart,
  ImportDocumentationParts: documentationParts.importDocumentationParts,
  CreateDocumentationVersion: documentationVersions.createDocumentationVersion,
  GetDocumentationVersion: documentationVersions.getDocumentationVersion,
  GetDocumentationVersions: documentationVersions.getDocumentationVersions,
  UpdateDocumentationVersion: documentationVersions.updateDocumentationVersion,
  DeleteDocumentationVersion: documentationVersions.deleteDocumentationVersion,
  CreateApiKey: apiKeys.createApiKey,
  GetApiKey: apiKeys.getApiKey,
  GetApiKeys: apiKeys.getApiKeys,
  UpdateApiKey: apiKeys.updateApiKey,
  DeleteApiKey: apiKeys.deleteApiKey,
  CreateUsagePlan: usagePlans.createUsagePlan,
  GetUsagePlan: usagePlans.getUsagePlan,
  GetUsagePlans: usagePlans.getUsagePlans,
  UpdateUsagePlan: usagePlans.updateUsagePlan,
  DeleteUsagePlan: usagePlans.deleteUsagePlan,
  CreateUsagePlanKey: usagePlans.createUsagePlanKey,
  GetUsagePlanKey: usagePlans.getUsagePlanKey,
  GetUsagePlanKeys: usagePlans.getUsagePlanKeys,
  DeleteUsagePlanKey: usagePlans.deleteUsagePlanKey,
};
