import { describe, expect, it } from 'vitest';
import { resourcePaths } from './resource.js';

describe('resourcePaths', () => {
  it('derives paths from parent links, in any record order', () => {
    const paths = resourcePaths([
      { id: 'c', parentId: 'b', pathPart: '{id}', resourceMethods: {} },
      { id: 'r', resourceMethods: {} },
      { id: 'b', parentId: 'r', pathPart: 'pets', resourceMethods: {} },
    ]);
    expect(Object.fromEntries(paths)).toEqual({ r: '/', b: '/pets', c: '/pets/{id}' });
  });

  it('terminates on a cycle instead of looping', () => {
    const paths = resourcePaths([
      { id: 'a', parentId: 'b', pathPart: 'a', resourceMethods: {} },
      { id: 'b', parentId: 'a', pathPart: 'b', resourceMethods: {} },
    ]);
    expect(paths.size).toBe(2);
  });
});
