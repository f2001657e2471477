/**
 * The response as boto3 would return it, parsed from the wire body with the service model the way
 * botocore's rest-json parser does: members under their model names (`item` on the wire becomes
 * `items`), members the model does not know dropped, `null` kept inside maps and lists, timestamps
 * as dates. LocalStack's recordings of AWS are in this form.
 */
import { serviceModel } from '../../src/aws-model/service-model.js';
import { shapeOf } from '../../src/aws-model/shapes.js';

export type Boto3Response = Record<string, unknown> & { ResponseMetadata?: { HTTPHeaders?: Record<string, string>; HTTPStatusCode: number } };

export function boto3Output(operation: string, status: number, body: string): Boto3Response {
  const shapeName = serviceModel.operations[operation]?.output?.shape;
  const json = body.trim() === '' ? {} : (JSON.parse(body) as unknown);
  const parsed = shapeName ? (parseShape(shapeName, json) as Record<string, unknown>) : {};
  return { ...parsed, ResponseMetadata: { HTTPHeaders: {}, HTTPStatusCode: status } };
}

/**
 * botocore copies the body's `message` to the top level only for errors the model declares
 * (BadRequestException, NotFoundException, ...); ValidationException and SerializationException
 * are not declared, so their recordings have no top-level `message`.
 */
export function boto3Error(code: string, message: string, status: number): Boto3Response {
  const declared = (serviceModel.shapes[code] as { exception?: boolean } | undefined)?.exception === true;
  return {
    Error: { Code: code, Message: message },
    ...(declared && { message }),
    ResponseMetadata: { HTTPHeaders: {}, HTTPStatusCode: status },
  };
}

function parseShape(shapeName: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const shape = shapeOf(serviceModel, shapeName);
  switch (shape.type) {
    case 'structure': {
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, ref] of Object.entries(shape.members)) {
        if (ref.location) continue;
        const wire = ref.locationName ?? name;
        if (wire in source) out[name] = parseShape(ref.shape, source[wire]);
      }
      return out;
    }
    case 'list':
      return (value as unknown[]).map((v) => parseShape(shape.member.shape, v));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = parseShape(shape.value.shape, v);
      return out;
    }
    case 'timestamp':
      return new Date(typeof value === 'number' ? value * 1000 : String(value));
    default:
      return value;
  }
}
