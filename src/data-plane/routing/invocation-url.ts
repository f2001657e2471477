/**
 * Where an invocation addresses: the REST API, the stage and the resource path.
 *
 * Two URL forms reach a deployed stage on the local gateway (AWS's own form is
 * `https://{apiId}.execute-api.{region}.amazonaws.com/{stage}/{path}`):
 * - by host name: `http://{apiId}.execute-api.localhost:{port}/{stage}/{path}` (any host whose
 *   first label is followed by `.execute-api.`);
 * - by path: `/restapis/{apiId}/{stage}/_user_request_/{path}`.
 * The path stays percent-encoded, as API Gateway leaves it [recorded]. A doubled slash right after
 * the stage is collapsed for routing, a leading `//` before the stage is accepted [recorded].
 */
export type InvocationTarget = {
  apiId: string;
  stage: string;
  /** The request path after the stage, raw (percent-encoding and trailing slash kept), starting with `/`. */
  rawPath: string;
  /** `$context.path`: the path as the client sent it, stage included. */
  contextPath: string;
  /**
   * `$context.domainName` for the path form: `{apiId}.execute-api.localhost`, the API's own name
   * (so `domainPrefix` is the API id, as on AWS [recorded]) rather than the gateway's address.
   * The host form takes it from the Host header.
   */
  domainName?: string;
};

const HOST_FORM = /^([a-z0-9]+)\.execute-api\./i;
const PATH_FORM = /^\/restapis\/([^/]+)\/([^/]+)\/_user_request_(\/.*)?$/;

export function invocationTarget(host: string | undefined, rawPath: string): InvocationTarget | undefined {
  const hostMatch = host ? HOST_FORM.exec(host) : null;
  if (hostMatch) {
    const trimmed = rawPath.replace(/^\/+/, '/');
    const slash = trimmed.indexOf('/', 1);
    const stage = slash < 0 ? trimmed.slice(1) : trimmed.slice(1, slash);
    if (!stage) return undefined;
    const rest = slash < 0 ? '/' : trimmed.slice(slash);
    return { apiId: hostMatch[1]!.toLowerCase(), stage: decodeURIComponentSafe(stage), rawPath: normaliseRest(rest), contextPath: rawPath };
  }
  const pathMatch = PATH_FORM.exec(rawPath);
  if (!pathMatch) return undefined;
  const rest = pathMatch[3] ?? '/';
  return {
    apiId: pathMatch[1]!,
    stage: decodeURIComponentSafe(pathMatch[2]!),
    rawPath: normaliseRest(rest),
    contextPath: `/${pathMatch[2]}${rest}`,
    domainName: `${pathMatch[1]!}.execute-api.localhost`,
  };
}

/** `//proxy-value` after the stage routes as `/proxy-value` [recorded]. */
function normaliseRest(rest: string): string {
  return rest.replace(/^\/+/, '/') || '/';
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
