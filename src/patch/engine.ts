/**
 * The patch-operation engine behind every Update* operation.
 *
 * API Gateway changes resources with JSON-patch-like operations `{op, path, value, from}` whose
 * values are always strings (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
 * What each resource accepts is data — one rule table per resource kind (`rules/<kind>.rules.ts`):
 * a path template such as `/requestTemplates/{content_type}`, matched segment by segment (never by
 * substring), and for each op it supports, how to apply it. An unknown path or an op a path does
 * not support is always an error, reported in the style the kind uses on AWS (`ErrorStyle`), with
 * the lists of valid paths generated from the table.
 *
 * Application is all or nothing: operations run in order on a copy, and the copy is returned only
 * if every one succeeds; the caller stores it in the same transaction.
 */
import type { AwsError } from '../errors/aws-error.js';
import { parsePointer, type Pointer } from './pointer.js';

export const PATCH_OPS = ['add', 'remove', 'replace', 'move', 'copy', 'test'] as const;
export type PatchOp = (typeof PATCH_OPS)[number];

export type PatchOperation = { op?: string; path?: string; value?: string; from?: string };

/** What an apply function sees: the draft it may change, the path parameters, the value. */
export type PatchContext<D> = {
  readonly draft: D;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string | undefined;
  readonly from: string | undefined;
  readonly op: PatchOp;
  readonly pointer: Pointer;
};

export type Apply<D> = (ctx: PatchContext<D>) => void;

export type Rule<D> = {
  /**
   * AWS's template, e.g. `/requestTemplates/{content_type}`; also what error messages list. A
   * parameter `{name+}` takes one or more segments, joined with `/` as sent (undecoded).
   */
  readonly path: string;
  readonly ops: Readonly<Partial<Record<PatchOp, Apply<D>>>>;
  /** Left out of the "Must be one of" lists (paths AWS accepts but does not advertise). */
  readonly unlisted?: boolean;
  /** A path-specific answer to an op the path does not take (AWS has a few). */
  readonly onUnsupported?: (op: PatchOp) => AwsError;
};

/** The operation being reported, with its op known to be in the enum. */
export type FailedOperation = { op: PatchOp; path: string; value?: string; from?: string };

/** How a resource kind reports a bad path or op; messages come from errors/messages.ts. */
export type ErrorStyle = {
  /** `path` is missing from the operation. */
  missingPath(op: PatchOp): AwsError;
  /** No rule has this path. `valid` lists the paths that support the op, in table order. */
  unknownPath(operation: FailedOperation, valid: readonly string[]): AwsError;
  /** A rule has this path but does not support the op. */
  unsupportedOp(operation: FailedOperation, valid: readonly string[], rule: Rule<unknown>): AwsError;
};

export type RuleTable<D> = {
  readonly kind: string;
  readonly rules: readonly Rule<D>[];
  readonly errors: ErrorStyle;
};

type Segment = { literal: string } | { param: string; rest: boolean };
type Compiled<D> = { rule: Rule<D>; segments: Segment[]; literals: number };

const compiledTables = new WeakMap<RuleTable<never>, Compiled<never>[]>();

function compile<D>(table: RuleTable<D>): Compiled<D>[] {
  const cached = compiledTables.get(table as RuleTable<never>);
  if (cached) return cached as unknown as Compiled<D>[];
  const compiled = table.rules.map((rule) => {
    const segments = parsePointer(rule.path).segments.map((s): Segment => {
      const m = /^\{(.+?)(\+?)\}$/.exec(s);
      return m ? { param: m[1]!, rest: m[2] === '+' } : { literal: s };
    });
    return { rule, segments, literals: segments.filter((s) => 'literal' in s).length };
  });
  // Most literal segments first: `/*/*/logging/loglevel` beats `/{resource_path}/{http_method}/...`.
  compiled.sort((a, b) => b.literals - a.literals);
  compiledTables.set(table as RuleTable<never>, compiled as unknown as Compiled<never>[]);
  return compiled;
}

/** The rule whose template matches the pointer, with the values of its parameters. */
export function matchRule<D>(table: RuleTable<D>, pointer: Pointer): { rule: Rule<D>; params: Record<string, string> } | undefined {
  for (const c of compile(table)) {
    const params = matchSegments(c.segments, pointer);
    if (params) return { rule: c.rule, params };
  }
  return undefined;
}

/** Segment-by-segment match; a `{name+}` parameter (at most one per template) takes the slack. */
function matchSegments(template: readonly Segment[], pointer: Pointer): Record<string, string> | undefined {
  const restAt = template.findIndex((s) => 'param' in s && s.rest);
  const n = pointer.segments.length;
  if (restAt < 0 ? n !== template.length : n < template.length) return undefined;
  const params: Record<string, string> = {};
  const restLength = n - template.length + 1;
  for (let i = 0, j = 0; i < template.length; i++) {
    const seg = template[i]!;
    if ('literal' in seg) {
      if (seg.literal !== pointer.segments[j]) return undefined;
      j++;
    } else if (seg.rest) {
      params[seg.param] = pointer.rawSegments.slice(j, j + restLength).join('/');
      j += restLength;
    } else {
      params[seg.param] = pointer.segments[j]!;
      j++;
    }
  }
  return params;
}

/** The paths of the table that support `op`, in table order (for "Must be one of" messages). */
export function validPaths<D>(table: RuleTable<D>, op: PatchOp): string[] {
  return table.rules.filter((r) => r.ops[op] && !r.unlisted).map((r) => r.path);
}

/**
 * Applies the operations to a deep copy of `doc` and returns the copy. Ops outside the enum are
 * refused by model validation before this runs (ValidationException).
 */
export function applyPatch<D>(table: RuleTable<D>, doc: D, operations: readonly PatchOperation[]): D {
  const draft = structuredClone(doc);
  for (const operation of operations) {
    const op = operation.op as PatchOp;
    if (operation.path === undefined) throw table.errors.missingPath(op);
    const failed: FailedOperation = { op, path: operation.path, value: operation.value, from: operation.from };
    const pointer = parsePointer(operation.path);
    const matched = matchRule(table, pointer);
    if (!matched) throw table.errors.unknownPath(failed, validPaths(table, op));
    const apply = matched.rule.ops[op];
    if (!apply) {
      throw matched.rule.onUnsupported?.(op) ?? table.errors.unsupportedOp(failed, validPaths(table, op), matched.rule as Rule<unknown>);
    }
    apply({ draft, params: matched.params, value: operation.value, from: operation.from, op, pointer });
  }
  return draft;
}
