import { describe, expect, it } from 'vitest';
import { paginate } from './paginate.js';

const items = Array.from({ length: 60 }, (_, i) => ({ id: `id${String(i).padStart(2, '0')}` })).reverse();
const id = (x: { id: string }) => x.id;

describe('paginate', () => {
  it('orders by id, defaults to 25 and hands out a position while more remain', () => {
    const first = paginate(items, id);
    expect(first.items.map(id)).toEqual(Array.from({ length: 25 }, (_, i) => `id${String(i).padStart(2, '0')}`));
    expect(first.position).toBeDefined();
    const second = paginate(items, id, first.position);
    expect(second.items[0]!.id).toBe('id25');
    const third = paginate(items, id, second.position);
    expect(third.items).toHaveLength(10);
    expect(third.position).toBeUndefined();
  });

  it('clamps limit to 1..500 (AWS accepts limit=-1)', () => {
    expect(paginate(items, id, undefined, -1).items).toHaveLength(25);
    expect(paginate(items, id, undefined, 0).items).toHaveLength(25);
    expect(paginate(items, id, undefined, 1000).items).toHaveLength(60);
    expect(paginate(items, id, undefined, 7).items).toHaveLength(7);
  });

  it('resumes after a deleted item, and past the end gives an empty page', () => {
    const page = paginate(items, id, undefined, 10);
    const without = items.filter((x) => x.id !== 'id10');
    expect(paginate(without, id, page.position, 10).items[0]!.id).toBe('id11');
    expect(paginate(items, id, Buffer.from('zzz').toString('base64url')).items).toEqual([]);
  });
});
