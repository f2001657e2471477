/**
 * The `functions` and `lambda` sections of `portico.config.json`: which Lambda functions run
 * locally (Node handlers in worker threads) and where the others go (a Lambda endpoint).
 *
 * ```json
 * {
 *   "functions": {
 *     "orders": { "handler": "lambdas/orders.mjs#handler", "timeout": 3, "memorySize": 128,
 *                 "environment": { "TABLE": "orders" }, "concurrency": 8 },
 *     "users":  { "handler": "src/users.ts#main" }
 *   },
 *   "lambda": { "endpoint": "https://lambda.us-east-1.amazonaws.com", "region": "us-east-1" }
 * }
 * ```
 *
 * - The key is the function name as Lambda knows it (1–64 of `A-Z a-z 0-9 - _`): an integration URI
 *   naming `arn:aws:lambda:…:function:orders` (or `orders`, any qualifier) runs `orders`.
 * - `handler` (required): `file#export`, the file relative to the config file's directory (or
 *   absolute), one of `.js .mjs .cjs .ts .mts .cts`; `export` defaults to `handler` and may be a
 *   dotted path (`#api.handler`), as Lambda's `index.api.handler`.
 * - `timeout`: whole seconds, 1–900 (Lambda's limits), default 3.
 * - `memorySize`: MB, 128–10240, default 128; reported to the function (context, environment,
 *   REPORT lines), not enforced.
 * - `environment`: string values; names as Lambda allows them (`[A-Za-z][A-Za-z0-9_]+`), not the
 *   ones the runtime sets itself (`AWS_REGION`, `AWS_LAMBDA_FUNCTION_NAME`, …: Lambda refuses those
 *   too). Credentials (`AWS_ACCESS_KEY_ID`…) are allowed, unlike Lambda, so that a function can
 *   reach local emulators.
 * - `concurrency`: at most this many invocations run at once (one worker each), further ones wait;
 *   1–1000, default 10.
 * - `lambda.endpoint`: an `http(s)` URL; functions not listed under `functions` are invoked there
 *   (Lambda Invoke API). Without it they are not configured. `lambda.region`: the signing region
 *   (default `AWS_REGION`, then `us-east-1`).
 *
 * Unknown keys are refused (a misspelt `timout` would otherwise be silently ignored). Every problem
 * is reported, each naming its key path; nothing throws.
 */
import { isAbsolute, resolve } from 'node:path';
import { existsSync } from 'node:fs';

export type LocalFunctionConfig = {
  readonly name: string;
  /** The `handler` value as written, for messages. */
  readonly handler: string;
  /** Absolute path of the handler's file. */
  readonly file: string;
  /** The export, split on dots (`['handler']`). */
  readonly exportPath: readonly string[];
  readonly timeoutSeconds: number;
  readonly memorySize: number;
  readonly environment: Readonly<Record<string, string>>;
  readonly concurrency: number;
};

export type LambdaEndpointConfig = { readonly endpoint: string; readonly region?: string };

export type FunctionsConfig = {
  readonly functions: ReadonlyMap<string, LocalFunctionConfig>;
  readonly lambda?: LambdaEndpointConfig;
};

export type FunctionsConfigResult =
  | { readonly ok: true; readonly config: FunctionsConfig; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

export const DEFAULT_TIMEOUT_SECONDS = 3;
export const DEFAULT_MEMORY_SIZE = 128;
export const DEFAULT_CONCURRENCY = 10;

const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const ENV_NAME = /^[a-zA-Z][a-zA-Z0-9_]+$/;
const HANDLER_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];
const EXPORT_PART = /^[A-Za-z_$][\w$]*$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const FUNCTION_KEYS = ['handler', 'timeout', 'memorySize', 'environment', 'concurrency'];
const LAMBDA_KEYS = ['endpoint', 'region'];

/** Set by the runtime itself (Lambda refuses them in a function's configuration). */
export const RESERVED_ENVIRONMENT = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the two sections from the parsed project file. `dir` is the directory of the file:
 * handler paths are relative to it. Other top-level keys belong to other parts of Portico and are
 * left alone.
 */
export function parseFunctionsConfig(json: unknown, dir: string): FunctionsConfigResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!isObject(json)) return { ok: false, errors: [`portico.config.json must hold a JSON object, got ${show(json)}`] };

  const functions = new Map<string, LocalFunctionConfig>();
  const section = json['functions'];
  if (section !== undefined) {
    if (!isObject(section)) errors.push(`functions must be an object of function name -> settings, got ${show(section)}`);
    else {
      for (const [name, settings] of Object.entries(section)) {
        const fn = parseFunction(name, settings, dir, errors, warnings);
        if (fn) functions.set(name, fn);
      }
    }
  }

  let lambda: LambdaEndpointConfig | undefined;
  const remote = json['lambda'];
  if (remote !== undefined) lambda = parseLambda(remote, errors);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config: { functions, ...(lambda && { lambda }) }, warnings };
}

function parseFunction(name: string, settings: unknown, dir: string, errors: string[], warnings: string[]): LocalFunctionConfig | undefined {
  const at = `functions.${name}`;
  const before = errors.length;
  if (!FUNCTION_NAME.test(name)) errors.push(`${at}: a function name has 1 to 64 letters, digits, hyphens or underscores, got ${show(name)}`);
  if (!isObject(settings)) {
    errors.push(`${at} must be an object such as {"handler": "lambdas/${FUNCTION_NAME.test(name) ? name : 'fn'}.mjs#handler"}, got ${show(settings)}`);
    return undefined;
  }
  unknownKeys(settings, FUNCTION_KEYS, at, errors);

  const handler = parseHandler(settings['handler'], `${at}.handler`, dir, errors);
  const timeoutSeconds = wholeNumber(settings['timeout'], `${at}.timeout`, 1, 900, DEFAULT_TIMEOUT_SECONDS, 'a whole number of seconds', errors);
  const memorySize = wholeNumber(settings['memorySize'], `${at}.memorySize`, 128, 10240, DEFAULT_MEMORY_SIZE, 'a whole number of MB', errors);
  const concurrency = wholeNumber(settings['concurrency'], `${at}.concurrency`, 1, 1000, DEFAULT_CONCURRENCY, 'a whole number', errors);
  const environment = parseEnvironment(settings['environment'], `${at}.environment`, errors);

  if (errors.length > before || !handler) return undefined;
  if (!existsSync(handler.file)) warnings.push(`${at}.handler: ${handler.file} does not exist (yet); invocations fail with Runtime.ImportModuleError until it does`);
  return { name, handler: handler.text, file: handler.file, exportPath: handler.exportPath, timeoutSeconds, memorySize, environment, concurrency };
}

function parseHandler(value: unknown, at: string, dir: string, errors: string[]): { text: string; file: string; exportPath: string[] } | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(`${at} must be a string "path/to/file.mjs#export" (relative to portico.config.json), got ${show(value)}`);
    return undefined;
  }
  const hash = value.lastIndexOf('#');
  const path = hash < 0 ? value : value.slice(0, hash);
  const exportName = hash < 0 ? 'handler' : value.slice(hash + 1);
  const ext = HANDLER_EXTENSIONS.find((e) => path.endsWith(e));
  if (!ext || path.length === ext.length) {
    errors.push(`${at} must name a file ending in ${HANDLER_EXTENSIONS.join(', ')} ("path/to/file.mjs#export"), got ${show(value)}`);
    return undefined;
  }
  const exportPath = exportName.split('.');
  if (!exportPath.every((part) => EXPORT_PART.test(part))) {
    errors.push(`${at}: the export after "#" must be an identifier or a dotted path of identifiers (default "handler"), got ${show(exportName)}`);
    return undefined;
  }
  return { text: value, file: isAbsolute(path) ? path : resolve(dir, path), exportPath };
}

function wholeNumber(value: unknown, at: string, min: number, max: number, fallback: number, what: string, errors: string[]): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    errors.push(`${at} must be ${what} between ${min} and ${max}, got ${show(value)}`);
    return fallback;
  }
  return value;
}

function parseEnvironment(value: unknown, at: string, errors: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    errors.push(`${at} must be an object of variable name -> string value, got ${show(value)}`);
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    if (!ENV_NAME.test(key)) errors.push(`${at}: ${show(key)} is not a valid variable name (a letter, then letters, digits or underscores)`);
    else if (RESERVED_ENVIRONMENT.has(key)) errors.push(`${at}.${key} is set by the Lambda runtime and cannot be configured`);
    else if (typeof v !== 'string') errors.push(`${at}.${key} must be a string, got ${show(v)}${typeof v === 'number' || typeof v === 'boolean' ? ` (write "${String(v)}")` : ''}`);
    else Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function parseLambda(value: unknown, errors: string[]): LambdaEndpointConfig | undefined {
  if (!isObject(value)) {
    errors.push(`lambda must be an object such as {"endpoint": "http://localhost:4566"}, got ${show(value)}`);
    return undefined;
  }
  const before = errors.length;
  unknownKeys(value, LAMBDA_KEYS, 'lambda', errors);
  const endpoint = value['endpoint'];
  const region = value['region'];
  let url: URL | undefined;
  if (typeof endpoint !== 'string' || !(url = parseUrl(endpoint)) || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    errors.push(`lambda.endpoint must be an http:// or https:// URL, got ${show(endpoint)}`);
  }
  if (region !== undefined && (typeof region !== 'string' || !REGION.test(region))) {
    errors.push(`lambda.region must be a region name such as "us-east-1", got ${show(region)}`);
  }
  if (errors.length > before) return undefined;
  return { endpoint: endpoint as string, ...(typeof region === 'string' && { region }) };
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function unknownKeys(object: Record<string, unknown>, known: readonly string[], at: string, errors: string[]): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) errors.push(`${at}.${key} is not a setting (known: ${known.join(', ')})`);
  }
}
