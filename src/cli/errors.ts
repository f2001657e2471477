/**
 * The AWS CLI v2's errors and exit codes (`awscli/errorhandler.py`, `awscli/constants.py`):
 * 252 usage and parameter errors (nothing was sent), 253 configuration (no region, no
 * credentials), 254 an error returned by the service, 255 anything else, 130 interrupted.
 * Every handler writes `\n`, the message and `\n` to stderr, except unknown options, which
 * get the usage text first.
 */
export const PARAM_VALIDATION_ERROR_RC = 252;
export const CONFIGURATION_ERROR_RC = 253;
export const CLIENT_ERROR_RC = 254;
export const GENERAL_ERROR_RC = 255;

export const HELP_BLURB = 'To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n';
export const USAGE = `aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n${HELP_BLURB}`;

/** An error the CLI reports with a given exit code. `text` is what goes between the newlines. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly rc: number,
  ) {
    super(message);
  }
  /** What the handler writes to stderr. */
  render(): string {
    return `\n${this.message}\n`;
  }
}

/** argparse's `error()` (ArgParseException): usage, then `aws: error: MESSAGE`. */
export class ArgParseError extends CliError {
  constructor(readonly detail: string) {
    super(`usage: ${USAGE}\naws: error: ${detail}\n`, PARAM_VALIDATION_ERROR_RC);
  }
}

export class UnknownArgumentError extends CliError {
  constructor(message: string) {
    super(message, PARAM_VALIDATION_ERROR_RC);
  }
  override render(): string {
    return `\nusage: ${USAGE}\n${this.message}\n\n`;
  }
}

/** `Error parsing parameter '--x': ...` */
export class ParamError extends CliError {
  constructor(
    readonly cliName: string,
    readonly detail: string,
  ) {
    super(`Error parsing parameter '${cliName}': ${detail}`, PARAM_VALIDATION_ERROR_RC);
  }
}

/** The CLI's own ParamValidationError / ParamSyntaxError (252). */
export class ParamValidationError extends CliError {
  constructor(message: string) {
    super(message, PARAM_VALIDATION_ERROR_RC);
  }
}

export class ParamSyntaxError extends CliError {
  constructor(message: string) {
    super(message, PARAM_VALIDATION_ERROR_RC);
  }
}

/** botocore's ParamValidationError: `Parameter validation failed:\n<report>`. */
export class BotocoreParamValidationError extends CliError {
  constructor(report: string) {
    super(`Parameter validation failed:\n${report}`, PARAM_VALIDATION_ERROR_RC);
  }
}

export class ConfigurationError extends CliError {
  constructor(message: string) {
    super(message, CONFIGURATION_ERROR_RC);
  }
}

export class NoRegionError extends CliError {
  constructor() {
    super('You must specify a region. You can also configure your region by running "aws configure".', CONFIGURATION_ERROR_RC);
  }
}

export class NoCredentialsError extends CliError {
  constructor() {
    super('Unable to locate credentials. You can configure credentials by running "aws configure".', CONFIGURATION_ERROR_RC);
  }
}

/** An error response of the service (botocore's ClientError). */
export class ClientError extends CliError {
  constructor(
    readonly code: string,
    readonly operationName: string,
    readonly errorMessage: string,
    readonly retryNote = '',
  ) {
    super(`An error occurred (${code}) when calling the ${operationName} operation${retryNote}: ${errorMessage}`, CLIENT_ERROR_RC);
  }
}

/** Any other failure (Python exceptions surfacing as `\n<str(e)>\n`, exit 255). */
export class GeneralError extends CliError {
  constructor(message: string) {
    super(message, GENERAL_ERROR_RC);
  }
}

/** A Python exception surfacing from the CLI's code (`ValueError`, `TypeError`, ...): exit 255. */
export class PyException extends GeneralError {
  constructor(
    readonly pyType: 'ValueError' | 'TypeError' | 'AttributeError' | 'IndexError' | 'KeyError',
    message: string,
  ) {
    super(message);
  }
}

export class InterruptedError extends CliError {
  constructor() {
    super('', 130);
  }
  override render(): string {
    return '';
  }
}

/** Maps anything thrown to the reference's stderr text and exit code. */
export function toCliError(e: unknown): CliError {
  if (e instanceof CliError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new GeneralError(msg);
}
