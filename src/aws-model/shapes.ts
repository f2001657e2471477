/**
 * The botocore service model of API Gateway (`apigateway` 2015-07-09), typed.
 *
 * AWS publishes every operation of the API as data: its HTTP method and URI, its input and output
 * shapes, every member's wire name and location (URI label, query string, header or JSON body),
 * enums, patterns and required members. Portico reads it instead of restating it: the control plane
 * routes and (de)serialises with it, the CLI derives its commands and options from it.
 */

export type ShapeRef = {
  readonly shape: string;
  readonly location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode';
  readonly locationName?: string;
  readonly documentation?: string;
};

type ShapeBase = { readonly documentation?: string };

export type StructureShape = ShapeBase & {
  readonly type: 'structure';
  readonly members: Readonly<Record<string, ShapeRef>>;
  readonly required?: readonly string[];
  readonly payload?: string;
  readonly exception?: boolean;
  readonly error?: { readonly httpStatusCode: number; readonly senderFault?: boolean };
};
export type ListShape = ShapeBase & { readonly type: 'list'; readonly member: ShapeRef };
export type MapShape = ShapeBase & { readonly type: 'map'; readonly key: ShapeRef; readonly value: ShapeRef };
export type StringShape = ShapeBase & {
  readonly type: 'string';
  readonly enum?: readonly string[];
  readonly pattern?: string;
};
export type ScalarShape = ShapeBase & {
  readonly type: 'integer' | 'long' | 'double' | 'boolean' | 'timestamp' | 'blob';
};
export type Shape = StructureShape | ListShape | MapShape | StringShape | ScalarShape;

export type OperationModel = {
  readonly name: string;
  readonly http: { readonly method: string; readonly requestUri: string; readonly responseCode?: number };
  readonly input?: { readonly shape: string };
  readonly output?: { readonly shape: string };
  readonly errors?: readonly { readonly shape: string }[];
  readonly documentation?: string;
};

export type ServiceModel = {
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly operations: Readonly<Record<string, OperationModel>>;
  readonly shapes: Readonly<Record<string, Shape>>;
};

/** Looks a shape up by name; a missing shape is a defect in the vendored model. */
export function shapeOf(model: ServiceModel, name: string): Shape {
  const shape = model.shapes[name];
  if (!shape) throw new Error(`service model has no shape ${name}`);
  return shape;
}

export function structureOf(model: ServiceModel, name: string): StructureShape {
  const shape = shapeOf(model, name);
  if (shape.type !== 'structure') throw new Error(`shape ${name} is not a structure`);
  return shape;
}
