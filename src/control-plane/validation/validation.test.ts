import { describe, expect, it } from 'vitest';
import { checkUri } from './integration.js';
import { isValidPathPart } from '../operations/resources.js';
import { isMediaType } from './content-types.js';
import { checkIntegrationRequestParameters, checkIntegrationResponseParameters, checkMethodRequestParameters } from './parameters.js';

const message = (fn: () => void): string => {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  return 'ok';
};

describe('integration URIs', () => {
  it.each([
    ['HTTP', 'http://example.com', 'ok'],
    ['HTTP_PROXY', 'https://${stageVariables.host}/x/{id}?a=b', 'ok'],
    ['HTTP', 'non-valid-http', 'Invalid HTTP endpoint specified for URI'],
    ['HTTP', undefined, 'Invalid HTTP endpoint specified for URI'],
    ['AWS', 'arn:aws:apigateway:us-east-1:s3:path/bucket/key', 'ok'],
    ['AWS', 'non-valid-arn', 'Invalid ARN specified in the request'],
    ['AWS', 'arn:aws:iam::0000000000:role/service-role/asdf', 'AWS ARN for integration must contain path or action'],
    ['AWS_PROXY', 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations', 'ok'],
    ['AWS_PROXY', 'arn:aws:apigateway:us-east-1:s3:path/b/k', "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations."],
    ['MOCK', 'anything', 'ok'],
  ] as const)('%s %s -> %s', (type, uri, expected) => {
    expect(message(() => checkUri(type, uri))).toBe(expected);
  });
});

describe('path parts', () => {
  it.each([
    ['pets', true],
    ['{petId}', true],
    ['{proxy+}', true],
    ['v1.0', true],
    ['a_b-c', true],
    ['', false],
    ['a/b', false],
    ['{a', false],
    ['a b', false],
    ['{}', false],
  ])('%j valid: %s', (part, valid) => expect(isValidPathPart(part)).toBe(valid));
});

describe('media types', () => {
  it.each([
    ['application/json', true],
    ['text/*', true],
    ['*/*', true],
    ['application/vnd.api+json', true],
    ['123', false],
    ['application', false],
    ['a/b/c', false],
  ])('%j: %s', (key, valid) => expect(isMediaType(key)).toBe(valid));
});

describe('mapping expressions', () => {
  it('method request parameters: form and unique names [recorded texts]', () => {
    expect(message(() => checkMethodRequestParameters({ 'method.request.path.id': true, 'method.request.multivalueheader.x': false }))).toBe('ok');
    expect(message(() => checkMethodRequestParameters({ true: true }))).toBe(
      'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: true]',
    );
    expect(message(() => checkMethodRequestParameters({ 'method.request.querystring.o': true, 'method.request.header.o': true }))).toBe(
      'Parameter names must be unique across querystring, header and path',
    );
  });

  it('integration request parameters need declared method parameters', () => {
    const declared = { 'method.request.path.id': true };
    expect(
      message(() =>
        checkIntegrationRequestParameters(
          {
            'integration.request.path.id': 'method.request.path.id',
            'integration.request.header.x': "'static'",
            'integration.request.querystring.s': 'stageVariables.s',
            'integration.request.header.c': 'context.requestId',
            'integration.request.header.b': 'method.request.body.a.b',
          },
          declared,
        ),
      ),
    ).toBe('ok');
    expect(message(() => checkIntegrationRequestParameters({ 'integration.request.path.page': 'method.request.path.page' }, declared))).toBe(
      'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.path.page]',
    );
    expect(message(() => checkIntegrationRequestParameters({ 'integration.request.cookie.x': "'v'" }, declared))).toMatch(/Invalid mapping expression specified: integration.request.cookie.x/);
  });

  it('integration response parameters need a method response that declares the header', () => {
    expect(message(() => checkIntegrationResponseParameters({ 'method.response.header.X': "'v'" }, undefined, false))).toBe(
      'Invalid mapping expression specified: Validation Result: warnings : [], errors : [No method response exists for method.]',
    );
    expect(message(() => checkIntegrationResponseParameters({ 'method.response.header.Location': "'v'" }, {}, true))).toBe(
      'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.response.header.Location]',
    );
    expect(message(() => checkIntegrationResponseParameters({ 'method.response.header.X': 'integration.response.body.a' }, { 'method.response.header.X': false }, true))).toBe('ok');
  });
});
