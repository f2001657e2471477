/**
 * Builds a vector's API through the control plane's wire API (as any client would), deploys it and
 * returns what the checks need. `setup` format: shared/vectors/dataplane.json.
 */
type Json = Record<string, unknown>;
export type VectorSetup = {
  restApi?: {
    binaryMediaTypes?: string[];
    /** Model name -> JSON schema. */
    models?: Record<string, Json>;
    /** The vector's validator id -> the validator; methods name the vector's id. */
    requestValidators?: Record<string, { name?: string; validateRequestBody?: boolean; validateRequestParameters?: boolean }>;
  };
  stage?: {
    name?: string;
    variables?: Record<string, string>;
    canarySettings?: { percentTraffic?: number; stageVariableOverrides?: Record<string, string> };
    cacheClusterEnabled?: boolean;
    cacheClusterSize?: string;
    methodSettings?: Record<string, Record<string, unknown>>;
  };
  gatewayResponses?: Record<string, Json>;
  /** Authorizer name -> CreateAuthorizer's members; a method's `authorizerId` names one by its name. */
  authorizers?: Record<string, Json>;
  resources: { path: string; methods?: Record<string, Json> }[];
};

export type Deployed = { apiId: string; rootResourceId: string; stage: string };

async function call(base: string, method: string, path: string, body?: unknown): Promise<Json> {
  const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body !== undefined && { body: JSON.stringify(body) }) });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} -> ${res.status} ${text}`);
  return text ? (JSON.parse(text) as Json) : {};
}

/**
 * The method's request parameters, plus any `method.request.*` an integration mapping reads but the
 * vector leaves undeclared: AWS refuses such a mapping (`Invalid mapping expression parameter
 * specified`), so the recorded tests must have declared them; a few vector setups omit it.
 */
function declaredParameters(method: Json): Record<string, boolean> {
  const declared = { ...((method.requestParameters ?? {}) as Record<string, boolean>) };
  const mappings = ((method.integration as Json | undefined)?.requestParameters ?? {}) as Record<string, string>;
  for (const source of Object.values(mappings)) {
    if (/^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\./.test(source) && !(source in declared)) declared[source] = false;
  }
  return declared;
}

const pick = (o: Json, keys: string[]): Json => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

export async function deployVector(base: string, setup: VectorSetup, stageName: string): Promise<Deployed> {
  const api = await call(base, 'POST', '/restapis', { name: 'vector', ...pick(setup.restApi ?? {}, ['binaryMediaTypes']) });
  const apiId = api.id as string;
  const rootResourceId = api.rootResourceId as string;
  const ids = new Map<string, string>([['/', rootResourceId]]);
  const ensure = async (path: string): Promise<string> => {
    const known = ids.get(path);
    if (known) return known;
    const slash = path.lastIndexOf('/');
    const parent = await ensure(slash === 0 ? '/' : path.slice(0, slash));
    const created = await call(base, 'POST', `/restapis/${apiId}/resources/${parent}`, { pathPart: path.slice(slash + 1) });
    ids.set(path, created.id as string);
    return created.id as string;
  };
  for (const [name, schema] of Object.entries(setup.restApi?.models ?? {})) {
    await call(base, 'POST', `/restapis/${apiId}/models`, { name, contentType: 'application/json', schema: JSON.stringify(schema) });
  }
  const validatorIds = new Map<string, string>();
  for (const [id, v] of Object.entries(setup.restApi?.requestValidators ?? {})) {
    validatorIds.set(id, (await call(base, 'POST', `/restapis/${apiId}/requestvalidators`, { name: v.name ?? id, ...pick(v as Json, ['validateRequestBody', 'validateRequestParameters']) })).id as string);
  }
  const authorizerIds = new Map<string, string>();
  for (const [name, a] of Object.entries(setup.authorizers ?? {})) {
    authorizerIds.set(name, (await call(base, 'POST', `/restapis/${apiId}/authorizers`, { name, ...a })).id as string);
  }
  for (const resource of setup.resources) {
    const resourceId = await ensure(resource.path);
    for (const [verb, m] of Object.entries(resource.methods ?? {})) {
      const base2 = `/restapis/${apiId}/resources/${resourceId}/methods/${verb}`;
      await call(base, 'PUT', base2, {
        ...pick(m, ['authorizationType', 'apiKeyRequired', 'requestModels']),
        ...(typeof m.authorizerId === 'string' && { authorizerId: authorizerIds.get(m.authorizerId) ?? m.authorizerId }),
        requestParameters: declaredParameters(m),
        ...(typeof m.requestValidatorId === 'string' && { requestValidatorId: validatorIds.get(m.requestValidatorId) ?? m.requestValidatorId }),
      });
      for (const [code, r] of Object.entries((m.methodResponses ?? {}) as Record<string, Json>)) {
        await call(base, 'PUT', `${base2}/responses/${code}`, pick(r, ['responseParameters', 'responseModels']));
      }
      const integration = m.integration as Json | undefined;
      if (!integration) continue;
      await call(base, 'PUT', `${base2}/integration`, pick(integration, [
        'type', 'httpMethod', 'uri', 'requestParameters', 'requestTemplates', 'passthroughBehavior', 'contentHandling',
        'timeoutInMillis', 'cacheKeyParameters', 'cacheNamespace', 'connectionType', 'connectionId', 'credentials', 'tlsConfig',
      ]));
      for (const [code, r] of Object.entries((integration.integrationResponses ?? {}) as Record<string, Json>)) {
        // Keyed by status code, or by a label such as "default" with the status inside.
        await call(base, 'PUT', `${base2}/integration/responses/${String(r.statusCode ?? code)}`, pick(r, ['selectionPattern', 'responseParameters', 'responseTemplates', 'contentHandling']));
      }
    }
  }
  for (const [type, g] of Object.entries(setup.gatewayResponses ?? {})) {
    await call(base, 'PUT', `/restapis/${apiId}/gatewayresponses/${type}`, pick(g, ['statusCode', 'responseParameters', 'responseTemplates']));
  }
  const stage = setup.stage ?? {};
  const deployment = await call(base, 'POST', `/restapis/${apiId}/deployments`, {});
  const canary = stage.canarySettings && { ...stage.canarySettings, deploymentId: (await call(base, 'POST', `/restapis/${apiId}/deployments`, {})).id };
  await call(base, 'POST', `/restapis/${apiId}/stages`, {
    stageName,
    deploymentId: deployment.id,
    ...(stage.variables && Object.keys(stage.variables).length > 0 && { variables: stage.variables }),
    ...(canary && { canarySettings: canary }),
    ...pick(stage as Json, ['cacheClusterEnabled', 'cacheClusterSize']),
  });
  const patches = Object.entries(stage.methodSettings ?? {}).flatMap(([key, s]) => {
    const ops: { op: string; path: string; value: string }[] = [];
    if (s.cachingEnabled !== undefined) ops.push({ op: 'replace', path: `/${key}/caching/enabled`, value: String(s.cachingEnabled) });
    if (s.cacheTtlInSeconds !== undefined) ops.push({ op: 'replace', path: `/${key}/caching/ttlInSeconds`, value: String(s.cacheTtlInSeconds) });
    return ops;
  });
  if (patches.length > 0) await call(base, 'PATCH', `/restapis/${apiId}/stages/${stageName}`, { patchOperations: patches });
  return { apiId, rootResourceId, stage: stageName };
}
