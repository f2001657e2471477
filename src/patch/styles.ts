/**
 * The ways API Gateway reports a bad patch path or op [recorded]:
 *
 * - The method subtree (Method, MethodResponse, and by analogy Integration, IntegrationResponse):
 *   an unknown path is `Invalid patch path /x`; a known path with an op it does not take is
 *   `Invalid patch operation specified. Must be one of: [replace]`, listing the ops the path takes.
 * - GatewayResponse: `Invalid patch path /x` for both, even for a known path (`add /statusCode`)
 *   [recorded: test_update_gateway_response].
 * - Most other kinds (Resource, Model, RequestValidator, DocumentationPart, ApiKey): `Invalid patch
 *   path  '/x' specified for op 'replace'. Must be one of: [/parentId, /pathPart]` (two spaces),
 *   listing the paths that take the op, or `... Please choose supported operations` when none does.
 */
import { BadRequestException } from '../errors/aws-error.js';
import * as msg from '../errors/messages.js';
import { PATCH_OPS, type ErrorStyle, type FailedOperation, type PatchOp, type Rule } from './engine.js';

const opsOf = (rule: Rule<unknown>): PatchOp[] => PATCH_OPS.filter((op) => rule.ops[op]);

export const methodStyle: ErrorStyle = {
  missingPath: () => new BadRequestException(msg.invalidPatchPath('null')),
  unknownPath: ({ path }) => new BadRequestException(msg.invalidPatchPath(path)),
  unsupportedOp: (_operation, _valid, rule) => new BadRequestException(msg.invalidPatchOperation(opsOf(rule))),
};

const listed = ({ path, op }: FailedOperation, valid: readonly string[]): BadRequestException =>
  new BadRequestException(valid.length > 0 ? msg.invalidPatchPathForOp(path, op, valid) : msg.unsupportedPatchPathForOp(path, op));

export const resourceStyle: ErrorStyle = {
  missingPath: (op) => new BadRequestException(msg.unsupportedPatchPathForOp('null', op)),
  unknownPath: listed,
  unsupportedOp: listed,
};

/**
 * UpdateStage answers by op, whatever the path [recorded]: a bad replace lists every method setting
 * path (`Invalid method setting path: ...`), a bad remove says there is no such method setting,
 * add and copy have their own texts, and anything under `/accessLogSettings` has its own list.
 */
function stageError({ op, path, from }: FailedOperation): BadRequestException {
  const accessLog = path === '/accessLogSettings' || path.startsWith('/accessLogSettings/');
  switch (op) {
    case 'replace':
      return new BadRequestException(accessLog ? msg.invalidAccessLogSettingsPath() : msg.invalidMethodSettingPath(path));
    case 'add':
      return new BadRequestException(accessLog ? msg.invalidAccessLogSettingsPath() : msg.invalidOperationWithPath('add', path));
    case 'remove':
      return new BadRequestException(msg.cannotRemoveMethodSetting(path.replace(/^\//, '')));
    case 'copy':
      return new BadRequestException(msg.invalidCopyOperation(path, String(from)));
    case 'move':
    case 'test':
      return new BadRequestException(msg.invalidOperationWithPath(op, path));
  }
}

/** `Invalid patch path {path}` whether the path is unknown or only the op is wrong [recorded]. */
export const gatewayResponseStyle: ErrorStyle = {
  missingPath: () => new BadRequestException(msg.invalidPatchPath('null')),
  unknownPath: ({ path }) => new BadRequestException(msg.invalidPatchPath(path)),
  unsupportedOp: ({ path }) => new BadRequestException(msg.invalidPatchPath(path)),
};

export const stageStyle: ErrorStyle = {
  missingPath: (op) => stageError({ op, path: 'null' }),
  unknownPath: (operation) => stageError(operation),
  unsupportedOp: (operation) => stageError(operation),
};
