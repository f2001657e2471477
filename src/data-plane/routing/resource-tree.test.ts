import { describe, expect, it } from 'vitest';
import type { Method } from '../../model/method.js';
import { buildTree, matchRoute } from './resource-tree.js';

const m = (name: string): Method => ({ httpMethod: name, authorizationType: 'NONE', apiKeyRequired: false, operationName: name });

function tree(spec: Record<string, string[]>) {
  const resources = [{ id: 'root', path: '/', resourceMethods: {} as Record<string, Method> }];
  const byPath = new Map<string, string>([['/', 'root']]);
  for (const path of Object.keys(spec).sort((a, b) => a.split('/').length - b.split('/').length)) {
    if (path === '/') {
      for (const verb of spec[path]!) resources[0]!.resourceMethods[verb] = m(`/ ${verb}`);
      continue;
    }
    const parts = path.slice(1).split('/');
    let parentPath = '/';
    for (let i = 0; i < parts.length; i++) {
      const p = `/${parts.slice(0, i + 1).join('/')}`;
      if (!byPath.has(p)) {
        const id = `r${byPath.size}`;
        byPath.set(p, id);
        resources.push({ id, parentId: byPath.get(parentPath)!, pathPart: parts[i]!, path: p, resourceMethods: {} } as never);
      }
      parentPath = p;
    }
    const r = resources.find((x) => x.id === byPath.get(path))!;
    for (const verb of spec[path]!) r.resourceMethods[verb] = m(`${path} ${verb}`);
  }
  return buildTree(resources)!;
}

const route = (t: ReturnType<typeof tree>, method: string, path: string) => {
  const found = matchRoute(t, path, method);
  return found ? { via: found.method.operationName, params: found.pathParameters } : undefined;
};

describe('resource matching (shared/spec/data-plane.md §3.1, every recorded case)', () => {
  const t1 = tree({ '/test': ['POST'], '/test/any': ['ANY'], '/{proxy+}': ['OPTIONS'] });
  it.each([
    ['OPTIONS', '/test', '/{proxy+} OPTIONS'],
    ['POST', '/test', '/test POST'],
    ['OPTIONS', '/test/any', '/test/any ANY'],
    ['GET', '/test/any', '/test/any ANY'],
  ])('%s %s -> %s', (method, path, via) => expect(route(t1, method, path)?.via).toBe(via));

  it('backtracks to a greedy resource at the root', () => {
    const t = tree({ '/part1': ['GET'], '/part1/hardcoded-value': ['GET'], '/{param+}': ['GET'] });
    expect(route(t, 'GET', '/part1/random-value')).toEqual({ via: '/{param+} GET', params: { param: 'part1/random-value' } });
    expect(route(t, 'GET', '/part1/hardcoded-value')?.via).toBe('/part1/hardcoded-value GET');
  });

  it('prefers ANY on the exact resource over the greedy sibling, and refuses what nothing serves', () => {
    const t = tree({ '/{proxy+}': ['OPTIONS'], '/foo': ['POST'], '/foo/bar': ['ANY'] });
    expect(route(t, 'GET', '/foo')).toBeUndefined();
    expect(route(t, 'OPTIONS', '/foo')?.via).toBe('/{proxy+} OPTIONS');
    expect(route(t, 'OPTIONS', '/foo/bar')?.via).toBe('/foo/bar ANY');
  });

  it('prefers an explicit method over ANY, and does not serve HEAD with GET', () => {
    const t = tree({ '/foo': ['GET', 'ANY'], '/bar': ['GET'] });
    expect(route(t, 'GET', '/foo')?.via).toBe('/foo GET');
    expect(route(t, 'PUT', '/foo')?.via).toBe('/foo ANY');
    expect(route(t, 'HEAD', '/bar')).toBeUndefined();
  });

  it('binds variables raw, ignores a trailing slash, keeps inner empty segments', () => {
    const t = tree({ '/{proxy+}': ['ANY'], '/pets/{id}': ['GET'] });
    expect(route(t, 'GET', '/pets/a%2Bb')).toEqual({ via: '/pets/{id} GET', params: { id: 'a%2Bb' } });
    expect(route(t, 'GET', '/proxy-value/')).toEqual({ via: '/{proxy+} ANY', params: { proxy: 'proxy-value' } });
    expect(route(t, 'GET', '/proxy-value//double-slash')?.params).toEqual({ proxy: 'proxy-value//double-slash' });
    expect(route(t, 'GET', '/')).toBeUndefined();
  });
});
