/**
 * The function runtime `portico serve` gives the data plane: local handlers first, by name; any
 * other function through the Lambda endpoint when one is configured; otherwise "not configured"
 * (the integration answers 500 and the log says what to declare).
 */
import type { FunctionInvokeRequest, FunctionInvokeResult, FunctionInvoker } from '../shared/functions.js';
import type { FunctionsConfig } from './config.js';
import { LocalFunctions } from './local-invoker.js';
import { RemoteFunctions, type RemoteCredentials } from './remote-invoker.js';

export type FunctionRuntimeOptions = {
  readonly region: string;
  readonly account: string;
  /** For the Lambda endpoint's requests, and given to local functions as AWS_ACCESS_KEY_ID… */
  readonly credentials?: RemoteCredentials;
  readonly log: (line: string) => void;
};

/** Variables of the host passed to local functions (Lambda gives its functions a clean environment). */
const INHERITED = ['PATH', 'HOME', 'LANG', 'NODE_EXTRA_CA_CERTS', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL'];

export function createFunctionRuntime(config: FunctionsConfig, options: FunctionRuntimeOptions): FunctionInvoker {
  const base: Record<string, string> = {};
  for (const name of INHERITED) {
    const value = process.env[name];
    if (value !== undefined) base[name] = value;
  }
  if (options.credentials) {
    base['AWS_ACCESS_KEY_ID'] = options.credentials.accessKeyId;
    base['AWS_SECRET_ACCESS_KEY'] = options.credentials.secretAccessKey;
    if (options.credentials.sessionToken) base['AWS_SESSION_TOKEN'] = options.credentials.sessionToken;
  }
  const local = new LocalFunctions(config.functions, { region: options.region, account: options.account, baseEnvironment: base, log: options.log });
  const remote = config.lambda ? new RemoteFunctions(config.lambda, options.credentials, options.region) : undefined;
  return {
    invoke(request: FunctionInvokeRequest): Promise<FunctionInvokeResult> {
      if (remote && !local.has(request.functionRef)) return remote.invoke(request);
      return local.invoke(request);
    },
    async close() {
      await Promise.all([local.close(), remote?.close()]);
    },
  };
}
