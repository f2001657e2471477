import { describe } from 'vitest';
import { recordedTest } from './harness.js';

describe('recorded: test_apigateway_api.py (sample)', () => {
  recordedTest('test_apigateway_api.py::TestApiGatewayApiRestApi::test_list_and_delete_apis', async ({ call, match }) => {
    const api1 = await call('CreateRestApi', { name: 'api1', description: 'this is my api' });
    match('create-rest-api-1', api1);
    const api2 = await call('CreateRestApi', { name: 'api2', description: 'this is my api2' });
    match('create-rest-api-2', api2);
    match('get-rest-api-before-delete', await call('GetRestApis'));
    match('delete-rest-api', await call('DeleteRestApi', { restApiId: api1.id }));
    match('get-rest-api-after-delete', await call('GetRestApis'));
  });
});
