/** Integration type -> implementation (convention 2: no `if (type === ...)` chains). */
import type { IntegrationType } from '../../model/integration.js';
import { awsProxyIntegration } from './aws-proxy.js';
import { awsIntegration } from './aws.js';
import { httpProxyIntegration } from './http-proxy.js';
import { httpIntegration } from './http.js';
import type { IntegrationInvoker } from './integration.js';
import { mockIntegration } from './mock.js';

export const INTEGRATIONS: Readonly<Record<IntegrationType, IntegrationInvoker>> = {
  MOCK: mockIntegration,
  HTTP: httpIntegration,
  HTTP_PROXY: httpProxyIntegration,
  AWS: awsIntegration,
  AWS_PROXY: awsProxyIntegration,
};
