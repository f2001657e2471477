/**
 * The project file `portico.config.json`: what a local gateway needs beyond the API itself.
 *
 *   {
 *     "functions": { "orders": { "handler": "lambdas/orders.mjs#handler", "timeout": 3 } },
 *     "lambda":    { "endpoint": "https://lambda.us-east-1.amazonaws.com", "region": "us-east-1" },
 *     "services":  { "sqs": "http://127.0.0.1:9324", "s3": "http://127.0.0.1:9000" },
 *     "upstreams": { "api.example.com": "http://127.0.0.1:8080" },
 *     "vpcLinks":  { "abc123": "http://127.0.0.1:9000" },
 *     "credentials": { "accessKeyId": "…", "secretAccessKey": "…" }
 *   }
 *
 * `functions` and `lambda` are read by src/functions/config.ts; this module reads the rest:
 * `services` (AWS service name -> endpoint for AWS integrations), `upstreams` and `vpcLinks`
 * (the same as `--upstream` and `--vpc-link`), `credentials` (what AWS service requests are
 * signed with; default: the AWS_* environment variables, else test/test). Every mistake is
 * reported with the key path and what was expected.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type ProjectConfig = {
  /** The directory the file is in: relative paths in it (handlers) are resolved from there. */
  readonly dir: string;
  /** The parsed JSON, for the sections other modules read (`functions`, `lambda`). */
  readonly raw: Readonly<Record<string, unknown>>;
  readonly services: ReadonlyMap<string, string>;
  readonly upstreams: ReadonlyMap<string, string>;
  readonly vpcLinks: ReadonlyMap<string, string>;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
};

export class ConfigError extends Error {}

const SECTIONS = new Set(['$schema', 'functions', 'lambda', 'services', 'upstreams', 'vpcLinks', 'credentials']);

export function readProjectConfig(path: string): ProjectConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  return parseProjectConfig(json, dirname(resolve(path)), path);
}

export function parseProjectConfig(json: unknown, dir: string, where = 'portico.config.json'): ProjectConfig {
  if (!isObject(json)) throw new ConfigError(`${where} must hold a JSON object`);
  for (const key of Object.keys(json)) {
    if (!SECTIONS.has(key)) throw new ConfigError(`${where}: unknown section "${key}" (known: ${[...SECTIONS].filter((s) => s !== '$schema').join(', ')})`);
  }
  const credentials = json.credentials;
  if (credentials !== undefined) {
    if (!isObject(credentials) || typeof credentials.accessKeyId !== 'string' || typeof credentials.secretAccessKey !== 'string' ||
      (credentials.sessionToken !== undefined && typeof credentials.sessionToken !== 'string')) {
      throw new ConfigError(`${where}: credentials must be {"accessKeyId": "…", "secretAccessKey": "…"} (sessionToken optional)`);
    }
  }
  return {
    dir,
    raw: json,
    services: origins(where, 'services', json.services, /^[a-z0-9-]+$/, 'an AWS service name such as "sqs"'),
    upstreams: origins(where, 'upstreams', json.upstreams, /^[A-Za-z0-9.-]+(:\d+)?$/, 'a host name, optionally with :port'),
    vpcLinks: origins(where, 'vpcLinks', json.vpcLinks, /^[A-Za-z0-9${}._-]+$/, 'a VPC link id'),
    ...(isObject(credentials) && {
      credentials: {
        accessKeyId: credentials.accessKeyId as string,
        secretAccessKey: credentials.secretAccessKey as string,
        ...(typeof credentials.sessionToken === 'string' && { sessionToken: credentials.sessionToken }),
      },
    }),
  };
}

function origins(where: string, section: string, value: unknown, keyPattern: RegExp, keyMeaning: string): Map<string, string> {
  const map = new Map<string, string>();
  if (value === undefined) return map;
  if (!isObject(value)) throw new ConfigError(`${where}: ${section} must be an object of name -> "http://host:port"`);
  for (const [key, origin] of Object.entries(value)) {
    if (!keyPattern.test(key)) throw new ConfigError(`${where}: ${section}: "${key}" is not ${keyMeaning}`);
    const parsed = typeof origin === 'string' ? parseOrigin(origin) : undefined;
    if (!parsed) throw new ConfigError(`${where}: ${section}.${key} must be an http(s) origin such as "http://127.0.0.1:8080", got ${JSON.stringify(origin)}`);
    map.set(key, parsed);
  }
  return map;
}

/** `http(s)://host[:port]` with nothing after it (a trailing `/` allowed), normalised; undefined otherwise. */
export function parseOrigin(text: string): string | undefined {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && url.origin === text.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
