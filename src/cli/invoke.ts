/**
 * `CLIOperationCaller.invoke`: make the call (or the paginated calls) and print the result.
 * Order as in botocore: the region is needed to create the client; blobs given as text are
 * base64-decoded (`cli_binary_format` base64); parameters are validated; credentials are needed
 * to sign; the response is parsed with the model; the output type is resolved when printing
 * (an unknown one fails after the call, exit 255).
 */
import { writeFileSync } from 'node:fs';
import type { Operation } from './model.js';
import { streamingOutputMember } from './args/arg-table.js';
import type { Globals } from './args/globals.js';
import type { PaginationConfigParams } from './call-params.js';
import type { Session } from './config/session.js';
import { ClientError, GeneralError, NoCredentialsError, NoRegionError } from './errors.js';
import type { CallOverride, CliIo } from './io.js';
import { formatOutput, formatPages, OUTPUT_FORMATS, type CompiledQuery } from './output/index.js';
import type { PyDict, PyValue } from './output/value.js';
import { PageIterator } from './paginate.js';
import { parseError, parseResponse, type TimestampFormat } from './response.js';
import { generateSkeleton } from './skeleton.js';
import { decodeInputBlobs } from './blobs.js';
import { validateParameters } from './validate.js';
import type { CallResult, RawResponse, TransportOptions } from './transport.js';
import type { Param, ParamMap } from './values.js';

export type InvokeRequest = {
  readonly op: Operation;
  readonly params: ParamMap;
  readonly pagination: PaginationConfigParams | null;
  readonly paginate: boolean;
  readonly globals: Globals;
  readonly query: CompiledQuery | null;
  readonly session: Session;
  readonly io: CliIo;
  readonly state: { pager: string | null };
  readonly stubOutput: boolean;
  readonly dryRun: boolean;
  /** A streaming output's file (`outfile`). */
  readonly outfile: string | null;
  readonly override?: CallOverride;
};

/** One call: validated, signed, sent; the parsed response or a ClientError. */
export type Caller = (params: ParamMap, extraHeaders?: Record<string, string>) => Promise<{ parsed: PyDict; raw: RawResponse | undefined }>;

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

export function makeCaller(r: InvokeRequest, region: string): Caller {
  const { op, globals, session, io } = r;
  const binaryFormat = session.binaryFormat(globals.cliBinaryFormat);
  const tsFormat = session.timestampFormat() as TimestampFormat;
  return async (params, extraHeaders) => {
    if (binaryFormat === 'base64' && op.inputShape) decodeInputBlobs(params, op.inputShape);
    if (op.inputShape) validateParameters(params, op.inputShape);
    if (r.stubOutput) {
      const json = session.output(globals.output) === 'json';
      const out = op.outputShape ? generateSkeleton(op.outputShape, true, json ? '1970-01-01T00:00:00' : '1970-01-01 00:00:00') : new Map();
      return { parsed: out instanceof Map ? out : new Map(), raw: undefined };
    }
    if (r.override) return { parsed: (await r.override(op.name, params)) as PyDict, raw: undefined };
    const credentials = globals.signRequest ? session.credentialsFor() : null;
    if (globals.signRequest && credentials === null) throw new NoCredentialsError();
    const { callOperation } = await import('./transport.js');
    const options: TransportOptions = {
      endpoint: session.endpointUrl(globals.endpointUrl),
      region,
      credentials,
      readTimeoutSeconds: timeout(globals.readTimeout),
      connectTimeoutSeconds: timeout(globals.connectTimeout),
      verifySsl: globals.verifySsl,
      caBundle: session.caBundle(globals.caBundle),
      ...(extraHeaders ? { extraHeaders } : {}),
      ...(globals.debug ? { debug: (line: string) => io.stderr(`${new Date().toISOString()} - MainThread - botocore.endpoint - DEBUG - ${line}\n`) } : {}),
    };
    const result = await callOperation(op.name, params, options);
    return { parsed: interpret(result, op, tsFormat), raw: result.response };
  };
}

function timeout(v: bigint | null): number | null {
  if (v === null) return 60;
  return v === 0n ? null : Number(v);
}

function interpret(result: CallResult, op: Operation, ts: TimestampFormat): PyDict {
  const raw = result.response;
  if (raw && raw.status < 300) return parseResponse(raw, op.outputShape, ts);
  if (raw) {
    const { code, message } = parseError(raw);
    const exhausted = result.attempts >= 3 && (RETRYABLE_STATUS.has(raw.status) || raw.status === 429 || /Throttl|TooManyRequests/.test(code));
    throw new ClientError(code, op.name, message, exhausted ? ` (reached max retries: ${result.attempts - 1})` : '');
  }
  const err = result.error as { code?: string; name?: string; message?: string } | undefined;
  const c = err?.code ?? err?.name ?? '';
  if (/TimeoutError|ETIMEDOUT|RequestTimeout/.test(c) || /timed? ?out/i.test(err?.message ?? '')) {
    throw new GeneralError(`${/connect/i.test(err?.message ?? '') ? 'Connect' : 'Read'} timeout on endpoint URL: "${result.url}"`);
  }
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|EAI_AGAIN|ENETUNREACH|EPIPE/.test(c + ' ' + (err?.message ?? ''))) {
    throw new GeneralError(`Could not connect to the endpoint URL: "${result.url}"`);
  }
  throw new GeneralError(err?.message ?? String(result.error));
}

export async function invoke(r: InvokeRequest): Promise<number> {
  const { globals, session, io } = r;
  const region = session.region(globals.region);
  if (region === null) throw new NoRegionError();
  const call = makeCaller(r, region);
  if (r.dryRun && !r.stubOutput) {
    const { dryRun } = await import('./dry-run.js');
    return dryRun(r, call);
  }
  const output = session.output(globals.output);
  const color = globals.color === 'on' || (globals.color === 'auto' && io.isTty);
  const common = {
    operationName: r.op.name,
    ...(r.query ? { query: r.query } : {}),
    terminalWidth: io.isTty ? io.columns : 80,
    color,
  };
  if (io.isTty && !globals.noCliPager) state(r, session.pager());
  if (!r.paginate || r.stubOutput) {
    const params = r.params;
    const { parsed, raw } = await call(params);
    const payload = streamingOutputMember(r.op);
    if (payload !== undefined && r.outfile !== null && parsed.has(payload)) {
      // StreamingOutputArgument.save_file: the raw body goes to the file, the rest is printed.
      writeFileSync(r.outfile, raw ? raw.body : new TextEncoder().encode(String(parsed.get(payload))));
      parsed.delete(payload);
    }
    return emit(io, formatOutput({ ...common, format: output, value: parsed }));
  }
  if (!OUTPUT_FORMATS.includes(output as (typeof OUTPUT_FORMATS)[number])) {
    return emit(io, formatOutput({ ...common, format: output, value: null }));
  }
  const kwargs: ParamMap = new Map(r.params);
  kwargs.delete('PaginationConfig');
  const p = r.pagination ?? {};
  const iterator = new PageIterator(
    r.op.paginator!,
    { maxItems: p.MaxItems ?? null, startingToken: p.StartingToken ?? null, pageSize: (p.PageSize as Param | undefined) ?? null },
    kwargs,
    async (k) => (await call(k)).parsed,
  );
  if (output === 'text' || output === 'yaml-stream') {
    let index = 0;
    let failed: number | null = null;
    await iterator.run((page) => {
      if (failed !== null) return;
      let value: PyDict = page;
      if (output === 'text') {
        value = index === 0 ? new Map(iterator.nonAggregatePart) : new Map();
        for (const key of iterator.resultKeys) value.set(key, (page.get(key) ?? null) as PyValue);
      }
      index++;
      const rc = emit(io, formatPages({ ...common, format: output, pages: [value] }));
      if (rc !== 0) failed = rc;
    });
    if (failed !== null) return failed;
    if (output === 'text' && iterator.resumeToken !== null) {
      return emit(io, formatPages({ ...common, format: 'text', pages: [], nextToken: iterator.resumeToken }));
    }
    return 0;
  }
  const full = await iterator.buildFullResult();
  return emit(io, formatOutput({ ...common, format: output, value: full }));
}

function state(r: InvokeRequest, pager: string): void {
  r.state.pager = pager || null;
}

function emit(io: CliIo, result: { stdout: string } | { stdout: string; error: string; exitCode: number }): number {
  io.stdout(result.stdout);
  if ('error' in result) {
    io.stderr(result.error);
    return result.exitCode;
  }
  return 0;
}
