/**
 * AWS integration URIs (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html#uri):
 *
 *   arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations
 *   arn:aws:apigateway:{region}:{subdomain.}{service}:path/{path}
 *   arn:aws:apigateway:{region}:{subdomain.}{service}:action/{Action}[&Param=value...]
 *
 * `${stageVariables.x}` is substituted first (the function ARN often names a stage variable
 * [docs: stage variables reference]); path parameters `{name}` come from the integration request.
 */

export type AwsTarget =
  | { readonly kind: 'lambda'; readonly region: string; readonly functionRef: string }
  | { readonly kind: 'path'; readonly region: string; readonly service: string; readonly subdomain?: string; readonly path: string }
  | { readonly kind: 'action'; readonly region: string; readonly service: string; readonly subdomain?: string; readonly action: string; readonly params: readonly [string, string][] };

const LAMBDA = /^arn:aws:apigateway:([a-z0-9-]+):lambda:path\/\d{4}-\d{2}-\d{2}\/functions\/(.+)\/invocations$/;
const SERVICE = /^arn:aws:apigateway:([a-z0-9-]+):(?:([^:.]+)\.)?([a-z0-9-]+):(path|action)\/(.*)$/;

export function substituteStageVariables(uri: string, stageVariables: Readonly<Record<string, string>>): string {
  return uri.replace(/\$\{stageVariables\.([A-Za-z0-9_.-]+)\}/g, (_m, name: string) => stageVariables[name] ?? '');
}

/** The target of an AWS or AWS_PROXY integration URI, or undefined when it is not one. */
export function parseAwsUri(uri: string): AwsTarget | undefined {
  const lambda = LAMBDA.exec(uri);
  if (lambda) return { kind: 'lambda', region: lambda[1]!, functionRef: decodeURIComponentSafe(lambda[2]!) };
  const m = SERVICE.exec(uri);
  if (!m) return undefined;
  const [, region, subdomain, service, kind, rest] = m as unknown as [string, string, string | undefined, string, 'path' | 'action', string];
  if (kind === 'path') return { kind, region, service, ...(subdomain !== undefined && { subdomain }), path: rest };
  const [action, ...pairs] = rest.split('&');
  const params = pairs.filter(Boolean).map((p): [string, string] => {
    const eq = p.indexOf('=');
    return eq < 0 ? [decodeURIComponentSafe(p), ''] : [decodeURIComponentSafe(p.slice(0, eq)), decodeURIComponentSafe(p.slice(eq + 1))];
  });
  return { kind, region, service, ...(subdomain !== undefined && { subdomain }), action: action!, params };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
