/**
 * Errors as API Gateway sends them. Every error the control plane returns is one of these classes,
 * named exactly as AWS names the error type: the name goes into the `x-amzn-ErrorType` header, the
 * status into the HTTP status line and the message into the JSON body `{"message": ...}`.
 * (https://docs.aws.amazon.com/apigateway/latest/api/CommonErrors.html)
 *
 * The texts themselves are built in `messages.ts`, never inline.
 */

export type ErrorFault = 'client' | 'server';

export abstract class AwsError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  readonly fault: ErrorFault = 'client';
  /** Extra response headers (for example `Retry-After` on throttling). */
  readonly headers: Readonly<Record<string, string>> = {};

  constructor(message: string) {
    super(message);
  }
}

export class BadRequestException extends AwsError {
  readonly code = 'BadRequestException';
  readonly status = 400;
}
export class NotFoundException extends AwsError {
  readonly code = 'NotFoundException';
  readonly status = 404;
}
export class ConflictException extends AwsError {
  readonly code = 'ConflictException';
  readonly status = 409;
}
export class LimitExceededException extends AwsError {
  readonly code = 'LimitExceededException';
  readonly status = 429;
}
export class TooManyRequestsException extends AwsError {
  readonly code = 'TooManyRequestsException';
  readonly status = 429;
}
export class UnauthorizedException extends AwsError {
  readonly code = 'UnauthorizedException';
  readonly status = 401;
}
export class ServiceUnavailableException extends AwsError {
  readonly code = 'ServiceUnavailableException';
  readonly status = 503;
  override readonly fault = 'server';
}
/** Request validation against the model's constraints (enums, patterns), before any lookup. */
export class ValidationException extends AwsError {
  readonly code = 'ValidationException';
  readonly status = 400;
}
/** The JSON body could not be read into the operation's input shape. */
export class SerializationException extends AwsError {
  readonly code = 'SerializationException';
  readonly status = 400;
}
/** The request body is larger than the server accepts (not an AWS error type; see docs/decisions.md). */
export class RequestEntityTooLargeException extends AwsError {
  readonly code = 'RequestEntityTooLargeException';
  readonly status = 413;
}
/** No operation matches the method and path (AWS answers such requests with this type). */
export class UnknownOperationException extends AwsError {
  readonly code = 'UnknownOperationException';
  readonly status = 404;
}
/** A defect in Portico; the message is generic, the cause is logged. */
export class InternalFailure extends AwsError {
  readonly code = 'InternalFailure';
  readonly status = 500;
  override readonly fault = 'server';
}
/** An operation of the model that Portico does not implement yet (not an AWS error type). */
export class NotImplementedException extends AwsError {
  readonly code = 'NotImplementedException';
  readonly status = 501;
}
