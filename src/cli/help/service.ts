/** `portico apigateway help` and `portico help`-style pages: the service and its operations. */
import { cliModel } from '../model.js';
import { xformName } from '../names.js';
import { renderDoc } from './text.js';

export function serviceHelp(): string {
  const model = cliModel();
  const lines = ['APIGATEWAY()', '', '', '', 'NAME', '       apigateway -', '', 'DESCRIPTION', ...renderDoc(model.documentation, 7)];
  lines.push('', 'AVAILABLE COMMANDS');
  for (const name of model.operationNames) lines.push(`       o ${xformName(name, '-')}`, '');
  lines.push('       o help', '');
  return lines.join('\n') + '\n';
}

export function providerHelp(): string {
  return [
    'PORTICO APIGATEWAY()',
    '',
    'NAME',
    '       portico apigateway - the AWS CLI v2 apigateway commands, against the local gateway',
    '',
    'SYNOPSIS',
    '          portico [options] apigateway <operation> [parameters]',
    '',
    'DESCRIPTION',
    '       Every operation of Amazon API Gateway (REST APIs), with the options, input syntax,',
    '       output formats, errors and exit codes of the AWS CLI v2. The endpoint defaults to',
    '       http://127.0.0.1:4567 (AWS_ENDPOINT_URL_API_GATEWAY, AWS_ENDPOINT_URL, the config',
    '       file and --endpoint-url override it). Run `portico apigateway help` for the list of',
    '       operations and `portico apigateway <operation> help` for one.',
    '',
  ].join('\n');
}
