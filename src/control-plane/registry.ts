/**
 * Operation name (as the service model names it) -> handler. An operation of the model that is
 * missing here answers NotImplemented: the model knows every operation, Portico implements the
 * integration lifecycle.
 */
import * as restApis from './operations/rest-apis.js';
import * as resources from './operations/resources.js';
import * as vpcLinks from './operations/vpc-links.js';
import type { OperationHandler } from './operation.js';

export const OPERATIONS: Readonly<Record<string, OperationHandler>> = {
  CreateRestApi: restApis.createRestApi,
  GetRestApi: restApis.getRestApi,
  GetRestApis: restApis.getRestApis,
  DeleteRestApi: restApis.deleteRestApi,
  GetResources: resources.getResources,
  GetResource: resources.getResource,
  CreateResource: resources.createResource,
  DeleteResource: resources.deleteResource,
  CreateVpcLink: vpcLinks.createVpcLink,
  GetVpcLink: vpcLinks.getVpcLink,
  GetVpcLinks: vpcLinks.getVpcLinks,
  DeleteVpcLink: vpcLinks.deleteVpcLink,
};
