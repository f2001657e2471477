// The benchmark's TOKEN authorizer: allows every method of the API for any token.
export const handler = async (event) => ({
  principalId: `user-${event.authorizationToken}`,
  policyDocument: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: event.methodArn.replace(/\/[^/]+\/[^/]+\/.*$/, '/*') }],
  },
  context: { tier: 'bench' },
});
