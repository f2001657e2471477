/** argparse behaviours the AWS CLI relies on, and xform_name against botocore's names. */
import { describe, expect, it } from 'vitest';
import { ArgumentParser } from './argparse.js';
import { xformName } from '../names.js';

function parser(): ArgumentParser {
  const p = new ArgumentParser();
  p.add({ optionStrings: ['--rest-api-id'], dest: 'rest_api_id' });
  p.add({ optionStrings: ['--resource-id'], dest: 'resource_id', required: true });
  p.add({ optionStrings: ['--flag'], dest: 'flag', kind: 'store_true', default: null });
  p.add({ optionStrings: ['--no-flag'], dest: 'flag', kind: 'store_false', default: null });
  p.add({ optionStrings: ['--items'], dest: 'items', nargs: '*' });
  p.add({ optionStrings: [], dest: 'help', nargs: '?' });
  return p;
}

describe('argparse port', () => {
  it('accepts unique prefixes and --opt=value, keeps unknown options in order', () => {
    const { namespace, extras } = parser().parseKnownArgs(['--rest', 'a', '--resource-id=b', '--bogus', '--also', 'x', '--items', 'i', 'j']);
    expect(namespace.get('rest_api_id')).toBe('a');
    expect(namespace.get('resource_id')).toBe('b');
    expect(namespace.get('items')).toEqual(['i', 'j']);
    expect(namespace.get('help')).toBe('x');
    expect(extras).toEqual(['--bogus', '--also']);
  });
  it('lets the last of --flag/--no-flag win', () => {
    expect(parser().parseKnownArgs(['--resource-id', 'b', '--flag', '--no-flag']).namespace.get('flag')).toBe(false);
  });
  it('reports ambiguity, missing values and required options as the reference', () => {
    expect(() => parser().parseKnownArgs(['--re', 'x'])).toThrow('ambiguous option: --re could match --rest-api-id, --resource-id');
    expect(() => parser().parseKnownArgs(['--resource-id'])).toThrow('argument --resource-id: expected one argument');
    expect(() => parser().parseKnownArgs([])).toThrow('the following arguments are required: --resource-id');
  });
  it('names operations and options as botocore does', () => {
    expect(xformName('UpdateIntegration', '-')).toBe('update-integration');
    expect(xformName('restApiId', '-')).toBe('rest-api-id');
    expect(xformName('GetSdkTypes', '-')).toBe('get-sdk-types');
    expect(xformName('targetArns', '-')).toBe('target-arns');
    expect(xformName('ImportApiKeys', '-')).toBe('import-api-keys');
  });
});
