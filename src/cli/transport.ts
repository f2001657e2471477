/**
 * Sends one API call through the AWS SDK for JavaScript v3 (`@aws-sdk/client-api-gateway`): its
 * Command classes serialise the request and sign it with SigV4 (the SDK is loaded only here, on
 * demand, so that help and skeletons never pay for it). The raw HTTP response is captured by a
 * wrapped request handler, because the CLI prints what botocore parses from the wire with the
 * reference's model (`response.ts`), not what the SDK returns. Retries are the SDK's standard
 * mode with 3 attempts, as the AWS CLI v2 does.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { Bytes, type Param } from './values.js';

export type RawResponse = {
  readonly status: number;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
};

export type CallResult = {
  /** The last HTTP response, when one was received. */
  readonly response: RawResponse | undefined;
  readonly attempts: number;
  /** The URL of the last request (for connection errors). */
  readonly url: string;
  /** The SDK's error, when it failed (an error response or a transport failure). */
  readonly error: unknown;
};

export type TransportOptions = {
  readonly endpoint: string;
  readonly region: string;
  /** null: do not sign (`--no-sign-request`). */
  readonly credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | null;
  readonly readTimeoutSeconds: number | null;
  readonly connectTimeoutSeconds: number | null;
  readonly verifySsl: boolean;
  readonly caBundle: string | null;
  readonly extraHeaders?: Readonly<Record<string, string>>;
  readonly debug?: (line: string) => void;
};

type SdkModule = Record<string, unknown>;
type SdkClient = {
  config: { requestHandler: Handler };
  middlewareStack: { add(mw: unknown, opts: unknown): void; addRelativeTo(mw: unknown, opts: unknown): void };
  send(command: unknown): Promise<unknown>;
};
type HttpRequest = {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | string[] | null>;
  method: string;
  headers: Record<string, string>;
  body?: unknown;
};
type Handler = {
  handle(request: HttpRequest, options?: unknown): Promise<{ response: { statusCode: number; headers: Record<string, string>; body: unknown } }>;
};

let sdkPromise: Promise<SdkModule> | undefined;
function loadSdk(): Promise<SdkModule> {
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  // Bundled as CommonJS, the SDK's exports may sit under `default`.
  sdkPromise ??= import('@aws-sdk/client-api-gateway').then((m: unknown) => {
    const mod = m as SdkModule;
    return (mod['APIGatewayClient'] ? mod : (mod['default'] as SdkModule)) ?? mod;
  });
  return sdkPromise;
}

/** Parameters as the SDK takes them: plain objects, numbers, Uint8Array for blobs. */
export function toSdkInput(v: Param): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Bytes) return v.data;
  if (Array.isArray(v)) return v.map(toSdkInput);
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v) Object.defineProperty(o, k, { value: toSdkInput(x), enumerable: true, writable: true, configurable: true });
    return o;
  }
  return v;
}

async function readBody(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  const chunks: Buffer[] = [];
  for await (const c of body as AsyncIterable<Buffer | string>) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return new Uint8Array(Buffer.concat(chunks));
}

function requestUrl(r: HttpRequest): string {
  const q = Object.entries(r.query ?? {}).flatMap(([k, v]) =>
    v === null ? [encodeURIComponent(k)] : (Array.isArray(v) ? v : [v]).map((x) => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`),
  );
  const port = r.port ? `:${r.port}` : '';
  return `${r.protocol}//${r.hostname}${port}${r.path}${q.length ? `?${q.join('&')}` : ''}`;
}

/** Sends `operationName` with `params`; never throws for service or transport errors. */
export async function callOperation(operationName: string, params: Param, options: TransportOptions): Promise<CallResult> {
  const sdk = await loadSdk();
  const ClientCtor = sdk['APIGatewayClient'] as new (config: unknown) => SdkClient;
  const CommandCtor = sdk[`${operationName}Command`] as (new (input: unknown) => unknown) | undefined;
  if (!CommandCtor) throw new Error(`the AWS SDK has no ${operationName}Command`);
  const https = options.endpoint.startsWith('https:') ? await import('node:https') : undefined;
  const agent =
    https && (!options.verifySsl || options.caBundle)
      ? new https.Agent({ rejectUnauthorized: options.verifySsl, ...(options.caBundle ? { ca: readFileSync(options.caBundle) } : {}) })
      : undefined;
  const client = new ClientCtor({
    region: options.region,
    endpoint: options.endpoint,
    credentials: options.credentials ?? { accessKeyId: 'unsigned', secretAccessKey: 'unsigned' },
    maxAttempts: 3,
    retryMode: 'standard',
    requestHandler: {
      ...(options.readTimeoutSeconds ? { requestTimeout: options.readTimeoutSeconds * 1000 } : {}),
      ...(options.connectTimeoutSeconds ? { connectionTimeout: options.connectTimeoutSeconds * 1000 } : {}),
      ...(agent ? { httpsAgent: agent } : {}),
    },
  });
  let last: RawResponse | undefined;
  let attempts = 0;
  let url = options.endpoint;
  const inner = client.config.requestHandler;
  const debug = options.debug;
  client.config.requestHandler = {
    async handle(request, handlerOptions) {
      attempts += 1;
      url = requestUrl(request);
      last = undefined;
      if (!options.credentials) {
        for (const h of Object.keys(request.headers)) {
          if (/^(authorization|x-amz-date|x-amz-security-token|x-amz-content-sha256)$/i.test(h)) delete request.headers[h];
        }
      }
      debug?.(`Sending http request: <AWSPreparedRequest stream_output=False, method=${request.method}, url=${url}, headers=${JSON.stringify(request.headers)}>`);
      const result = await inner.handle(request, handlerOptions);
      const body = await readBody(result.response.body);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(result.response.headers)) headers[k.toLowerCase()] = String(v);
      last = { status: result.response.statusCode, headers, body };
      debug?.(`Response headers: ${JSON.stringify(headers)}`);
      debug?.(`Response body:\n${Buffer.from(body).toString('utf8')}`);
      result.response.body = Readable.from([Buffer.from(body)]);
      return result;
    },
  };
  if (options.extraHeaders && Object.keys(options.extraHeaders).length) {
    const extra = options.extraHeaders;
    client.middlewareStack.add(
      (next: (args: { request: HttpRequest }) => Promise<unknown>) => async (args: { request: HttpRequest }) => {
        Object.assign(args.request.headers, extra);
        return next(args);
      },
      { step: 'build', name: 'porticoExtraHeaders' },
    );
  }
  try {
    await client.send(new CommandCtor(toSdkInput(params)));
    return { response: last, attempts, url, error: undefined };
  } catch (error) {
    return { response: last, attempts, url, error };
  } finally {
    (client as unknown as { destroy(): void }).destroy();
  }
}
