import { describe, expect, it } from 'vitest';
import { serviceModel } from '../../aws-model/service-model.js';
import { readInput } from './input.js';
import { shapeJson } from './output.js';
import { validateInput } from './validate.js';

const raw = (body: unknown, labels: Record<string, string> = {}, query = '') => ({ labels, query: new URLSearchParams(query), headers: {}, body });
const validationMessage = (operation: string, input: Record<string, unknown>): string => {
  try {
    validateInput(serviceModel, operation, serviceModel.operations[operation]!.input!.shape, input as never);
  } catch (err) {
    return (err as Error).message;
  }
  return '';
};

describe('readInput', () => {
  it('reads labels, query and body members under their wire names', () => {
    const input = readInput(serviceModel, 'PutIntegrationRequest', raw({ type: 'HTTP', httpMethod: 'GET' }, { restapi_id: 'a', resource_id: 'b', http_method: 'POST' }));
    expect(input).toEqual({ restApiId: 'a', resourceId: 'b', httpMethod: 'POST', type: 'HTTP', integrationHttpMethod: 'GET' });
    const list = readInput(serviceModel, 'GetResourcesRequest', raw(undefined, { restapi_id: 'a' }, 'embed=methods&limit=5'));
    expect(list).toEqual({ restApiId: 'a', embed: ['methods'], limit: 5 });
  });

  it('keeps null map values and drops null members', () => {
    const input = readInput(serviceModel, 'PutIntegrationResponseRequest', raw({ responseTemplates: { 'application/json': null }, selectionPattern: null }));
    expect(input).toEqual({ responseTemplates: { 'application/json': null } });
  });

  it('refuses a non-integer limit', () => {
    expect(() => readInput(serviceModel, 'GetRestApisRequest', raw(undefined, {}, 'limit=abc'))).toThrow(/Member must be an integer/);
  });
});

describe('validateInput', () => {
  it('reports body members first, URI members bare and after [recorded order]', () => {
    expect(validationMessage('UpdateMethodResponse', { statusCode: 'wrong', patchOperations: [{ op: 'wrong_op', path: '/x' }] })).toBe(
      "2 validation errors detected: Value 'wrong_op' at 'updateMethodResponseInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]; Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
    );
  });

  it('reports a list of enums once, with Java list printing', () => {
    expect(validationMessage('CreateRestApi', { name: 'x', endpointConfiguration: { types: ['wrong', 'EDGE'] } })).toBe(
      "1 validation error detected: Value '[wrong, EDGE]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]",
    );
  });

  it('passes valid input', () => {
    expect(validationMessage('PutIntegration', { restApiId: 'a', resourceId: 'b', httpMethod: 'GET', type: 'MOCK' })).toBe('');
  });
});

describe('shapeJson', () => {
  it('writes members in model order under wire names, doubles with a decimal point', () => {
    const json = shapeJson(serviceModel, 'Stage', {
      tracingEnabled: false,
      stageName: 's',
      deploymentId: 'd',
      canarySettings: { percentTraffic: 50, deploymentId: 'c' },
      unknownMember: 1,
    });
    expect(json).toBe('{"deploymentId":"d","stageName":"s","canarySettings":{"percentTraffic":50.0,"deploymentId":"c"},"tracingEnabled":false}');
    expect(shapeJson(serviceModel, 'RestApis', { items: [{ id: 'a' }] })).toBe('{"item":[{"id":"a"}]}');
  });

  it('writes null map values and keeps __proto__ keys as data', () => {
    const templates = JSON.parse('{"__proto__":"x","application/json":null}') as Record<string, unknown>;
    expect(shapeJson(serviceModel, 'IntegrationResponse', { statusCode: '200', responseTemplates: templates })).toBe(
      '{"statusCode":"200","responseTemplates":{"__proto__":"x","application/json":null}}',
    );
  });
});
