/**
 * State survives restarts: a clean stop (SIGTERM) and a kill -9 in the middle of a write burst.
 * Every write the server acknowledged before the kill must be there after the restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnPortico, type ServeProcess } from '../support/process.js';

const dirs: string[] = [];
const processes: ServeProcess[] = [];
afterEach(async () => {
  for (const p of processes.splice(0)) if (p.child.exitCode === null) await p.kill();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function stateDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'portico-durable-'));
  dirs.push(d);
  return d;
}

async function serve(dir: string): Promise<ServeProcess> {
  const p = await spawnPortico(['--state-dir', dir]);
  processes.push(p);
  return p;
}

async function createApi(url: string, name: string): Promise<string> {
  const res = await fetch(`${url}/restapis`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
  if (res.status !== 201) throw new Error(`status ${res.status}`);
  return ((await res.json()) as { id: string }).id;
}

async function allApiIds(url: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let position: string | undefined;
  do {
    const res = await fetch(`${url}/restapis?limit=500${position ? `&position=${encodeURIComponent(position)}` : ''}`);
    const page = (await res.json()) as { item: { id: string }[]; position?: string };
    for (const a of page.item) ids.add(a.id);
    position = page.position;
  } while (position);
  return ids;
}

describe('durability', () => {
  it('keeps state across a clean stop and start', async () => {
    const dir = stateDir();
    const first = await serve(dir);
    const id = await createApi(first.url, 'kept');
    expect(await first.stop()).toBe(0);
    expect(first.output()).toMatch(/Portico stopping \(SIGTERM\)/);
    const second = await serve(dir);
    const res = await fetch(`${second.url}/restapis/${id}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { name: string }).name).toBe('kept');
  });

  it('loses no acknowledged write when killed with SIGKILL mid-burst', async () => {
    const dir = stateDir();
    const first = await serve(dir);
    const acknowledged: string[] = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          acknowledged.push(await createApi(first.url, `burst-${w}-${i}`));
        } catch {
          return; // the server died under us: this request was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, w) => worker(w));
    while (acknowledged.length < 400) await new Promise((r) => setTimeout(r, 5));
    await first.kill();
    stop = true;
    await Promise.all(workers);
    const second = await serve(dir);
    const stored = await allApiIds(second.url);
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
  });
});
