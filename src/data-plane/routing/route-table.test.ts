import { describe, expect, it } from 'vitest';
import type { Method } from '../../model/method.js';
import { buildTree, matchRoute } from './resource-tree.js';
import { RouteTable } from './route-table.js';

const m = (name: string): Method => ({ httpMethod: name, authorizationType: 'NONE', apiKeyRequired: false, operationName: name });

// /            GET
// /items/{id}  GET
// /files/{p+}  ANY
const root = buildTree([
  { id: 'root', path: '/', resourceMethods: { GET: m('root GET') } },
  { id: 'items', parentId: 'root', pathPart: 'items', path: '/items', resourceMethods: {} },
  { id: 'item', parentId: 'items', pathPart: '{id}', path: '/items/{id}', resourceMethods: { GET: m('item GET') } },
  { id: 'files', parentId: 'root', pathPart: 'files', path: '/files', resourceMethods: {} },
  { id: 'file', parentId: 'files', pathPart: '{p+}', path: '/files/{p+}', resourceMethods: { ANY: m('file ANY') } },
])!;

const summary = (found: ReturnType<RouteTable['match']>) => (found ? { via: found.method.operationName, params: { ...found.pathParameters } } : undefined);

describe('RouteTable', () => {
  it('answers as matchRoute does, for hits, misses and repeated paths', () => {
    const table = new RouteTable(root);
    const cases: [string, string][] = [
      ['GET', '/'], ['GET', '/items/1'], ['GET', '/items/2'], ['POST', '/items/1'], ['DELETE', '/files/a/b'],
      ['GET', '/nothing'], ['GET', '/items/1'], ['POST', '/items/1'], ['GET', '/items/'], ['GET', '/items//'],
    ];
    for (const [method, path] of [...cases, ...cases]) {
      expect(summary(table.match(path, method)), `${method} ${path}`).toEqual(summary(matchRoute(root, path, method)));
    }
  });

  it('shares one frozen match between invocations of the same method and path', () => {
    const table = new RouteTable(root);
    const first = table.match('/items/7', 'GET')!;
    expect(table.match('/items/7', 'GET')).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.pathParameters)).toBe(true);
    expect(first.pathParameters).toEqual({ id: '7' });
    expect(table.match('/items/8', 'GET')).not.toBe(first);
  });

  it('keys by method as well as path', () => {
    const table = new RouteTable(root);
    expect(table.match('/', 'GET')?.method.operationName).toBe('root GET');
    expect(table.match('/', 'POST')).toBeUndefined();
  });

  it('forgets the oldest answers past its capacity, and still answers them right', () => {
    const table = new RouteTable(root, 2);
    const a = table.match('/items/a', 'GET');
    table.match('/items/b', 'GET');
    table.match('/items/c', 'GET');
    const again = table.match('/items/a', 'GET');
    expect(again).not.toBe(a);
    expect(again?.pathParameters).toEqual({ id: 'a' });
  });

  it('matches long paths without remembering them', () => {
    const table = new RouteTable(root);
    const long = `/files/${'x'.repeat(600)}`;
    const first = table.match(long, 'GET');
    expect(first?.pathParameters).toEqual({ p: 'x'.repeat(600) });
    expect(table.match(long, 'GET')).not.toBe(first);
  });

  it('matches nothing for an API without resources', () => {
    expect(new RouteTable(undefined).match('/', 'GET')).toBeUndefined();
  });
});
