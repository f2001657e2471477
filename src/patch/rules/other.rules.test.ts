/**
 * Every path x every op for the rule tables of Method, MethodResponse, Resource, RestApi, Stage,
 * Deployment and VpcLink. Allowed ops come from AWS's Patch Operations table as the recordings
 * correct it (docs/research/patch-other-resources.md); texts are AWS's families.
 */
import { describe, expect, it } from 'vitest';
import type { Stage } from '../../model/deployment.js';
import type { Method, MethodResponse } from '../../model/method.js';
import type { RestApi } from '../../model/rest-api.js';
import { applyPatch, type PatchOp } from '../engine.js';
import { everyPathAndOp, patchOutcome, type PathSpec } from '../table-test.js';
import { deploymentRules } from './deployment.rules.js';
import { methodResponseRules } from './method-response.rules.js';
import { methodRules } from './method.rules.js';
import { resourceRules } from './resource.rules.js';
import { restApiRules } from './rest-api.rules.js';
import { stageRules } from './stage.rules.js';
import { vpcLinkRules } from './vpc-link.rules.js';

const methodFamily = (spec: PathSpec): string =>
  spec.allowed.length === 0 ? `Invalid patch path ${spec.path}` : `Invalid patch operation specified. Must be one of: [${spec.allowed.join(', ')}]`;

/** The two-space family: the paths that take the op, or "Please choose supported operations". */
const resourceFamily = (validByOp: Partial<Record<PatchOp, string[]>>) => (spec: PathSpec, op: PatchOp): string => {
  const valid = validByOp[op] ?? [];
  return valid.length > 0
    ? `Invalid patch path  '${spec.path}' specified for op '${op}'. Must be one of: [${valid.join(', ')}]`
    : `Invalid patch path  '${spec.path}' specified for op '${op}'. Please choose supported operations`;
};

describe('method rules', () => {
  const base = (): Method => ({
    httpMethod: 'GET',
    authorizationType: 'NONE',
    apiKeyRequired: false,
    requestParameters: { 'method.request.path.id': true },
    requestModels: { 'application/json': 'Empty' },
    authorizationScopes: ['a'],
  });
  everyPathAndOp(methodRules, base, [
    { path: '/authorizationScopes', allowed: ['add', 'remove'], value: 'b' },
    { path: '/authorizationType', allowed: ['replace'], value: 'AWS_IAM' },
    { path: '/authorizerId', allowed: ['replace'], value: 'x' },
    { path: '/apiKeyRequired', allowed: ['replace'], value: 'true' },
    { path: '/operationName', allowed: ['replace'], value: 'op' },
    { path: '/requestParameters/method.request.path.id', allowed: ['add', 'remove', 'replace'], value: 'true' },
    { path: '/requestModels/application~1json', allowed: ['add', 'remove', 'replace'], value: 'Empty' },
    { path: '/requestValidatorId', allowed: ['replace'], value: '' },
    { path: '/httpMethod', allowed: [] },
    { path: '/requestParameters', allowed: [] },
    { path: '/requestModels/application/json', allowed: [] },
  ], methodFamily);

  it('reads booleans leniently, as AWS does [recorded]', () => {
    expect(applyPatch(methodRules, { ...base(), apiKeyRequired: true }, [{ op: 'replace', path: '/apiKeyRequired', value: 'whatever' }]).apiKeyRequired).toBe(false);
  });
});

describe('method response rules', () => {
  const base = (): MethodResponse => ({
    statusCode: '200',
    responseParameters: { 'method.response.header.my-header': false },
    responseModels: { 'application/json': 'Empty' },
  });
  everyPathAndOp(methodResponseRules, base, [
    { path: '/responseParameters/method.response.header.my-header', allowed: ['add', 'remove', 'replace'], value: 'true' },
    { path: '/responseModels/application~1json', allowed: ['add', 'remove', 'replace'], value: 'Empty' },
    { path: '/wrong/method.response.header.my-header', allowed: [] },
    { path: '/statusCode', allowed: [] },
  ], methodFamily);

  it('answers missing keys with the recorded NotFound texts and drops emptied maps', () => {
    expect(patchOutcome(methodResponseRules, base(), 'replace', '/responseParameters/wrong', 'true')).toEqual({ error: 'Invalid parameter name specified', status: 404 });
    expect(patchOutcome(methodResponseRules, base(), 'remove', '/responseModels/wrong')).toEqual({ error: 'Content-Type specified was not found', status: 404 });
    const emptied = applyPatch(methodResponseRules, base(), [
      { op: 'remove', path: '/responseParameters/method.response.header.my-header' },
      { op: 'remove', path: '/responseModels/application~1json' },
    ]);
    expect(emptied).toEqual({ statusCode: '200' });
  });
});

describe('resource rules', () => {
  const valid = resourceFamily({ replace: ['/parentId', '/pathPart'] });
  everyPathAndOp(
    resourceRules,
    () => ({ id: 'r1', parentId: 'root', pathPart: 'pets', resourceMethods: {} }),
    [
      { path: '/parentId', allowed: ['replace'], value: 'other' },
      { path: '/pathPart', allowed: ['replace'], value: 'dogs' },
      { path: '/invalid', allowed: [] },
      { path: '/id', allowed: [] },
    ],
    valid,
  );

  it('refuses to change the root [recorded]', () => {
    const root = { id: 'root', resourceMethods: {} };
    expect(patchOutcome(resourceRules, root, 'replace', '/pathPart', 'x')).toMatchObject({ error: 'Root resource cannot update its pathPart.' });
    expect(patchOutcome(resourceRules, root, 'replace', '/parentId', 'root')).toMatchObject({ error: 'Root resource cannot update its parentId.' });
  });
});

describe('rest API rules', () => {
  const base = (): RestApi => ({
    id: 'a',
    name: 'n',
    createdDate: 1,
    apiKeySource: 'HEADER',
    endpointConfiguration: { types: ['PRIVATE'], ipAddressType: 'dualstack', vpcEndpointIds: ['vpce-1'] },
    disableExecuteApiEndpoint: false,
    rootResourceId: 'r',
    description: 'd',
    binaryMediaTypes: ['image/png'],
  });
  const rejected = (spec: PathSpec): string =>
    spec.path.startsWith('/endpointConfiguration/types/') ? "Invalid patch operation specified. Must be 'add'|'remove'|'replace'" : methodFamily(spec);
  everyPathAndOp(restApiRules, base, [
    { path: '/apiKeySource', allowed: ['replace'], value: 'AUTHORIZER' },
    { path: '/binaryMediaTypes/image~1png', allowed: ['add', 'remove', 'replace'], value: 'image/gif' },
    { path: '/description', allowed: ['add', 'remove', 'replace'], value: 'x' },
    { path: '/disableExecuteApiEndpoint', allowed: ['replace'], value: 'true' },
    { path: '/endpointConfiguration/types/0', allowed: ['replace'], value: 'PRIVATE' },
    { path: '/endpointConfiguration/ipAddressType', allowed: ['replace'], value: 'dualstack' },
    { path: '/endpointConfiguration/vpcEndpointIds', allowed: ['add', 'remove'], value: 'vpce-2' },
    { path: '/endpointAccessMode', allowed: ['replace'], value: 'STRICT' },
    { path: '/minimumCompressionSize', allowed: ['replace'], value: '10' },
    { path: '/name', allowed: ['replace'], value: 'new' },
    { path: '/policy', allowed: ['replace'], value: '{}' },
    { path: '/securityPolicy', allowed: ['replace'], value: 'TLS_1_2' },
    { path: '/binaryMediaTypes', allowed: [] },
    { path: '/id', allowed: [] },
  ], rejected);

  it('reproduces the recorded binaryMediaTypes and compression behaviour', () => {
    const api = base();
    expect(applyPatch(restApiRules, api, [{ op: 'replace', path: '/binaryMediaTypes/image~1png', value: 'image/gif' }]).binaryMediaTypes).toEqual(['image/gif']);
    expect(applyPatch(restApiRules, { ...api, binaryMediaTypes: undefined }, [{ op: 'add', path: '/binaryMediaTypes/-', value: 'image/png' }]).binaryMediaTypes).toEqual(['-']);
    expect(patchOutcome(restApiRules, api, 'replace', '/minimumCompressionSize', 'test')).toMatchObject({
      error: 'Invalid minimum compression size, must be between 0 and 10485760',
    });
    expect(applyPatch(restApiRules, { ...api, minimumCompressionSize: 5 }, [{ op: 'replace', path: '/minimumCompressionSize', value: '' }]).minimumCompressionSize).toBeUndefined();
  });
});

describe('stage rules', () => {
  const base = (): Stage => ({
    deploymentId: 'd1',
    stageName: 's',
    cacheClusterEnabled: false,
    cacheClusterStatus: 'NOT_AVAILABLE',
    methodSettings: { '*/*': { metricsEnabled: false } },
    variables: { v: '1' },
    accessLogSettings: { destinationArn: 'arn:aws:logs:us-east-1:1:log-group:g', format: '$context.requestId' },
    canarySettings: { deploymentId: 'd2', percentTraffic: 10, useStageCache: false, stageVariableOverrides: { v: '2' } },
    tracingEnabled: false,
    createdDate: 1,
    lastUpdatedDate: 1,
  });
  const LIST_START = 'Must be one of: [/deploymentId, /description,';
  const stageRejected = (spec: PathSpec, op: PatchOp): string => {
    const accessLog = spec.path === '/accessLogSettings' || spec.path.startsWith('/accessLogSettings/');
    switch (op) {
      case 'replace':
        return accessLog ? 'Invalid accessLogSettings path. Must be one of : [/accessLogSettings/destinationArn, /accessLogSettings/format]' : `Invalid method setting path: ${spec.path}. ${LIST_START}`;
      case 'add':
        return accessLog ? 'Invalid accessLogSettings path. Must be one of : [/accessLogSettings/destinationArn, /accessLogSettings/format]' : `Invalid add operation with path: ${spec.path}`;
      case 'remove':
        return `Cannot remove method setting ${spec.path.slice(1)} because there is no method setting for this method `;
      case 'copy':
        return `Invalid copy operation with path: ${spec.path} and from ${spec.from}. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]`;
      default:
        return `Invalid ${op} operation with path: ${spec.path}`;
    }
  };
  const specs: PathSpec[] = [
    { path: '/deploymentId', allowed: ['replace', 'copy'], value: 'd2', from: '/canarySettings/deploymentId' },
    { path: '/description', allowed: ['replace'], value: 'x' },
    { path: '/cacheClusterEnabled', allowed: ['replace'], value: 'true' },
    { path: '/cacheClusterSize', allowed: ['replace'], value: '1.6' },
    { path: '/clientCertificateId', allowed: ['replace'], value: 'c' },
    { path: '/documentationVersion', allowed: ['replace'], value: '1' },
    { path: '/tracingEnabled', allowed: ['replace'], value: 'true' },
    { path: '/variables', allowed: ['remove', 'copy'], from: '/canarySettings/stageVariableOverrides' },
    { path: '/variables/v', allowed: ['replace', 'remove'], value: 'x' },
    { path: '/accessLogSettings', allowed: ['remove'] },
    { path: '/accessLogSettings/destinationArn', allowed: ['add', 'replace'], value: 'arn:aws:logs:us-east-1:1:log-group:h' },
    { path: '/accessLogSettings/format', allowed: ['add', 'replace'], value: '$context.path' },
    { path: '/canarySettings', allowed: ['remove'] },
    { path: '/canarySettings/deploymentId', allowed: ['replace'], value: 'd1' },
    { path: '/canarySettings/percentTraffic', allowed: ['replace'], value: '50' },
    { path: '/canarySettings/useStageCache', allowed: ['replace'], value: 'true' },
    { path: '/canarySettings/stageVariableOverrides/v', allowed: ['replace', 'remove'], value: 'x' },
    { path: '/*/*/metrics/enabled', allowed: ['replace'], value: 'true' },
    { path: '/*/*/logging/loglevel', allowed: ['replace'], value: 'INFO' },
    { path: '/test/GET/throttling/burstLimit', allowed: ['replace'], value: '124' },
    { path: '/~1pets/POST/throttling/rateLimit', allowed: ['replace'], value: '100.5' },
    { path: '/*/*/caching/ttlInSeconds', allowed: ['replace'], value: '60' },
    { path: '/*/*', allowed: ['remove'] },
    { path: '/documentation_version', allowed: [], value: '123' },
    { path: '/tags/tag1', allowed: [], value: 'v' },
    { path: '/canarySettings/badPath', allowed: [], value: 'x' },
  ];
  describe('every path x every op', () => {
    for (const spec of specs) {
      for (const op of ['add', 'remove', 'replace', 'move', 'copy', 'test'] as const) {
        const allowed = spec.allowed.includes(op);
        it(`${op} ${spec.path} ${allowed ? 'is applied' : 'is refused'}`, () => {
          const outcome = patchOutcome(stageRules, base(), op, spec.path, spec.value, spec.from ?? '/variables');
          if (allowed) expect(outcome).toEqual({ ok: true });
          else if ('error' in outcome) expect(outcome.error.startsWith(stageRejected({ ...spec, from: spec.from ?? '/variables' }, op))).toBe(true);
          else expect.fail(`${op} ${spec.path} was accepted`);
        });
      }
    }
  });

  it('creates canary settings and method settings as AWS does [recorded]', () => {
    const plain: Stage = { ...base(), canarySettings: undefined, methodSettings: {} };
    const withCanary = applyPatch(stageRules, plain, [{ op: 'replace', path: '/canarySettings/percentTraffic', value: '50' }]);
    expect(withCanary.canarySettings).toEqual({ deploymentId: 'd1', percentTraffic: 50, useStageCache: false });
    const settings = applyPatch(stageRules, plain, [
      { op: 'replace', path: '/*/*/throttling/burstLimit', value: '123' },
      { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
      { op: 'replace', path: '/test/GET/throttling/burstLimit', value: '124' },
    ]).methodSettings;
    expect(settings['test/GET']).toMatchObject({ throttlingBurstLimit: 124, cachingEnabled: true, throttlingRateLimit: 10000 });
    expect(settings['*/*']).toMatchObject({ throttlingBurstLimit: 123, cacheTtlInSeconds: 300 });
  });

  it('promotes a canary by copy, merging variables [recorded]', () => {
    const promoted = applyPatch(stageRules, base(), [
      { op: 'copy', from: '/canarySettings/deploymentId', path: '/deploymentId' },
      { op: 'copy', from: '/canarySettings/stageVariableOverrides', path: '/variables' },
    ]);
    expect(promoted.deploymentId).toBe('d2');
    expect(promoted.variables).toEqual({ v: '2' });
    expect(patchOutcome(stageRules, { ...base(), canarySettings: undefined }, 'copy', '/deploymentId', undefined, '/canarySettings/deploymentId')).toMatchObject({
      error: 'Promotion not available. Canary does not exist.',
    });
  });
});

describe('deployment rules', () => {
  everyPathAndOp(
    deploymentRules,
    () => ({ id: 'd', createdDate: 1, description: 'x' }),
    [
      { path: '/description', allowed: ['replace'], value: 'new' },
      { path: '/id', allowed: [] },
    ],
    resourceFamily({ replace: ['/description'] }),
  );
});

describe('VPC link rules', () => {
  everyPathAndOp(
    vpcLinkRules,
    () => ({ id: 'l', name: 'n', targetArns: [], status: 'AVAILABLE' as const }),
    [
      { path: '/name', allowed: ['replace'], value: 'new' },
      { path: '/description', allowed: ['replace'], value: 'd' },
      { path: '/targetArns', allowed: [] },
    ],
    resourceFamily({ replace: ['/name', '/description'] }),
  );
});
