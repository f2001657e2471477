/**
 * Every AWS error text Portico sends, in one place (convention 3 of shared/design/architecture.md).
 *
 * Texts marked [recorded] are byte-for-byte what AWS returned in `shared/vectors/aws-errors.json`;
 * quirks such as `an String` and the doubled space in `Invalid patch path  '...'` are AWS's own.
 * Texts marked [guess] are Portico's choice where no recording exists (docs/decisions.md).
 */

// ---- request deserialisation (SerializationException) -------------------------------------------

/** [recorded] `class java.lang.Boolean can not be converted to an String`. */
export const cannotConvert = (javaClass: string, target: string): string =>
  `class ${javaClass} can not be converted to an ${target}`;
/** [guess] Coral's text for an object where a scalar or list is expected. */
export const structureNotExpected = (): string => 'Start of structure or map found where not expected.';
/** [guess] Coral's text for a list where a scalar or object is expected. */
export const listNotExpected = (): string => 'Start of list found where not expected.';
/** [guess] */
export const bodyNotAnObject = (): string => 'The request body must be a JSON object.';
/** [guess] AWS ignores unknown members; Portico rejects them (docs/decisions.md). */
export const unknownBodyMember = (member: string, shape: string): string =>
  `Unknown member '${member}' in ${shape}; it is not part of the API Gateway model`;
/** [guess] */
export const malformedJson = (detail: string): string => `Invalid JSON in the request body: ${detail}`;
/** [guess] */
export const bodyTooLarge = (limit: number): string => `Request body exceeds the maximum size of ${limit} bytes`;
/** [guess] */
export const invalidQueryInteger = (name: string, value: string): string =>
  `1 validation error detected: Value '${value}' at '${name}' failed to satisfy constraint: Member must be an integer`;
/** [guess] */
export const unknownOperation = (method: string, path: string): string =>
  `No API Gateway operation matches ${method} ${path}`;
/** [guess] */
export const badPathEncoding = (): string => 'The request path is not correctly percent-encoded';
/** [guess] An operation of the model that Portico does not implement yet. */
export const notImplemented = (operation: string): string => `Portico does not implement ${operation} yet`;
/** [guess] */
export const internalFailure = (): string => 'Internal server error';

// ---- model constraints (ValidationException) ----------------------------------------------------

export type ConstraintViolation = { value: unknown; at: string; constraint: string };

/** [recorded] `N validation error(s) detected: ...; ...`, singular for one. */
export function validationErrors(violations: readonly ConstraintViolation[]): string {
  const n = violations.length;
  const parts = violations.map((v) => `Value ${javaValue(v.value)} at '${v.at}' failed to satisfy constraint: ${v.constraint}`);
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${parts.join('; ')}`;
}
/** [recorded] */
export const enumConstraint = (values: readonly string[]): string =>
  `Member must satisfy enum value set: [${values.join(', ')}]`;
/** [recorded] */
export const patternConstraint = (pattern: string): string => `Member must satisfy regular expression pattern: ${pattern}`;
/** [recorded] for lists of enums. */
export const listMemberConstraint = (inner: string): string => `Member must satisfy constraint: [${inner}]`;
/** [guess] Coral's standard text. */
export const mustNotBeNull = (): string => 'Member must not be null';

function javaValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `'[${value.map(String).join(', ')}]'`;
  return `'${String(value)}'`;
}

// ---- not found (NotFoundException) --------------------------------------------------------------

/** [recorded] */
export const invalidApiId = (account: string, restApiId: string): string =>
  `Invalid API identifier specified ${account}:${restApiId}`;
/** [recorded] */
export const invalidResourceId = (): string => 'Invalid Resource identifier specified';
/** [recorded] */
export const invalidMethodId = (): string => 'Invalid Method identifier specified';
/** [recorded] */
export const invalidIntegrationId = (): string => 'Invalid Integration identifier specified';
/** [recorded] */
export const invalidResponseStatusCode = (): string => 'Invalid Response status code specified';
/** [recorded] */
export const invalidVpcLinkId = (): string => 'Invalid Vpc Link identifier specified';
/** [guess] */
export const invalidStageId = (): string => 'Invalid Stage identifier specified';
/** [guess] */
export const invalidDeploymentId = (): string => 'Invalid Deployment identifier specified';

// ---- RestApi (BadRequestException) --------------------------------------------------------------

/** [recorded] */
export const emptyDescription = (): string => 'Description cannot be an empty string';
/** [recorded] */
export const invalidCompressionSize = (max: number): string =>
  `Invalid minimum compression size, must be between 0 and ${max}`;
/** [recorded] */
export const endpointTypesBothDisabled = (): string => 'REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.';
/** [recorded] */
export const multipleEndpointTypes = (): string => 'Cannot create an api with multiple Endpoint Types.';
/** [recorded] */
export const privateApiNeedsDualstack = (): string => 'Only dualstack ipAddressType is supported for Private APIs.';

// ---- Resource ------------------------------------------------------------------------------------

/** [recorded] ConflictException */
export const duplicateSibling = (pathPart: string): string =>
  `Another resource with the same parent already has this name: ${pathPart}`;
/** [recorded] */
export const siblingVariable = (siblingPathPart: string): string =>
  `A sibling (${siblingPathPart}) of this resource already has a variable path part -- only one is allowed`;
/** [recorded] */
export const childOfGreedy = (parentPathPart: string): string =>
  `Cannot create a child of a resource with a greedy path variable: ${parentPathPart}`;
/** [docs] */
export const invalidPathPart = (): string =>
  "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.";
/** [guess] */
export const cannotDeleteRoot = (): string => 'Cannot delete the root resource';

// ---- VpcLink -------------------------------------------------------------------------------------

/** [recorded] */
export const emptyName = (): string => 'Name cannot be empty';
/** [recorded] */
export const malformedArn = (arn: string): string => `Invalid ARN. ARN is not well formed ${arn}`;
