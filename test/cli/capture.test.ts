/**
 * The man page's examples (shared/seed/update-integration.1.txt, as recorded in
 * shared/vectors/cli/update-integration.json, with the second example both as written and as a
 * POSIX shell passes it) sent by `portico apigateway` and by the reference `/usr/bin/aws` to the
 * same capture server: the same requests (method, path, body as data).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVector } from '../support/vectors.js';
import { bodyData, cliEnv, fakeEndpoint, runBin, runPortico, type FakeEndpoint } from './support.js';

const AWS = '/usr/bin/aws';
type Case = { id: string; argv: string[] };
const examples = readVector<{ cases: Case[] }>('cli/update-integration.json').cases.filter((c) => c.id.startsWith('example'));

let capture: FakeEndpoint;
beforeAll(async () => {
  capture = await fakeEndpoint(() => ({ status: 200, body: '{"type":"MOCK"}' }));
});
afterAll(() => capture.close());

describe.skipIf(!existsSync(AWS))('man-page examples: portico and /usr/bin/aws send the same requests', () => {
  it('covers the four examples', () => expect(examples.length).toBeGreaterThanOrEqual(4));
  it.each(examples.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const args = c.argv.slice(1).map((a) => (a === '<endpoint>' ? capture.url : a));
    const start = capture.requests.length;
    const ref = await runBin(AWS, args, cliEnv());
    const mid = capture.requests.length;
    const mine = await runPortico(args);
    expect([ref.code, mine.code]).toEqual([0, 0]);
    const shape = (from: number, to: number) =>
      capture.requests.slice(from, to).map((r) => ({ method: r.method, path: r.path, body: bodyData(r.body) }));
    const sentByAws = shape(start, mid);
    expect(sentByAws.length).toBe(1);
    expect(shape(mid, capture.requests.length)).toEqual(sentByAws);
    expect(mine.stdout).toBe(ref.stdout);
  });
});
