import { describe, expect, it } from 'vitest';
import { parseAwsUri, substituteStageVariables } from './aws-uri.js';

describe('AWS integration URIs', () => {
  it('finds the Lambda function (ARN with or without qualifier, or a name)', () => {
    expect(parseAwsUri('arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:fn/invocations')).toEqual({
      kind: 'lambda', region: 'us-east-1', functionRef: 'arn:aws:lambda:us-east-1:123456789012:function:fn',
    });
    expect(parseAwsUri('arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:1:function:fn:live/invocations')).toMatchObject({ functionRef: 'arn:aws:lambda:eu-west-1:1:function:fn:live' });
    expect(parseAwsUri('arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/my-fn/invocations')).toMatchObject({ functionRef: 'my-fn' });
  });

  it('reads service path and action forms', () => {
    expect(parseAwsUri('arn:aws:apigateway:us-east-1:s3:path/bucket/{object_path}')).toEqual({ kind: 'path', region: 'us-east-1', service: 's3', path: 'bucket/{object_path}' });
    expect(parseAwsUri('arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue')).toEqual({ kind: 'path', region: 'us-east-1', service: 'sqs', path: '123456789012/queue' });
    expect(parseAwsUri('arn:aws:apigateway:us-west-2:kinesis:action/PutRecord')).toEqual({ kind: 'action', region: 'us-west-2', service: 'kinesis', action: 'PutRecord', params: [] });
    expect(parseAwsUri('arn:aws:apigateway:us-east-1:sqs:action/SendMessage&QueueUrl=https%3A%2F%2Fq&MessageBody=hi')).toEqual({
      kind: 'action', region: 'us-east-1', service: 'sqs', action: 'SendMessage', params: [['QueueUrl', 'https://q'], ['MessageBody', 'hi']],
    });
    expect(parseAwsUri('arn:aws:apigateway:us-east-1:mybucket.s3:path/key')).toEqual({ kind: 'path', region: 'us-east-1', service: 's3', subdomain: 'mybucket', path: 'key' });
  });

  it('refuses what is not an AWS integration URI', () => {
    expect(parseAwsUri('http://example.com/')).toBeUndefined();
    expect(parseAwsUri('arn:aws:apigateway:us-east-1:lambda:functions/x')).toBeUndefined();
  });

  it('substitutes stage variables, missing ones empty', () => {
    expect(substituteStageVariables('arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:${stageVariables.fn}/invocations', { fn: 'orders' }))
      .toBe('arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:orders/invocations');
    expect(substituteStageVariables('a${stageVariables.none}b', {})).toBe('ab');
  });
});
