/**
 * Reading an operation's input from an HTTP request, as API Gateway's REST-JSON front end does.
 *
 * Members come from their model location: URI labels, query string, headers, or the JSON body
 * under their `locationName` (PutIntegration's `integrationHttpMethod` travels as `httpMethod`).
 * A body value of the wrong JSON type is a SerializationException with the text of AWS's Java
 * deserialiser (`class java.lang.Boolean can not be converted to an String` is recorded); JSON
 * `null` counts as absent, except as a map value. Constraints (required, enum, pattern) are checked afterwards, in
 * `validate.ts`.
 */
import { SerializationException, ValidationException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import { setOwn } from '../../shared/objects.js';
import { shapeOf, type ServiceModel, type Shape, type StructureShape } from '../../aws-model/shapes.js';

export type InputValue = string | number | boolean | null | InputValue[] | { [key: string]: InputValue };
export type OperationInput = Record<string, InputValue>;

export type RawInput = {
  labels: Record<string, string>;
  query: URLSearchParams;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: unknown;
};

/** Where each member of a structure comes from, computed once per shape. */
type Plan = {
  located: { name: string; wire: string; location: 'uri' | 'querystring' | 'header'; shape: string }[];
  /** Body members by wire name. */
  body: Map<string, { name: string; shape: string }>;
  payload?: string;
};
const plans = new WeakMap<ServiceModel, Map<string, Plan>>();

function planOf(model: ServiceModel, shapeName: string, shape: StructureShape): Plan {
  let byShape = plans.get(model);
  if (!byShape) plans.set(model, (byShape = new Map()));
  let plan = byShape.get(shapeName);
  if (plan) return plan;
  plan = { located: [], body: new Map(), ...(shape.payload !== undefined && { payload: shape.payload }) };
  for (const [name, ref] of Object.entries(shape.members)) {
    const wire = ref.locationName ?? name;
    if (ref.location === 'uri' || ref.location === 'querystring' || ref.location === 'header') {
      plan.located.push({ name, wire, location: ref.location, shape: ref.shape });
    } else if (ref.location === undefined) plan.body.set(wire, { name, shape: ref.shape });
  }
  byShape.set(shapeName, plan);
  return plan;
}

export function readInput(model: ServiceModel, shapeName: string | undefined, raw: RawInput): OperationInput {
  const input: OperationInput = {};
  if (!shapeName) return input;
  const shape = shapeOf(model, shapeName);
  if (shape.type !== 'structure') return input;
  const plan = planOf(model, shapeName, shape);
  const body = raw.body;
  if (body !== undefined && !isPlainObject(body)) throw new SerializationException(msg.bodyNotAnObject());
  if (body !== undefined && plan.payload === undefined) {
    // Blob payloads (ImportRestApi, PutRestApi) are the whole body and are not read as JSON here.
    for (const [wire, v] of Object.entries(body)) {
      const member = plan.body.get(wire);
      if (!member) throw new SerializationException(msg.unknownBodyMember(wire, shapeName));
      if (v !== null) input[member.name] = readValue(model, member.shape, v);
    }
  }
  for (const { name, wire, location, shape: memberShape } of plan.located) {
    if (location === 'uri') {
      const v = raw.labels[wire];
      if (v !== undefined) input[name] = v;
    } else if (location === 'querystring') {
      const values = raw.query.getAll(wire);
      if (values.length > 0) input[name] = queryValue(shapeOf(model, memberShape), values, wire);
    } else {
      const v = raw.headers[wire.toLowerCase()];
      if (v !== undefined) input[name] = Array.isArray(v) ? v.join(',') : v;
    }
  }
  return input;
}

function queryValue(shape: Shape, values: string[], wire: string): InputValue {
  if (shape.type === 'list') return values;
  const last = values[values.length - 1]!;
  switch (shape.type) {
    case 'integer':
    case 'long': {
      if (!/^-?\d+$/.test(last.trim())) throw new ValidationException(msg.invalidQueryInteger(wire, last));
      return Number(last.trim());
    }
    case 'boolean':
      return last === 'true';
    default:
      return last;
  }
}

function readValue(model: ServiceModel, shapeName: string, v: unknown): InputValue {
  const shape = shapeOf(model, shapeName);
  switch (shape.type) {
    case 'string':
    case 'timestamp':
    case 'blob':
      if (typeof v === 'string') return v;
      throw new SerializationException(msg.cannotConvert(javaClassOf(v), 'String'));
    case 'boolean':
      if (typeof v === 'boolean') return v;
      throw new SerializationException(msg.cannotConvert(javaClassOf(v), 'Boolean'));
    case 'integer':
    case 'long':
      if (typeof v === 'number' && Number.isFinite(v)) return Math.trunc(v);
      throw new SerializationException(msg.cannotConvert(javaClassOf(v), shape.type === 'long' ? 'Long' : 'Integer'));
    case 'double':
      if (typeof v === 'number') return v;
      throw new SerializationException(msg.cannotConvert(javaClassOf(v), 'Double'));
    case 'list':
      if (!Array.isArray(v)) throw new SerializationException(notAList(v));
      return v.filter((x) => x !== null).map((x) => readValue(model, shape.member.shape, x));
    case 'map': {
      if (!isPlainObject(v)) throw new SerializationException(notAnObject(v));
      const out: Record<string, InputValue> = {};
      // A null map value is kept: AWS stores it (a template sent as null comes back null) [recorded].
      for (const [k, x] of Object.entries(v)) setOwn(out, k, x === null ? null : readValue(model, shape.value.shape, x));
      return out;
    }
    case 'structure':
      return readStructure(model, shapeName, shape, v);
  }
}

function readStructure(model: ServiceModel, shapeName: string, shape: StructureShape, v: unknown): InputValue {
  if (!isPlainObject(v)) throw new SerializationException(notAnObject(v));
  const plan = planOf(model, shapeName, shape);
  const out: Record<string, InputValue> = {};
  for (const [k, x] of Object.entries(v)) {
    const member = plan.body.get(k);
    if (!member) throw new SerializationException(msg.unknownBodyMember(k, shapeName));
    if (x !== null) out[member.name] = readValue(model, member.shape, x);
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The Java class AWS's deserialiser names for a JSON value of the wrong type. */
function javaClassOf(v: unknown): string {
  if (typeof v === 'boolean') return 'java.lang.Boolean';
  if (typeof v === 'number') return 'com.amazon.coral.value.json.numbers.TruncatingBigNumber';
  if (typeof v === 'string') return 'java.lang.String';
  if (Array.isArray(v)) return 'java.util.ArrayList';
  return 'java.util.LinkedHashMap';
}

const notAList = (v: unknown): string =>
  isPlainObject(v) ? msg.structureNotExpected() : msg.cannotConvert(javaClassOf(v), 'List');
const notAnObject = (v: unknown): string =>
  Array.isArray(v) ? msg.listNotExpected() : msg.cannotConvert(javaClassOf(v), 'Map');
