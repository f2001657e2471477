/**
 * HTTP method + URI -> operation, derived from the service model's `http` traits.
 *
 * API Gateway's URIs are templates such as
 * `/restapis/{restapi_id}/resources/{resource_id}/methods/{http_method}`; a few carry a required
 * query parameter (`POST /restapis?mode=import` is ImportRestApi, plain `POST /restapis` is
 * CreateRestApi). A literal segment beats a label; a route with a matching query constraint beats
 * one without. Labels are percent-decoded.
 */
import type { ServiceModel } from '../aws-model/shapes.js';

type Segment = { literal: string } | { label: string };
type Route = {
  operation: string;
  method: string;
  segments: Segment[];
  query: [string, string][];
};

export type RouteMatch = { operation: string; labels: Record<string, string> };
export type RouteResult = RouteMatch | { error: 'not-found' | 'bad-encoding' };

export class Router {
  private readonly routes: Route[];
  /** Routes by `${method} ${segment count}`, most specific first. */
  private readonly buckets = new Map<string, Route[]>();

  constructor(model: ServiceModel) {
    this.routes = Object.values(model.operations).map((op) => {
      const [path = '', query = ''] = op.http.requestUri.split('?');
      return {
        operation: op.name,
        method: op.http.method,
        segments: splitPath(path).map((s) => {
          const label = /^\{([^}+]+)\+?\}$/.exec(s);
          return label ? { label: label[1]! } : { literal: s };
        }),
        query: query ? [...new URLSearchParams(query)] : [],
      };
    });
    // Most specific first: more query constraints, then literals before labels, segment by segment.
    this.routes.sort((a, b) => b.query.length - a.query.length || specificity(b) - specificity(a));
    for (const route of this.routes) {
      const key = `${route.method} ${route.segments.length}`;
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(route);
      else this.buckets.set(key, [route]);
    }
  }

  match(method: string, rawPath: string, query: URLSearchParams): RouteResult {
    const parts = splitPath(rawPath);
    for (const route of this.buckets.get(`${method} ${parts.length}`) ?? []) {
      if (!route.query.every(([k, v]) => query.get(k) === v)) continue;
      const labels: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < parts.length && ok; i++) {
        const seg = route.segments[i]!;
        const part = parts[i]!;
        if ('literal' in seg) ok = seg.literal === part;
        else {
          const decoded = safeDecode(part);
          if (decoded === undefined) return { error: 'bad-encoding' };
          labels[seg.label] = decoded;
        }
      }
      if (ok) return { operation: route.operation, labels };
    }
    return { error: 'not-found' };
  }
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function specificity(route: Route): number {
  // Literal segments earlier in the path weigh more.
  return route.segments.reduce((acc, s, i) => acc + ('literal' in s ? 2 ** (16 - i) : 0), 0);
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
