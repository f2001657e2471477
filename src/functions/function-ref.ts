/**
 * The function an integration names, in any form Lambda's Invoke accepts as `FunctionName`: a
 * name (`my-fn`, `my-fn:live`), a function ARN (`arn:aws:lambda:us-east-1:123456789012:function:my-fn`,
 * optionally `:alias` or `:version`) or a partial ARN (`123456789012:function:my-fn`). Local
 * functions are looked up by name: qualifiers, regions and accounts are accepted and ignored.
 */

export type FunctionRef = {
  readonly name: string;
  readonly qualifier?: string;
  readonly region?: string;
  readonly account?: string;
  /** The ARN as given (full ARNs only): what `context.invokedFunctionArn` reports. */
  readonly arn?: string;
};

export type FunctionRefResult = ({ readonly ok: true } & FunctionRef) | { readonly ok: false; readonly message: string };

// Partition, region and account are looser than Lambda's pattern: integration URIs written for
// tests use short account ids, and nothing here depends on them.
const REF = /^(?:arn:(aws[a-zA-Z-]*):lambda:([a-z0-9-]+):(\d+):function:|(\d+):function:)?([a-zA-Z0-9_-]{1,64})(?::(\$LATEST|[a-zA-Z0-9_-]{1,128}))?$/;

/** Lambda's pattern for `FunctionName`, as its ValidationException quotes it. */
const LAMBDA_PATTERN = '(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?';

export function parseFunctionRef(ref: string): FunctionRefResult {
  const m = REF.exec(ref);
  if (!m) {
    return {
      ok: false,
      message: `1 validation error detected: Value '${ref}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${LAMBDA_PATTERN}`,
    };
  }
  const [, partition, region, arnAccount, partialAccount, name, qualifier] = m;
  const account = arnAccount ?? partialAccount;
  return {
    ok: true,
    name: name!,
    ...(qualifier !== undefined && { qualifier }),
    ...(region !== undefined && { region }),
    ...(account !== undefined && { account }),
    ...(partition !== undefined && { arn: ref }),
  };
}

/** The ARN Lambda reports as `invokedFunctionArn`: the one used to invoke, qualifier included. */
export function invokedArn(ref: FunctionRef, region: string, account: string): string {
  if (ref.arn) return ref.arn;
  return `arn:aws:lambda:${ref.region ?? region}:${ref.account ?? account}:function:${ref.name}${ref.qualifier ? `:${ref.qualifier}` : ''}`;
}
