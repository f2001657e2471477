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
export const cannotDeleteRoot = (): string => 'Root resource cannot be deleted.';

// ---- VpcLink -------------------------------------------------------------------------------------

/** [recorded] */
export const emptyName = (): string => 'Name cannot be empty';
/** [recorded] */
export const malformedArn = (arn: string): string => `Invalid ARN. ARN is not well formed ${arn}`;

// ---- Method, MethodResponse ---------------------------------------------------------------------

/** [recorded] */
export const invalidHttpMethod = (): string =>
  'Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY';
/** [issue reports quoting AWS] ConflictException */
export const methodExists = (): string => 'Method already exists for this resource';
/** [issue reports quoting AWS] ConflictException */
export const responseExists = (): string => 'Response already exists for this resource';
/** [guess] */
export const invalidAuthorizationType = (value: string): string =>
  `Invalid authorization type specified: ${value}. Valid options are NONE,AWS_IAM,CUSTOM,COGNITO_USER_POOLS`;
/** [recorded] */
export const invalidAuthorizerId = (): string =>
  'Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.';
/** [recorded] (BadRequestException on PutMethod) */
export const invalidRequestValidatorId = (): string => 'Invalid Request Validator identifier specified';
/** [recorded] */
export const invalidModelId = (name: string): string => `Invalid model identifier specified: ${name}`;

// ---- mapping expressions and content types ------------------------------------------------------

const validationResult = (error: string): string => `Validation Result: warnings : [], errors : [${error}]`;
/** [recorded] */
export const invalidMappingExpression = (expression: string): string =>
  `Invalid mapping expression specified: ${validationResult(`Invalid mapping expression specified: ${expression}`)}`;
/** [issue reports quoting AWS] */
export const invalidMappingParameter = (parameter: string): string =>
  `Invalid mapping expression specified: ${validationResult(`Invalid mapping expression parameter specified: ${parameter}`)}`;
/** [issue reports quoting AWS] */
export const noMethodResponse = (): string =>
  `Invalid mapping expression specified: ${validationResult('No method response exists for method.')}`;
/** [recorded] */
export const parameterNamesNotUnique = (): string => 'Parameter names must be unique across querystring, header and path';
/** [recorded] */
export const invalidContentType = (key: string): string => validationResult(`Invalid content type specified: ${key}`);

// ---- Integration, IntegrationResponse -----------------------------------------------------------

/** [recorded] */
export const emptyIntegrationHttpMethod = (): string => 'Enumeration value for HttpMethod must be non-empty';
/** [recorded] */
export const invalidHttpEndpoint = (): string => 'Invalid HTTP endpoint specified for URI';
/** [recorded] */
export const invalidArn = (): string => 'Invalid ARN specified in the request';
/** [recorded] */
export const arnNeedsPathOrAction = (): string => 'AWS ARN for integration must contain path or action';
/** [recorded] */
export const awsProxyOnlyLambda = (): string =>
  "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.";
/** [issue reports quoting AWS] */
export const invalidTimeout = (min: number, max: number): string => `Timeout should be between ${min} ms and ${max} ms`;
/** [guess] */
export const invalidPassthroughBehavior = (value: string): string =>
  `Invalid passthrough behavior specified: ${value}. Valid options are WHEN_NO_MATCH,WHEN_NO_TEMPLATES,NEVER`;
/** [guess] */
export const vpcLinkNeedsHttp = (): string => 'Integrations of connection type VPC_LINK must be of type HTTP or HTTP_PROXY';
/** [guess] */
export const vpcLinkNeedsConnectionId = (): string => 'ConnectionId is required when connectionType is VPC_LINK';

// ---- Deployment, Stage ---------------------------------------------------------------------------

/** [issue reports quoting AWS] */
export const noMethods = (): string => "The REST API doesn't contain any methods";
/** [issue reports quoting AWS] */
export const noIntegration = (): string => 'No integration defined for method';
/** [recorded] */
export const activeStages = (): string => 'Active stages pointing to this deployment must be moved or deleted';
/** [recorded] `Provided value is null` / `Provided value is ` (trailing space). */
export const canaryNeedsStageName = (provided: string): string =>
  `Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is ${provided}`;
/** [recorded] */
export const canaryNeedsExistingStage = (stageName: string): string =>
  `Invalid deployment content specified.Stage ${stageName} must already be created before making a canary release deployment`;
/** [recorded] BadRequestException */
export const deploymentDoesNotExist = (): string => 'Deployment id does not exist';
/** [issue reports quoting AWS] */
export const emptyDeploymentId = (): string => 'DeploymentId cannot be empty';
/** [moto; unverified] ConflictException */
export const stageExists = (): string => 'Stage already exists';
/** [guess] */
export const invalidStageName = (): string => 'Stage name only allows a-zA-Z0-9_- and must be at most 128 characters long';
/** [issue reports quoting AWS] (lower-case "stage") */
export const invalidStageId = (): string => 'Invalid stage identifier specified';
/** [moto] */
export const invalidDeploymentId = (): string => 'Invalid Deployment identifier specified';
