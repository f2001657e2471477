/**
 * The model the server speaks: a recent botocore model of `apigateway` (vendored in
 * `models/apigateway.service.json`, documentation stripped). It knows the members AWS returns
 * today (for example `rootResourceId` and `endpointConfiguration.ipAddressType`).
 */
import raw from '../../models/apigateway.service.json' with { type: 'json' };
import type { ServiceModel } from './shapes.js';

export const serviceModel: ServiceModel = raw as unknown as ServiceModel;
