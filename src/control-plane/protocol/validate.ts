/**
 * The model constraints AWS checks before an operation runs: required members, enum values and
 * string patterns. Every violation is reported in one ValidationException, AWS's format:
 *
 *   2 validation errors detected: Value 'wrong' at 'updateRestApiInput.patchOperations.1.member.op'
 *   failed to satisfy constraint: Member must satisfy enum value set: [add, remove, ...]; Value ...
 *
 * Body members are named by a path under `<operation>Input` (list items 1-based, as `.N.member`)
 * and come first; URI members are named bare (`statusCode`) and come after [recorded].
 */
import { ValidationException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';
import { shapeOf, type ServiceModel, type StructureShape } from '../../aws-model/shapes.js';
import type { InputValue, OperationInput } from './input.js';

type Violation = { value: InputValue | null; at: string; constraint: string };

export function validateInput(model: ServiceModel, operation: string, shapeName: string | undefined, input: OperationInput): void {
  if (!shapeName) return;
  const shape = shapeOf(model, shapeName);
  if (shape.type !== 'structure') return;
  const body: Violation[] = [];
  const located: Violation[] = [];
  const prefix = `${operation[0]!.toLowerCase()}${operation.slice(1)}Input`;
  for (const [name, ref] of Object.entries(shape.members)) {
    const sink = ref.location ? located : body;
    const at = ref.location ? name : `${prefix}.${name}`;
    const value = input[name];
    if (value === undefined) {
      if (shape.required?.includes(name) && !ref.location) sink.push({ value: null, at, constraint: msg.mustNotBeNull() });
      continue;
    }
    check(model, ref.shape, value, at, sink);
  }
  const all = [...body, ...located];
  if (all.length > 0) throw new ValidationException(msg.validationErrors(all));
}

function check(model: ServiceModel, shapeName: string, value: InputValue, at: string, out: Violation[]): void {
  if (value === null) return;
  const shape = shapeOf(model, shapeName);
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string') return;
      if (shape.enum && !shape.enum.includes(value)) {
        out.push({ value, at, constraint: msg.enumConstraint(enumOrder(shapeName, shape.enum)) });
      } else if (shape.pattern && !patternOf(shape.pattern).test(value)) {
        out.push({ value, at, constraint: msg.patternConstraint(shape.pattern) });
      }
      return;
    case 'list': {
      if (!Array.isArray(value)) return;
      const member = shapeOf(model, shape.member.shape);
      if (member.type === 'string' && member.enum) {
        // A list of enums is reported once, for the whole list [recorded].
        const bad = value.some((v) => typeof v === 'string' && !member.enum!.includes(v));
        if (bad) out.push({ value, at, constraint: msg.listMemberConstraint(msg.enumConstraint(enumOrder(shape.member.shape, member.enum))) });
        return;
      }
      value.forEach((v, i) => check(model, shape.member.shape, v, `${at}.${i + 1}.member`, out));
      return;
    }
    case 'map':
      if (typeof value !== 'object' || Array.isArray(value)) return;
      for (const v of Object.values(value)) check(model, shape.value.shape, v, `${at}.value`, out);
      return;
    case 'structure':
      if (typeof value !== 'object' || Array.isArray(value)) return;
      checkStructure(model, shape, value, at, out);
      return;
    default:
      return;
  }
}

function checkStructure(
  model: ServiceModel,
  shape: StructureShape,
  value: { [key: string]: InputValue },
  at: string,
  out: Violation[],
): void {
  for (const [name, ref] of Object.entries(shape.members)) {
    const v = value[name];
    if (v === undefined) {
      if (shape.required?.includes(name)) out.push({ value: null, at: `${at}.${name}`, constraint: msg.mustNotBeNull() });
      continue;
    }
    check(model, ref.shape, v, `${at}.${name}`, out);
  }
}

const patterns = new Map<string, RegExp>();
function patternOf(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(`^(?:${pattern})$`, 'u')));
  return re;
}

/**
 * AWS lists enum values in its own order, which is neither the model's nor alphabetical; where a
 * recording shows the order it is used, otherwise the model's order [guess].
 */
const AWS_ENUM_ORDER: Readonly<Record<string, readonly string[]>> = {
  IntegrationType: ['HTTP', 'MOCK', 'AWS_PROXY', 'HTTP_PROXY', 'AWS'],
  Op: ['add', 'remove', 'move', 'test', 'replace', 'copy'],
  EndpointType: ['PRIVATE', 'EDGE', 'REGIONAL'],
  IpAddressType: ['ipv4', 'dualstack'],
  GatewayResponseType: [
    'REQUEST_TOO_LARGE', 'RESOURCE_NOT_FOUND', 'AUTHORIZER_CONFIGURATION_ERROR', 'MISSING_AUTHENTICATION_TOKEN',
    'BAD_REQUEST_BODY', 'INVALID_SIGNATURE', 'INVALID_API_KEY', 'BAD_REQUEST_PARAMETERS', 'AUTHORIZER_FAILURE',
    'UNAUTHORIZED', 'INTEGRATION_TIMEOUT', 'ACCESS_DENIED', 'DEFAULT_4XX', 'DEFAULT_5XX', 'WAF_FILTERED',
    'QUOTA_EXCEEDED', 'THROTTLED', 'API_CONFIGURATION_ERROR', 'UNSUPPORTED_MEDIA_TYPE', 'INTEGRATION_FAILURE',
    'EXPIRED_TOKEN',
  ],
  DocumentationPartType: [
    'RESPONSE_BODY', 'RESPONSE', 'METHOD', 'MODEL', 'AUTHORIZER', 'RESPONSE_HEADER', 'RESOURCE', 'PATH_PARAMETER',
    'REQUEST_BODY', 'QUERY_PARAMETER', 'API', 'REQUEST_HEADER',
  ],
};

function enumOrder(shapeName: string, modelOrder: readonly string[]): readonly string[] {
  const known = AWS_ENUM_ORDER[shapeName];
  // A newer model may add values a recording did not show; append them.
  return known ? [...known, ...modelOrder.filter((v) => !known.includes(v))] : modelOrder;
}
