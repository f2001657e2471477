/**
 * Every AWS and AWS_PROXY vector of shared/vectors/dataplane.json, driven over real HTTP against a
 * running `portico serve` whose project file (portico.config.json, written here) declares a local
 * Node handler for each vector's function, behaving as the vector's backend describes
 * (test/fixtures/lambda-vectors/). The vectors all name the function `fn`; each vector's API is
 * pointed at its own function `v-{id}`, so that every function has one behaviour.
 *
 * Two kinds of backend are not Node handlers:
 * - functions the recordings ran on the Python runtime *and* whose Python error document the
 *   vector checks (`errorType: Exception`, `stackTrace`): those go, through the project's
 *   `lambda.endpoint`, to a fake Lambda Invoke API that answers as that runtime does;
 * - AWS service integrations (S3, SQS): `services` points them at fake S3/SQS endpoints.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnPortico, type ServeProcess } from '../support/process.js';
import { TEST_ACCOUNT } from '../support/server.js';
import { PROJECT_ROOT } from '../support/vectors.js';
import { startFakeLambda, startFakeS3, startFakeSqs, type Fake, type PythonFunction, type S3Object } from './aws-fakes.js';
import type { ReceivedRequest } from './backends.js';
import type { VectorSetup } from './setup.js';
import { runVector, typesOf, vectors, type Vector } from './vector-runner.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'lambda-vectors');

/** Node handlers for the behaviours the vectors describe (their own words). */
const HANDLERS: Record<string, string> = {
  'return {statusCode: 200, body: JSON.stringify(event), isBase64Encoded: false}': 'proxy-echo.mjs#handler',
  'return {statusCode: 200, body: JSON(event)}': 'proxy-echo.mjs#handler',
  "returns json.loads(event['body'])": 'return-body.mjs#handler',
  "json.loads(None) raises TypeError": 'return-body.mjs#handler',
  'return event (python: def handler(event, ctx): return event)': 'return-event.mjs#handler',
  "body = event['body']; return {statusCode: 200, body: 'customerror'} if int(body['httpStatus']) >= 400 else {statusCode: 200, body: 'noerror'}": 'http-status-body.mjs#handler',
  "callback(JSON.stringify({errorType:'InternalServerError', httpStatus:500, requestId:'...', trace:{function:'abc()', line:123, file:'abc.js'}}))": 'callback-error.cjs#handler',
};

/** Python functions whose runtime's error format the vectors check. */
const PYTHON: ReadonlyMap<string, PythonFunction> = new Map<string, PythonFunction>([
  [
    'py-e2e-lam-05',
    (event) => {
      const code = (event as { statusCode?: string }).statusCode;
      if (code === '400') return { raise: { type: 'Exception', message: 'Error: Raising four hundred from within the Lambda function' } };
      if (code === '500') return { raise: { type: 'Exception', message: 'Error: Raising five hundred from within the Lambda function' } };
      return { result: 'Pass' };
    },
  ],
]);

/** The initial S3 object of the response vectors, from their backend description. */
function s3Object(behaviour: string): S3Object | undefined {
  const gzipBase64 = 'H4sIABRs7mMC/0vOzy0oSi0uTk1RSEksSdRRKM7IL81JUUhKVcjMK0vMyUxRCA1x07VQKC4pysxLBwC4ORBXLwAAAA==';
  if (behaviour.includes('content H4sI') || behaviour === 'object = base64 text of the gzip bytes') return { body: Buffer.from(gzipBase64), contentType: 'binary/octet-stream' };
  if (behaviour.includes('content this is a UTF8 text')) return { body: Buffer.from('this is a UTF8 text typed object'), contentType: 'binary/octet-stream' };
  return undefined;
}

const functionName = (v: Vector) => (PYTHON.has(`py-${v.id}`) ? `py-${v.id}` : `v-${v.id}`);

/** The vector's API with its function `fn` renamed to the vector's own. */
function adapted(v: Vector): VectorSetup {
  return JSON.parse(JSON.stringify(v.setup).replaceAll(':function:fn/invocations', `:function:${functionName(v)}/invocations`)) as VectorSetup;
}

function handlerFor(v: Vector): { handler: string; environment?: Record<string, string> } | undefined {
  const b = v.backend;
  if (!b || b.kind !== 'lambda') return undefined;
  if (b.behavior && HANDLERS[b.behavior]) return { handler: join(FIXTURES, HANDLERS[b.behavior]!) };
  if (b.returns !== undefined && !b.behavior) return { handler: join(FIXTURES, 'return-fixed.mjs#handler'), environment: { RETURNS: JSON.stringify(b.returns) } };
  if (b.behavior === 'not reached') return { handler: join(FIXTURES, 'proxy-echo.mjs#handler') };
  return undefined;
}

describe('data-plane vectors: AWS and AWS_PROXY', () => {
  const mine = vectors.filter((v) => typesOf(v).some((t) => t === 'AWS' || t === 'AWS_PROXY'));
  const objects = new Map<string, S3Object>();
  let s3: Fake;
  let sqs: Fake;
  let lambda: Fake;
  let server: ServeProcess;
  let dir: string;

  beforeAll(async () => {
    [s3, sqs, lambda] = await Promise.all([startFakeS3(objects), startFakeSqs(), startFakeLambda(PYTHON)]);
    dir = mkdtempSync(join(tmpdir(), 'portico-lambda-vectors-'));
    const functions = Object.fromEntries(mine.flatMap((v) => {
      const h = handlerFor(v);
      return h && !PYTHON.has(`py-${v.id}`) ? [[functionName(v), h]] : [];
    }));
    writeFileSync(join(dir, 'portico.config.json'), JSON.stringify({
      functions,
      lambda: { endpoint: lambda.origin, region: 'us-east-1' },
      services: { s3: s3.origin, sqs: sqs.origin },
    }, null, 2));
    server = await spawnPortico(['--in-memory', '--account', TEST_ACCOUNT, '--config', join(dir, 'portico.config.json')]);
  });
  afterAll(async () => {
    await server?.stop();
    await Promise.all([s3, sqs, lambda].map((f) => f?.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('covers every AWS and AWS_PROXY vector, each backend given a behaviour', () => {
    expect(mine.length).toBeGreaterThanOrEqual(70);
    const lambdaVectors = mine.filter((v) => v.backend?.kind === 'lambda');
    const unmapped = lambdaVectors.filter((v) => !handlerFor(v) && !PYTHON.has(`py-${v.id}`)).map((v) => `${v.id}: ${v.backend?.behavior ?? JSON.stringify(v.backend?.returns)}`);
    expect(unmapped).toEqual([]);
  });

  for (const v of mine) {
    it(`${v.id}: ${v.description}`, async () => {
      for (const f of [s3, sqs, lambda]) f.received.length = 0;
      objects.clear();
      const initial = v.backend?.behavior ? s3Object(v.backend.behavior) : undefined;
      if (initial) objects.set('/bucket/key', initial);
      const received: ReceivedRequest[] = v.backend?.service === 's3' ? s3.received : v.backend?.service === 'sqs' ? sqs.received : [];
      const errors = await runVector(v, server, received, adapted(v));
      // On failure, the gateway's log (function logs, integration errors) explains it.
      expect(errors, errors.length > 0 ? server.output().slice(-4000) : '').toEqual([]);
    });
  }
});
