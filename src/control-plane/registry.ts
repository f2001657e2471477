/**
 * Operation name (as the service model names it) -> handler. An operation of the model that is
 * missing here answers NotImplementedException: the model knows every operation, Portico
 * implements the integration lifecycle.
 */
import * as deployments from './operations/deployments.js';
import * as integrationResponses from './operations/integration-responses.js';
import * as integrations from './operations/integrations.js';
import * as methods from './operations/methods.js';
import * as resources from './operations/resources.js';
import * as restApis from './operations/rest-apis.js';
import * as stages from './operations/stages.js';
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
  CreateVpcLink: vpcLinks.createVpcLink,
  GetVpcLink: vpcLinks.getVpcLink,
  GetVpcLinks: vpcLinks.getVpcLinks,
  DeleteVpcLink: vpcLinks.deleteVpcLink,
  UpdateVpcLink: vpcLinks.updateVpcLink,
};
