/** Starts an in-process Portico on an ephemeral 127.0.0.1 port for end-to-end tests. */
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { startPortico, type PorticoServer, type StartOptions } from '../../src/server/start.js';

export const TEST_ACCOUNT = '111111111111';
export const TEST_REGION = 'us-east-1';
export const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export async function startTestServer(options: StartOptions = {}): Promise<PorticoServer> {
  return startPortico({ host: '127.0.0.1', port: 0, inMemory: true, account: TEST_ACCOUNT, region: TEST_REGION, log: () => {}, ...options });
}

export function sdkClient(server: { url: string }): APIGatewayClient {
  return new APIGatewayClient({
    endpoint: server.url,
    region: TEST_REGION,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
  });
}
