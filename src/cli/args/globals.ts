/**
 * The AWS CLI's global options (`awscli/data/cli.json` of 2.9.19), in its order, and the parser
 * for `aws [options] <command> ...` (`MainArgParser`). The options may appear anywhere on the
 * command line: argparse's `parse_known_args` takes them out and hands the rest to the command.
 */
import { ArgumentParser, type ActionSpec, type TypeFunc } from './argparse.js';
import { pyFloatFromString, pyIntFromString } from '../output/py/number-parse.js';

export const INT_TYPE: TypeFunc = {
  name: 'int',
  convert: (s) => {
    const v = pyIntFromString(s);
    if (v === null) throw new Error('invalid');
    return v;
  },
};
export const FLOAT_TYPE: TypeFunc = {
  name: 'float',
  convert: (s) => {
    const v = pyFloatFromString(s);
    if (v === null) throw new Error('invalid');
    return v;
  },
};

type GlobalOption = {
  readonly name: string;
  readonly help: string;
  readonly action?: 'store_true' | 'store_false' | 'version';
  readonly dest?: string;
  readonly choices?: readonly string[];
  readonly default?: string;
  readonly type?: 'int';
};

/** cli.json "options", in order. */
export const GLOBAL_OPTIONS: readonly GlobalOption[] = [
  { name: 'debug', action: 'store_true', help: 'Turn on debug logging.' },
  { name: 'endpoint-url', help: "Override command's default URL with the given URL." },
  {
    name: 'no-verify-ssl',
    action: 'store_false',
    dest: 'verify_ssl',
    help: 'By default, the AWS CLI uses SSL when communicating with AWS services. For each SSL connection, the AWS CLI will verify SSL certificates. This option overrides the default behavior of verifying SSL certificates.',
  },
  { name: 'no-paginate', action: 'store_false', dest: 'paginate', help: 'Disable automatic pagination.' },
  { name: 'output', choices: ['json', 'text', 'table', 'yaml', 'yaml-stream'], help: 'The formatting style for command output.' },
  { name: 'query', help: 'A JMESPath query to use in filtering the response data.' },
  { name: 'profile', help: 'Use a specific profile from your credential file.' },
  { name: 'region', help: 'The region to use. Overrides config/env settings.' },
  { name: 'version', action: 'version', help: 'Display the version of this tool.' },
  { name: 'color', choices: ['on', 'off', 'auto'], default: 'auto', help: 'Turn on/off color output.' },
  {
    name: 'no-sign-request',
    action: 'store_false',
    dest: 'sign_request',
    help: 'Do not sign requests. Credentials will not be loaded if this argument is provided.',
  },
  {
    name: 'ca-bundle',
    dest: 'ca_bundle',
    help: 'The CA certificate bundle to use when verifying SSL certificates. Overrides config/env settings.',
  },
  {
    name: 'cli-read-timeout',
    dest: 'read_timeout',
    type: 'int',
    help: 'The maximum socket read time in seconds. If the value is set to 0, the socket read will be blocking and not timeout. The default value is 60 seconds.',
  },
  {
    name: 'cli-connect-timeout',
    dest: 'connect_timeout',
    type: 'int',
    help: 'The maximum socket connect time in seconds. If the value is set to 0, the socket connect will be blocking and not timeout. The default value is 60 seconds.',
  },
  {
    name: 'cli-binary-format',
    choices: ['base64', 'raw-in-base64-out'],
    help: 'The formatting style to be used for binary blobs. The default format is base64. The base64 format expects binary blobs to be provided as a base64 encoded string. The raw-in-base64-out format preserves compatibility with AWS CLI V1 behavior and binary values must be passed literally. When providing contents from a file that map to a binary blob fileb:// will always be treated as binary and use the file contents directly regardless of the cli-binary-format setting. When using file:// the file contents will need to properly formatted for the configured cli-binary-format.',
  },
  { name: 'no-cli-pager', action: 'store_true', help: 'Disable cli pager for output.' },
  { name: 'cli-auto-prompt', action: 'store_true', help: 'Automatically prompt for CLI input parameters.' },
  { name: 'no-cli-auto-prompt', action: 'store_true', help: 'Disable automatically prompt for CLI input parameters.' },
];

export const pyName = (name: string): string => name.replaceAll('-', '_');

export function globalActions(): ActionSpec[] {
  return GLOBAL_OPTIONS.map((o) => ({
    optionStrings: [`--${o.name}`],
    dest: o.dest ?? pyName(o.name),
    kind: o.action ?? 'store',
    default: o.action === 'store_true' ? false : o.action === 'store_false' ? true : (o.default ?? null),
    ...(o.choices ? { choices: o.choices } : {}),
    ...(o.type === 'int' ? { type: INT_TYPE } : {}),
  }));
}

/** `MainArgParser`: the global options, `--version`, and the `command` positional. */
export function mainParser(commands: readonly string[]): ArgumentParser {
  const p = new ArgumentParser();
  for (const a of globalActions()) p.add(a);
  p.add({ optionStrings: [], dest: 'command', choices: commands });
  return p;
}

/** The parsed global options (`parsed_globals`). */
export type Globals = {
  debug: boolean;
  endpointUrl: string | null;
  verifySsl: boolean;
  paginate: boolean;
  output: string | null;
  query: string | null;
  profile: string | null;
  region: string | null;
  color: string;
  signRequest: boolean;
  caBundle: string | null;
  readTimeout: bigint | null;
  connectTimeout: bigint | null;
  cliBinaryFormat: string | null;
  noCliPager: boolean;
};

export function readGlobals(ns: Map<string, unknown>): Globals {
  const s = (k: string): string | null => (typeof ns.get(k) === 'string' ? (ns.get(k) as string) : null);
  const i = (k: string): bigint | null => (typeof ns.get(k) === 'bigint' ? (ns.get(k) as bigint) : null);
  return {
    debug: ns.get('debug') === true,
    endpointUrl: s('endpoint_url'),
    verifySsl: ns.get('verify_ssl') !== false,
    paginate: ns.get('paginate') !== false,
    output: s('output'),
    query: s('query'),
    profile: s('profile'),
    region: s('region'),
    color: s('color') ?? 'auto',
    signRequest: ns.get('sign_request') !== false,
    caBundle: s('ca_bundle'),
    readTimeout: i('read_timeout'),
    connectTimeout: i('connect_timeout'),
    cliBinaryFormat: s('cli_binary_format'),
    noCliPager: ns.get('no_cli_pager') === true,
  };
}
