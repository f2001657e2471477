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
 *   --live             stages serve the current configuration, not their deployment
 *   --upstream HOST=ORIGIN   send HTTP integrations whose URI names HOST (`api.example.com` or
 *                      `api.example.com:8443`) to ORIGIN (`http://127.0.0.1:8080`); repeatable
 *   --vpc-link ID=ORIGIN     the target of VPC link ID (connectionType VPC_LINK); repeatable
 *   --config FILE      the project file (default ./portico.config.json when it exists): local
 *                      Lambda functions, the Lambda endpoint, AWS service endpoints, upstreams,
 *                      VPC link targets, credentials (src/server/project-config.ts); the
 *                      --upstream and --vpc-link options add to and override its entries
 *
 * When ready it prints `Portico listening on http://HOST:PORT`. Every acknowledged write is
 * committed before the response is sent, so stopping (or killing) the process loses nothing.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { createFunctionRuntime } from '../functions/invoker.js';
import { parseFunctionsConfig } from '../functions/config.js';
import { DEFAULT_ACCOUNT, DEFAULT_REGION } from '../control-plane/app.js';
import type { FunctionInvoker } from '../shared/functions.js';
import { ConfigError, parseOrigin, readProjectConfig, type ProjectConfig } from './project-config.js';
import { startPortico, DEFAULT_HOST, DEFAULT_PORT } from './start.js';

const DEFAULT_CONFIG = 'portico.config.json';

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
        live: { type: 'boolean', default: false },
        upstream: { type: 'string', multiple: true, default: [] },
        'vpc-link': { type: 'string', multiple: true, default: [] },
        config: { type: 'string' },
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
  let upstreams: Map<string, string>;
  let vpcLinks: Map<string, string>;
  let project: ProjectConfig | undefined;
  let functions: FunctionInvoker | undefined;
  const region = values.region ?? DEFAULT_REGION;
  try {
    const configFile = values.config ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
    project = configFile === undefined ? undefined : readProjectConfig(configFile);
    upstreams = new Map([...(project?.upstreams ?? []), ...originMap('--upstream', 'HOST', values.upstream)]);
    vpcLinks = new Map([...(project?.vpcLinks ?? []), ...originMap('--vpc-link', 'ID', values['vpc-link'])]);
    if (project) {
      const parsed = parseFunctionsConfig(project.raw, project.dir);
      if (!parsed.ok) throw new ConfigError(`${configFile}:\n  ${parsed.errors.join('\n  ')}`);
      for (const warning of parsed.warnings) process.stderr.write(`portico serve: ${configFile}: ${warning}\n`);
      functions = createFunctionRuntime(parsed.config, {
        region,
        account: values.account ?? DEFAULT_ACCOUNT,
        ...(project.credentials && { credentials: project.credentials }),
        log: (line) => process.stderr.write(`${line}\n`),
      });
    }
  } catch (err) {
    process.stderr.write(`portico serve: ${(err as Error).message}\n`);
    return 2;
  }
  const server = await startPortico({
    host: values.host,
    port,
    stateDir: values['state-dir'],
    inMemory: values['in-memory'],
    durability: values.durability,
    account: values.account,
    region,
    live: values.live,
    upstreams,
    vpcLinks,
    functions,
    services: project?.services,
    credentials: project?.credentials,
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

/** `KEY=ORIGIN` pairs; ORIGIN must be an http(s) origin with nothing after the port. */
export function originMap(option: string, key: string, entries: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const name = eq > 0 ? entry.slice(0, eq) : '';
    const origin = eq > 0 ? entry.slice(eq + 1) : '';
    const parsed = parseOrigin(origin);
    if (!name || !parsed) {
      throw new Error(`${option} expects ${key}=ORIGIN such as ${key === 'ID' ? 'abc123' : 'api.example.com'}=http://127.0.0.1:8080, got '${entry}'`);
    }
    map.set(name, parsed);
  }
  return map;
}
