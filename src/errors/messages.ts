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

// ---- patch operations ---------------------------------------------------------------------------

/** [recorded] one space; `path` missing prints as `null`. */
export const invalidPatchPath = (path: string): string => `Invalid patch path ${path}`;
/** [recorded] `Invalid patch operation specified. Must be one of: [replace]`. */
export const invalidPatchOperation = (ops: readonly string[]): string =>
  `Invalid patch operation specified. Must be one of: [${ops.join(', ')}]`;
/** [recorded] UpdateRestApi, list members. */
export const invalidPatchOperationAddRemoveReplace = (): string =>
  "Invalid patch operation specified. Must be 'add'|'remove'|'replace'";
/** [recorded] two spaces after `path`. */
export const invalidPatchPathForOp = (path: string, op: string, valid: readonly string[]): string =>
  `Invalid patch path  '${path}' specified for op '${op}'. Must be one of: [${valid.join(', ')}]`;
/** [recorded] when no path supports the op. */
export const unsupportedPatchPathForOp = (path: string, op: string): string =>
  `Invalid patch path  '${path}' specified for op '${op}'. Please choose supported operations`;
/** [recorded] NotFoundException: replace/remove of a missing parameter key. */
export const invalidParameterName = (): string => 'Invalid parameter name specified';
/** [recorded] NotFoundException: replace/remove of a missing content-type key. */
export const contentTypeNotFound = (): string => 'Content-Type specified was not found';
/** [issue report quoting AWS] */
export const invalidCacheKeyParameter = (): string => 'Invalid cache key parameter specified';
/** [guess] */
export const invalidContentHandling = (value: string): string =>
  `Invalid content handling specified: ${value}. Valid options are CONVERT_TO_BINARY,CONVERT_TO_TEXT`;
/** [guess] */
export const invalidConnectionType = (value: string): string =>
  `Invalid connection type specified: ${value}. Valid options are INTERNET,VPC_LINK`;
/** [guess] */
export const invalidResponseTransferMode = (value: string): string =>
  `Invalid response transfer mode specified: ${value}. Valid options are BUFFERED,STREAM`;
/** [guess] */
export const invalidSelectionPattern = (pattern: string): string => `Invalid selection pattern specified: ${pattern}`;

// ---- UpdateRestApi, UpdateResource --------------------------------------------------------------

/** [recorded] */
export const invalidIpAddressType = (): string => 'ipAddressType must be either ipv4 or dualstack.';
/** [recorded] */
export const invalidEndpointTypes = (): string => 'Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE';
/** [guess] */
export const invalidApiKeySource = (value: string): string =>
  `Invalid API Key Source specified: ${value}. Valid options are HEADER,AUTHORIZER`;
/** [guess] */
export const vpcEndpointIdsNeedPrivate = (): string => 'VPC endpoint ids can only be set on PRIVATE APIs';
/** [guess] */
export const emptyRestApiName = (): string => 'Name cannot be empty';
/** [recorded] */
export const rootCannotUpdate = (member: 'pathPart' | 'parentId'): string => `Root resource cannot update its ${member}.`;
/** [recorded] */
export const resourcesCyclical = (): string => 'Resources cannot be cyclical.';

// ---- UpdateStage ---------------------------------------------------------------------------------

/**
 * [recorded] AWS's list, verbatim: note the entries glued together after `throttling/burstLimit`
 * (without `, ` for `{resourcePath}/{httpMethod}`, with a single space for `*\/*`). Not generated
 * from the rule table because AWS's text is not a list of its own rules.
 */
const METHOD_SETTING_PATHS =
  '[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, /{resourcePath}/{httpMethod}/metrics/enabled, /{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel, /{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, /{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, /{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, /{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, /*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit /*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, /*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, /variables/{variable_name}, /tracingEnabled]';
/** [recorded] */
export const invalidMethodSettingPath = (path: string): string => `Invalid method setting path: ${path}. Must be one of: ${METHOD_SETTING_PATHS}`;
/** [recorded] note `one of :`. */
export const invalidAccessLogSettingsPath = (): string =>
  'Invalid accessLogSettings path. Must be one of : [/accessLogSettings/destinationArn, /accessLogSettings/format]';
/** [recorded] */
export const accessLogValueEmpty = (): string => 'Access Log value must not be empty';
/** [recorded] trailing space. */
export const cannotRemoveMethodSetting = (key: string): string =>
  `Cannot remove method setting ${key} because there is no method setting for this method `;
/** [recorded] for add; the same form for other ops [guess]. */
export const invalidOperationWithPath = (op: string, path: string): string => `Invalid ${op} operation with path: ${path}`;
/** [recorded] */
export const invalidCopyOperation = (path: string, from: string): string =>
  `Invalid copy operation with path: ${path} and from ${from}. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]`;
/** [recorded] */
export const promotionNotAvailable = (): string => 'Promotion not available. Canary does not exist.';
/** [guess] */
export const invalidStageValue = (path: string, value: string): string => `Invalid value ${value} specified for ${path}`;

// ---- Model ---------------------------------------------------------------------------------------

/** [recorded] NotFoundException (GetModel, DeleteModel, UpdateModel; also when the API is missing). */
export const invalidModelName = (name: string): string => `Invalid model name specified: ${name}`;
/** [recorded] ConflictException */
export const modelExists = (): string => 'Model name already exists for this REST API';
/** [recorded] */
export const emptyModelName = (): string => 'Model name must be non-empty';
/** [guess] */
export const modelNameNotAlphanumeric = (): string => 'Model name must be alphanumeric';
/** [recorded] also for a missing schema, and on UpdateModel. */
export const emptyModelSchema = (): string => 'Model schema must have at least 1 property or array items defined';
/** [guess] a schema that is not JSON. */
export const invalidModelSchema = (): string => validationResult('Invalid model schema specified');
/** [recorded] ConflictException; `where` is `<resource path>/<HTTP method>` (`//ANY` for the root). */
export const modelInUse = (name: string, where: string): string => `Cannot delete model '${name}', is referenced in method request: ${where}`;
/** [guess] ConflictException, by analogy with the recorded method-request text. */
export const modelInUseByResponse = (name: string, where: string): string =>
  `Cannot delete model '${name}', is referenced in method response: ${where}`;

// ---- RequestValidator ----------------------------------------------------------------------------

/** [recorded] BadRequestException: CreateRequestValidator on a missing API. */
export const invalidRestApiId = (): string => 'Invalid REST API identifier specified';
/** [recorded] NotFoundException (GetRequestValidator, DeleteRequestValidator; also when the API is missing). */
export const requestValidatorNotFound = (): string => 'Invalid Request Validator identifier specified';
/** [recorded] on UpdateRequestValidator; the same on create [guess]. */
export const blankRequestValidatorName = (): string => 'Request Validator name cannot be blank';
/** [guess] ConflictException */
export const requestValidatorInUse = (id: string, where: string): string =>
  `Cannot delete request validator '${id}', is referenced in method: ${where}`;

// ---- Authorizer ----------------------------------------------------------------------------------

/** [recorded] ConflictException: CreateAuthorizer on a missing API answers this (sic). */
export const concurrentModification = (): string => 'Unable to complete operation due to concurrent modification. Please try again later.';
/** [guess] NotFoundException */
export const invalidAuthorizerIdentifier = (): string => 'Invalid Authorizer identifier specified';
/** [guess] */
export const authorizerUriRequired = (type: string): string => `Authorizer URI must be specified for authorizers of type ${type}`;
/** [guess] */
export const providerArnsRequired = (): string => 'ProviderARNs must be specified for authorizers of type COGNITO_USER_POOLS';
/** [issue reports quoting AWS] TOKEN authorizers read a header. */
export const invalidTokenSource = (expression: string): string =>
  `Invalid token source expression: ${expression}. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'.`;
/** [guess] */
export const invalidAuthorizerTtl = (): string => 'Authorizer result TTL must be between 0 and 3600 seconds';
/** [guess] */
export const invalidAuthorizerType = (value: string): string =>
  `Invalid authorizer type specified: ${value}. Valid options are TOKEN,REQUEST,COGNITO_USER_POOLS`;
/** [guess] ConflictException */
export const authorizerInUse = (name: string, where: string): string => `Cannot delete authorizer '${name}', is referenced in method: ${where}`;

// ---- GatewayResponse -----------------------------------------------------------------------------

/** [recorded] NotFoundException: DeleteGatewayResponse of a response that was never put. */
export const gatewayResponseNotDefined = (): string => 'Gateway response type not defined on api';
/** [recorded] `member` is responseParameters or responseTemplates. */
export const nullOrEmptyValueIn = (member: string): string => `Invalid null or empty value in ${member}`;
/** [guess] */
export const invalidGatewayResponseStatus = (value: string): string => `Invalid status code specified: ${value}`;

// ---- DocumentationPart, DocumentationVersion -----------------------------------------------------

/** [recorded] NotFoundException (Get, Update, Delete; Get and Update also when the API is missing). */
export const documentationPartNotFound = (): string => 'Invalid Documentation part identifier specified';
/**
 * [issue reports quoting AWS for type API: `Documentation part already exists for the specified
 * location: type 'API'`] ConflictException; the other members are appended in the same form [guess].
 */
export const documentationPartExists = (location: Readonly<Record<string, string | undefined>>): string =>
  `Documentation part already exists for the specified location: ${Object.entries(location)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} '${v}'`)
    .join(', ')}`;
/** [guess] */
export const invalidDocumentationProperties = (): string => 'Documentation part properties must be a valid JSON object';
/** [guess] */
export const invalidDocumentationLocation = (detail: string): string => `Invalid documentation part location specified: ${detail}`;
/** [recorded] ImportDocumentationParts with a body that is neither OpenAPI nor Swagger. */
export const unableToBuildImporter = (): string => 'Unable to build importer with provided input.';
/** [guess] NotFoundException */
export const documentationVersionNotFound = (): string => 'Invalid Documentation version identifier specified';
/** [guess] ConflictException */
export const documentationVersionExists = (): string => 'Documentation version already exists';

// ---- ApiKey --------------------------------------------------------------------------------------

/** [recorded] */
export const apiKeyNameTooLong = (max: number): string => `Invalid API Key name, can be at most ${max} characters.`;
/** [recorded] */
export const apiKeyValueTooShort = (min: number): string => `API Key value should be at least ${min} characters`;
/** [recorded] */
export const apiKeyValueTooLong = (max: number): string => `API Key value exceeds maximum size of ${max} characters`;
/** [recorded] */
export const invalidApiKeyDescription = (): string => 'Invalid API Key description specified.';
/** [moto; unverified] NotFoundException */
export const invalidApiKeyId = (): string => 'Invalid API Key identifier specified';
/** [guess] ConflictException */
export const apiKeyValueExists = (): string => 'API Key value already exists';
/** [guess] */
export const invalidStageKey = (value: string): string => `Invalid stage key specified: ${value}`;

// ---- UsagePlan, UsagePlanKey ---------------------------------------------------------------------

/** [recorded] NotFoundException */
export const invalidUsagePlanId = (): string => 'Invalid Usage Plan ID specified';
/** [recorded] BadRequestException: `/apiStages` value missing or not `apiId:stage`. */
export const invalidApiStage = (): string => 'Invalid API Stage specified';
/** [recorded] NotFoundException: a stage the plan does not hold (remove) or that does not exist (add, create [guess]). */
export const apiStageNotFound = (apiId: string, stage: string, usagePlanId: string): string =>
  `Invalid API Stage {api: ${apiId}, stage: ${stage}} specified for usageplan ${usagePlanId}`;
/** [guess] */
export const invalidUsagePlanKeyType = (value: string): string => `Invalid key type specified: ${value}. Valid options are API_KEY`;
/** [guess] ConflictException */
export const usagePlanKeyExists = (): string => 'Usage Plan Key already exists for this usage plan';
/** [guess] NotFoundException */
export const invalidUsagePlanKeyId = (): string => 'Invalid Usage Plan Key identifier specified';
/** [guess] */
export const invalidQuotaPeriod = (value: string): string => `Invalid quota period specified: ${value}. Valid options are DAY,WEEK,MONTH`;
/** [guess] */
export const invalidPatchValue = (path: string, value: string): string => `Invalid value ${value} specified for ${path}`;
/** [guess] a patch value that must be JSON. */
export const invalidJsonValue = (path: string): string => `Invalid JSON value specified for ${path}`;
