/**
 * Invoking Lambda functions, as the data plane needs it and as the function runtimes provide it
 * (`src/functions/`: local Node handlers, or the Lambda Invoke API at a configured endpoint). The
 * shape follows Lambda's Invoke API: a status, the `X-Amz-Function-Error` value, the payload.
 */

export type InvocationType = 'RequestResponse' | 'Event';

export type FunctionInvokeRequest = {
  /**
   * The function as the integration URI names it: a function ARN
   * (`arn:aws:lambda:us-east-1:123456789012:function:my-fn`, optionally with `:alias` or
   * `:version`), or a bare name (`my-fn`).
   */
  readonly functionRef: string;
  /** The event, as Lambda receives it (JSON text for API Gateway's integrations). */
  readonly payload: Buffer;
  /** `Event` answers 202 at once and runs the function in the background. */
  readonly invocationType: InvocationType;
  /** For the function's log lines and `context.awsRequestId` correlation; Lambda makes its own request id. */
  readonly traceId?: string;
  /** The caller stops waiting after this many milliseconds (API Gateway's `timeoutInMillis`). */
  readonly signal?: AbortSignal;
};

export type FunctionInvokeResult =
  | {
      readonly ok: true;
      /** 200 for RequestResponse, 202 for Event (Lambda's Invoke status). */
      readonly statusCode: number;
      /** JSON text: the handler's result, or Lambda's error document when `functionError` is set. */
      readonly payload: Buffer;
      /** `Unhandled` when the function threw, timed out or crashed (Lambda's `X-Amz-Function-Error`). */
      readonly functionError?: string;
    }
  | {
      readonly ok: false;
      /**
       * `not-configured`: no local handler and no Lambda endpoint for this function;
       * `service-error`: the Lambda endpoint refused the call (status and message from it);
       * `unreachable`: no answer from the Lambda endpoint.
       */
      readonly reason: 'not-configured' | 'service-error' | 'unreachable';
      readonly message: string;
      readonly statusCode?: number;
    };

export interface FunctionInvoker {
  invoke(request: FunctionInvokeRequest): Promise<FunctionInvokeResult>;
  /** Stops every worker; pending invocations end with an error. */
  close(): Promise<void>;
}
