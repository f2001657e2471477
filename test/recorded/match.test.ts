import { describe, expect, it } from 'vitest';
import { matchRecorded, newBindings } from './match.js';

describe('matchRecorded', () => {
  it('binds placeholders on first sight and holds them to it', () => {
    const b = newBindings();
    expect(matchRecorded({ id: '<id:1>' }, { id: 'abc' }, b)).toEqual([]);
    expect(matchRecorded({ parentId: '<id:1>' }, { parentId: 'abc' }, b)).toEqual([]);
    expect(matchRecorded({ parentId: '<id:1>' }, { parentId: 'xyz' }, b)).toHaveLength(1);
  });
  it('keeps numbered placeholders of one kind distinct', () => {
    const b = newBindings();
    expect(matchRecorded(['<id:1>', '<id:2>'], ['a', 'a'], b)).toHaveLength(1);
  });
  it('matches placeholders inside strings and fixed values', () => {
    const b = newBindings({ '<region>': 'us-east-1' });
    expect(matchRecorded('arn:<partition>:x:<region>:1:<name:1>', 'arn:aws:x:us-east-1:1:foo', b)).toEqual([]);
    expect(matchRecorded('<region>', 'eu-west-1', b)).toHaveLength(1);
  });
  it('reports missing, unexpected and different members', () => {
    const errors = matchRecorded({ a: 1, b: 'x' }, { b: 'y', c: true }, newBindings());
    expect(errors.join('\n')).toMatch(/\$\.a: missing/);
    expect(errors.join('\n')).toMatch(/\$\.b: expected "x"/);
    expect(errors.join('\n')).toMatch(/\$\.c: unexpected/);
  });
  it('accepts dates for datetime and nothing else', () => {
    expect(matchRecorded('datetime', new Date(), newBindings())).toEqual([]);
    expect(matchRecorded('datetime', 'yesterday', newBindings())).toHaveLength(1);
  });
  it('honours ignored paths', () => {
    expect(matchRecorded({ a: { b: 1 } }, { a: { b: 2, c: 3 } }, newBindings(), '$', ['$.a.b', '$.a.c'])).toEqual([]);
  });
});
