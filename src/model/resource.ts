/**
 * Resource — one node of an API's path tree (https://docs.aws.amazon.com/apigateway/latest/api/API_Resource.html).
 * The root resource has no parentId and no pathPart; its path is `/`. A path part is a literal,
 * a variable `{name}` or a greedy variable `{name+}` (which must be a leaf).
 */
import type { Method } from './method.js';

/** What the store keeps: the path is derived from the tree, never stored. */
export type ResourceRecord = {
  id: string;
  parentId?: string;
  pathPart?: string;
  /** Methods keyed by HTTP method, each with its method responses and integration. */
  resourceMethods: Record<string, Method>;
};

/** The wire form. */
export type Resource = {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  resourceMethods?: Record<string, Method>;
};

/** Computes the path of every resource of one API from the parent links. */
export function resourcePaths(records: readonly ResourceRecord[]): Map<string, string> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const paths = new Map<string, string>();
  const pathOf = (record: ResourceRecord, depth: number): string => {
    const known = paths.get(record.id);
    if (known !== undefined) return known;
    const parent = record.parentId === undefined ? undefined : byId.get(record.parentId);
    let path: string;
    if (record.pathPart === undefined || parent === undefined || depth > records.length) path = '/';
    else {
      const parentPath = pathOf(parent, depth + 1);
      path = parentPath === '/' ? `/${record.pathPart}` : `${parentPath}/${record.pathPart}`;
    }
    paths.set(record.id, path);
    return path;
  };
  for (const record of records) pathOf(record, 0);
  return paths;
}

export const isGreedyPathPart = (pathPart: string): boolean => /^\{.+\+\}$/.test(pathPart);
export const isVariablePathPart = (pathPart: string): boolean => /^\{.+\}$/.test(pathPart);
