/**
 * `portico <command>`: the one executable. Each command is loaded only when used, so that
 * `portico apigateway ...` does not pay for the server and the server not for the CLI.
 */
const USAGE = `usage: portico <command> [options]

commands:
  serve        run the gateway (control plane API and deployed stages)
  apigateway   the AWS CLI's \`aws apigateway\` against the local gateway (see \`portico apigateway help\`)
  render-template  render a mapping template as API Gateway would (see \`portico render-template --help\`)
  help         show this text
`;

/** `portico [aws global options] apigateway ...`: global options may come first, as with `aws`. */
function isApigateway(argv: readonly string[]): boolean {
  const i = argv.indexOf('apigateway');
  return i === 0 || (i > 0 && argv[0]!.startsWith('--'));
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (isApigateway(argv)) return (await import('./cli/main.js')).apigatewayCommand(argv);
  switch (command) {
    case 'serve':
      return (await import('./server/serve-command.js')).serveCommand(rest);
    case 'render-template':
      return (await import('./tools/render-template-command.js')).renderTemplateCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`portico: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`portico: ${(err as Error)?.message ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
