export { operationHelp } from './operation.js';
export { serviceHelp, providerHelp } from './service.js';
