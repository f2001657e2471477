/**
 * `portico serve` — runs the gateway until SIGINT or SIGTERM.
 *
 *   --host HOST        address to listen on (default 127.0.0.1)
 *   --port PORT        port (default 4567; 0 picks a free one)
 *   --state-dir DIR    where the SQLite state file lives (default ./.portico)
 *   --in-memory        keep state in memory only (lost on exit)
 *   --durability full  fsync every commit (survives power loss, not only a crash)
 *   --account ID       account id used in ARNs and messages (default 000000000000)
 *   --region REGION    region (default us-east-1)
 *
 * When ready it prints `Portico listening on http://HOST:PORT`. Every acknowledged write is
 * committed before the response is sent, so stopping (or killing) the process loses nothing.
 */
import { parseArgs } from 'node:util';
import { startPortico, DEFAULT_HOST, DEFAULT_PORT } from './start.js';

export async function serveCommand(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        host: { type: 'string', default: DEFAULT_HOST },
        port: { type: 'string', default: String(DEFAULT_PORT) },
        'state-dir': { type: 'string', default: '.portico' },
        'in-memory': { type: 'boolean', default: false },
        durability: { type: 'string', default: 'normal' },
        account: { type: 'string' },
        region: { type: 'string' },
      },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`portico serve: ${(err as Error).message}\n`);
    return 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`portico serve: --port must be an integer between 0 and 65535, got '${values.port}'\n`);
    return 2;
  }
  if (values.durability !== 'normal' && values.durability !== 'full') {
    process.stderr.write(`portico serve: --durability must be 'normal' or 'full'\n`);
    return 2;
  }
  const server = await startPortico({
    host: values.host,
    port,
    stateDir: values['state-dir'],
    inMemory: values['in-memory'],
    durability: values.durability,
    account: values.account,
    region: values.region,
  });
  const where = values['in-memory'] ? 'in memory' : `in ${values['state-dir']}`;
  process.stdout.write(`Portico listening on ${server.url} (state ${where})\n`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.stdout.write(`Portico stopping (${signal})\n`);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
