import { describe, expect, it } from 'vitest';
import { TurnBatch } from './turn-batch.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('TurnBatch', () => {
  it('runs the work of one turn together, after it, in order', async () => {
    const batch = new TurnBatch();
    const ran: string[] = [];
    const fail = (err: unknown) => ran.push(`error ${String(err)}`);
    batch.add(() => ran.push('a'), fail);
    batch.add(() => ran.push('b'), fail);
    await Promise.resolve();
    batch.add(() => ran.push('c'), fail);
    expect(ran).toEqual([]);
    await nextTurn();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('gives a failure to its own handler and runs the rest', async () => {
    const batch = new TurnBatch();
    const seen: string[] = [];
    batch.add(() => seen.push('first'), () => seen.push('first failed'));
    batch.add(
      () => {
        throw new Error('boom');
      },
      (err) => seen.push(`second failed: ${(err as Error).message}`),
    );
    batch.add(() => seen.push('third'), () => seen.push('third failed'));
    await nextTurn();
    expect(seen).toEqual(['first', 'second failed: boom', 'third']);
  });

  it('runs work added while it runs in the next turn', async () => {
    const batch = new TurnBatch();
    const ran: string[] = [];
    const fail = () => ran.push('failed');
    batch.add(() => {
      ran.push('outer');
      batch.add(() => ran.push('inner'), fail);
    }, fail);
    await nextTurn();
    expect(ran).toEqual(['outer']);
    await nextTurn();
    expect(ran).toEqual(['outer', 'inner']);
  });
});
