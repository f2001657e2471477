/**
 * Functions invoked through the Lambda Invoke API at a configured endpoint (real AWS, or any
 * Lambda-compatible endpoint), with `@aws-sdk/client-lambda`. The SDK is loaded on first use.
 */
import type { FunctionInvokeRequest, FunctionInvokeResult, FunctionInvoker } from '../shared/functions.js';
import type { LambdaEndpointConfig } from './config.js';

export type RemoteCredentials = { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };

type LambdaSdk = typeof import('@aws-sdk/client-lambda');
type Client = InstanceType<LambdaSdk['LambdaClient']>;

export class RemoteFunctions implements FunctionInvoker {
  private client: Promise<{ sdk: LambdaSdk; client: Client }> | undefined;

  constructor(
    private readonly config: LambdaEndpointConfig,
    private readonly credentials: RemoteCredentials | undefined,
    private readonly defaultRegion: string,
  ) {}

  async invoke(request: FunctionInvokeRequest): Promise<FunctionInvokeResult> {
    const { sdk, client } = await (this.client ??= this.connect());
    try {
      const out = await client.send(
        new sdk.InvokeCommand({ FunctionName: request.functionRef, InvocationType: request.invocationType, Payload: request.payload }),
        request.signal ? { abortSignal: request.signal } : {},
      );
      return {
        ok: true,
        statusCode: out.StatusCode ?? 200,
        payload: Buffer.from(out.Payload ?? new Uint8Array()),
        ...(out.FunctionError !== undefined && { functionError: out.FunctionError }),
      };
    } catch (err) {
      if (request.signal?.aborted) throw err;
      const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
      const status = e.$metadata?.httpStatusCode;
      if (status !== undefined) return { ok: false, reason: 'service-error', statusCode: status, message: `${e.name ?? 'Error'}: ${e.message ?? ''}` };
      return { ok: false, reason: 'unreachable', message: `${this.config.endpoint}: ${e.message ?? String(err)}` };
    }
  }

  async close(): Promise<void> {
    if (this.client) (await this.client).client.destroy();
  }

  private async connect(): Promise<{ sdk: LambdaSdk; client: Client }> {
    process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= '1';
    // Bundled as CommonJS, the SDK's exports may sit under `default`.
    const loaded = (await import('@aws-sdk/client-lambda')) as LambdaSdk & { default?: LambdaSdk };
    const sdk = typeof loaded.LambdaClient === 'function' ? loaded : loaded.default!;
    const options = { endpoint: this.config.endpoint, region: this.config.region ?? this.defaultRegion, maxAttempts: 1 };
    let credentials = this.credentials;
    if (!credentials) {
      // The SDK's own chain (variables, profiles, SSO, instance roles), else test/test: a local
      // Lambda emulator accepts any key, and real Lambda answers a clear 403 for it.
      const probe = new sdk.LambdaClient(options);
      const chain = probe.config.credentials;
      probe.destroy();
      const fallback = { accessKeyId: 'test', secretAccessKey: 'test' };
      const provider = async () => chain().catch(() => fallback);
      return { sdk, client: new sdk.LambdaClient({ ...options, credentials: provider }) };
    }
    const client = new sdk.LambdaClient({ ...options, credentials });
    return { sdk, client };
  }
}
