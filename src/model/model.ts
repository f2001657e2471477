/**
 * Model — a JSON schema that describes a request or response payload
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_Model.html). Methods name models in
 * `requestModels` and method responses in `responseModels`; AWS refuses to delete a model that a
 * method still names [recorded]. Every API starts with the models `Empty` and `Error` [recorded].
 */
import { BadRequestException } from '../errors/aws-error.js';
import * as msg from '../errors/messages.js';

export type Model = {
  id: string;
  name: string;
  description?: string;
  schema?: string;
  contentType: string;
};

/**
 * The two models AWS creates with every REST API: names, descriptions and schemas as GetModels
 * returns them [recorded: test_apigateway_api.py::TestApiGatewayApiModels::test_model_lifecycle].
 */
export const DEFAULT_MODELS: readonly Omit<Model, 'id'>[] = [
  {
    name: 'Empty',
    description: 'This is a default empty schema model',
    schema: '{\n  "$schema": "http://json-schema.org/draft-04/schema#",\n  "title" : "Empty Schema",\n  "type" : "object"\n}',
    contentType: 'application/json',
  },
  {
    name: 'Error',
    description: 'This is a default error schema model',
    schema:
      '{\n  "$schema" : "http://json-schema.org/draft-04/schema#",\n  "title" : "Error Schema",\n  "type" : "object",\n  "properties" : {\n    "message" : { "type" : "string" }\n  }\n}',
    contentType: 'application/json',
  },
];

/**
 * A model schema as AWS accepts it: present, JSON, and an object or array with at least one
 * member [recorded: an absent or empty schema is refused; `{"title": "MySchema", "type":
 * "object"}` is accepted]. Returns the schema unchanged.
 */
export function checkModelSchema(schema: string | undefined): string {
  if (schema === undefined || schema.trim() === '') throw new BadRequestException(msg.emptyModelSchema());
  let parsed: unknown;
  try {
    parsed = JSON.parse(schema);
  } catch {
    throw new BadRequestException(msg.invalidModelSchema());
  }
  if (parsed === null || typeof parsed !== 'object') throw new BadRequestException(msg.invalidModelSchema());
  if (Object.keys(parsed).length === 0) throw new BadRequestException(msg.emptyModelSchema());
  return schema;
}
