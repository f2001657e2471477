/**
 * Request body validation against a model
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html):
 * models are JSON Schema draft 4; a model may refer to another model of the API by its URL
 * (`https://apigateway.amazonaws.com/restapis/{apiId}/models/{name}`) [docs: models]. Validators
 * are compiled once per deployment snapshot (ajv with the draft-04 meta-schema).
 */
import * as ajvDraft04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import type { ApiSnapshot } from '../../model/deployment.js';

type Compiled = Map<string, ValidateFunction | Error>;

/** The Ajv class for draft 4, whichever way the CommonJS package is seen (tsc, esbuild, node). */
type AjvLike = { addSchema(schema: object): unknown; getSchema(id: string): ValidateFunction | undefined };
type AjvConstructor = new (options: Record<string, unknown>) => AjvLike;
const loaded = ajvDraft04 as unknown as { default: AjvConstructor | { default: AjvConstructor } };
const Ajv04: AjvConstructor = typeof loaded.default === 'function' ? loaded.default : loaded.default.default;
const perSnapshot = new WeakMap<ApiSnapshot, Compiled>();

export const modelUrl = (apiId: string, name: string) => `https://apigateway.amazonaws.com/restapis/${apiId}/models/${name}`;

/** Whether `body` (JSON text; empty means `{}`) satisfies the model; false for a body that is not JSON or a model that does not compile. */
export function bodyMatchesModel(snapshot: ApiSnapshot, modelName: string, body: string): boolean {
  const validate = validatorFor(snapshot, modelName);
  if (!validate || validate instanceof Error) return false;
  let doc: unknown;
  try {
    doc = JSON.parse(body.trim() === '' ? '{}' : body);
  } catch {
    return false;
  }
  return validate(doc) === true;
}

function validatorFor(snapshot: ApiSnapshot, modelName: string): ValidateFunction | Error | undefined {
  let compiled = perSnapshot.get(snapshot);
  if (!compiled) {
    compiled = new Map();
    perSnapshot.set(snapshot, compiled);
  }
  if (!compiled.has(modelName)) compiled.set(modelName, compile(snapshot, modelName));
  return compiled.get(modelName);
}

function compile(snapshot: ApiSnapshot, modelName: string): ValidateFunction | Error {
  const ajv = new Ajv04({ strict: false, allErrors: false, validateSchema: false });
  const apiId = snapshot.restApi.id;
  try {
    for (const model of snapshot.models ?? []) {
      if (!model.schema) continue;
      const schema = JSON.parse(model.schema) as Record<string, unknown>;
      ajv.addSchema({ ...schema, id: modelUrl(apiId, model.name) });
    }
    const validate = ajv.getSchema(modelUrl(apiId, modelName));
    return validate ?? new Error(`model ${modelName} has no schema`);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}
