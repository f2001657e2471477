/**
 * Resource matching as API Gateway does it: a tree walk, most specific first, with backtracking
 * (docs: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html;
 * every recorded routing case in shared/spec/data-plane.md §3.1 is reproduced):
 *
 *   match(node, segments, method):
 *     no segments left: node if it serves the method (the method itself or ANY)
 *     literal child equal to the segment, then a `{var}` child (binding it), then a `{var+}` child
 *     that serves the method (binding all remaining segments joined by `/`).
 *
 * A method defined on the resource wins over ANY on the same resource. HEAD is not served by GET.
 * Literal segments match case-sensitively; path parameters keep their percent-encoding.
 */
import type { Method } from '../../model/method.js';
import { hasOwn } from '../../shared/objects.js';

export type RouteNode = {
  id: string;
  path: string;
  pathPart?: string;
  methods: Record<string, Method>;
  literals: Map<string, RouteNode>;
  variable?: { name: string; node: RouteNode };
  greedy?: { name: string; node: RouteNode };
};

/** Shared between invocations of the same path (see RouteTable): read-only. */
export type RouteMatch = { readonly node: RouteNode; readonly method: Method; readonly pathParameters: Readonly<Record<string, string>> };

type ResourceInput = { id: string; parentId?: string; pathPart?: string; path: string; resourceMethods: Record<string, Method> };

export function buildTree(resources: readonly ResourceInput[]): RouteNode | undefined {
  const nodes = new Map<string, RouteNode>(
    resources.map((r) => [r.id, { id: r.id, path: r.path, ...(r.pathPart !== undefined && { pathPart: r.pathPart }), methods: r.resourceMethods, literals: new Map() }]),
  );
  let root: RouteNode | undefined;
  for (const r of resources) {
    const node = nodes.get(r.id)!;
    const parent = r.parentId === undefined ? undefined : nodes.get(r.parentId);
    if (!parent || r.pathPart === undefined) {
      root = node;
      continue;
    }
    const greedy = /^\{(.+)\+\}$/.exec(r.pathPart);
    const variable = /^\{(.+)\}$/.exec(r.pathPart);
    if (greedy) parent.greedy = { name: greedy[1]!, node };
    else if (variable) parent.variable = { name: variable[1]!, node };
    else parent.literals.set(r.pathPart, node);
  }
  return root;
}

const serves = (node: RouteNode, method: string): Method | undefined =>
  hasOwn(node.methods, method) ? node.methods[method] : hasOwn(node.methods, 'ANY') ? node.methods.ANY : undefined;

export function matchRoute(root: RouteNode, rawPath: string, method: string): RouteMatch | undefined {
  // Routing ignores a trailing slash [recorded]; empty segments inside the path are kept.
  const trimmed = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
  const segments = trimmed === '/' ? [] : trimmed.slice(1).split('/');
  return walk(root, segments, 0, method, {});
}

function walk(node: RouteNode, segments: readonly string[], i: number, method: string, bound: Record<string, string>): RouteMatch | undefined {
  if (i === segments.length) {
    const m = serves(node, method);
    return m ? { node, method: m, pathParameters: bound } : undefined;
  }
  const segment = segments[i]!;
  const literal = node.literals.get(segment);
  if (literal) {
    const found = walk(literal, segments, i + 1, method, bound);
    if (found) return found;
  }
  if (node.variable && segment !== '') {
    const found = walk(node.variable.node, segments, i + 1, method, { ...bound, [node.variable.name]: segment });
    if (found) return found;
  }
  if (node.greedy) {
    const m = serves(node.greedy.node, method);
    if (m) return { node: node.greedy.node, method: m, pathParameters: { ...bound, [node.greedy.name]: segments.slice(i).join('/') } };
  }
  return undefined;
}
