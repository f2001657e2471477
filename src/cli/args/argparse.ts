/**
 * The part of Python's `argparse` (3.11) that the AWS CLI relies on, ported so that command lines
 * are split exactly as the reference splits them: `parse_known_args` with options anywhere,
 * unique-prefix abbreviations (`--rest` for `--rest-api-id`), `--opt=value`, nargs `?`/`*`/`+`,
 * store_true/store_false sharing a destination (the last one wins), positional choices, and the
 * reference's messages (`argument --x: expected one argument`, `ambiguous option: ...`,
 * `the following arguments are required: ...`). The CLI's own `CLIArgParser._check_value`
 * (choices listed in two columns plus close matches) replaces argparse's.
 *
 * Grammar of an argument list, as argparse classifies it:
 *   args    = *( option / "--" *A / A )
 *   option  = "-" ... ; a known option, a unique prefix of one, "--name=value", or an unknown 'O'
 *   A       = anything else (including negative numbers and words with spaces)
 * Each option then consumes the A's its nargs pattern allows (None: A, "?": A?, "*": A*, "+": A+).
 */
import { ArgParseError } from '../errors.js';
import { strRepr } from '../output/py/repr.js';
import { getCloseMatches } from './difflib.js';

export type Nargs = '?' | '*' | '+' | undefined;
export type Value = string | boolean | bigint | number | null | readonly (string | bigint | number)[];

export type TypeFunc = { readonly name: string; readonly convert: (s: string) => string | bigint | number };

export type ActionSpec = {
  readonly optionStrings: readonly string[];
  readonly dest: string;
  readonly kind?: 'store' | 'store_true' | 'store_false' | 'version';
  readonly nargs?: Nargs;
  readonly default?: Value;
  readonly const?: Value;
  readonly required?: boolean;
  readonly choices?: readonly string[] | (() => readonly string[]);
  readonly type?: TypeFunc;
};

export type Namespace = Map<string, Value>;

export class VersionRequested extends Error {}

class ArgumentError extends Error {
  constructor(action: ActionSpec, message: string) {
    super(`argument ${actionName(action)}: ${message}`);
  }
}

function actionName(action: ActionSpec): string {
  return action.optionStrings.length > 0 ? action.optionStrings.join('/') : action.dest;
}

function choicesOf(action: ActionSpec): readonly string[] | undefined {
  return typeof action.choices === 'function' ? action.choices() : action.choices;
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

type OptionTuple = readonly [ActionSpec | null, string, string | null];

export class ArgumentParser {
  private readonly actions: ActionSpec[] = [];
  private readonly optionActions = new Map<string, ActionSpec>();

  add(action: ActionSpec): void {
    // conflict_handler='resolve': a later option string replaces an earlier one.
    for (const s of action.optionStrings) {
      const old = this.optionActions.get(s);
      if (old) {
        const remaining = old.optionStrings.filter((o) => o !== s && this.optionActions.get(o) === old);
        if (remaining.length === 0) this.actions.splice(this.actions.indexOf(old), 1);
      }
      this.optionActions.set(s, action);
    }
    this.actions.push(action);
  }

  parseKnownArgs(args: readonly string[]): { namespace: Namespace; extras: string[] } {
    const namespace: Namespace = new Map();
    for (const a of this.actions) if (!namespace.has(a.dest)) namespace.set(a.dest, a.default ?? null);
    try {
      return this.parse([...args], namespace);
    } catch (e) {
      if (e instanceof ArgumentError) throw new ArgParseError(e.message);
      throw e;
    }
  }

  private parse(argStrings: string[], namespace: Namespace): { namespace: Namespace; extras: string[] } {
    const optionIndices = new Map<number, OptionTuple>();
    let pattern = '';
    for (let i = 0; i < argStrings.length; i++) {
      const s = argStrings[i]!;
      if (s === '--') {
        pattern += '-';
        for (i++; i < argStrings.length; i++) pattern += 'A';
        break;
      }
      const t = this.parseOptional(s);
      if (t === null) pattern += 'A';
      else {
        optionIndices.set(i, t);
        pattern += 'O';
      }
    }

    const seen = new Set<ActionSpec>();
    const extras: string[] = [];
    const takeAction = (action: ActionSpec, values: string[]): void => {
      seen.add(action);
      const v = this.getValues(action, values);
      namespace.set(action.dest, v);
      if (action.kind === 'version') throw new VersionRequested();
    };

    const consumeOptional = (startIndex: number): number => {
      const [action, optionString, explicitArg] = optionIndices.get(startIndex)!;
      if (action === null) {
        extras.push(argStrings[startIndex]!);
        return startIndex + 1;
      }
      if (explicitArg !== null) {
        const count = this.matchArgument(action, 'A');
        if (count === 1) {
          takeAction(action, [explicitArg]);
          return startIndex + 1;
        }
        if (count === 0 && optionString[1] !== '-' && explicitArg !== '') {
          throw new ArgumentError(action, `ignored explicit argument ${strRepr(explicitArg)}`);
        }
        throw new ArgumentError(action, `ignored explicit argument ${strRepr(explicitArg)}`);
      }
      const start = startIndex + 1;
      const count = this.matchArgument(action, pattern.slice(start));
      takeAction(action, argStrings.slice(start, start + count));
      return start + count;
    };

    const positionals = this.actions.filter((a) => a.optionStrings.length === 0);
    const consumePositionals = (startIndex: number): number => {
      const counts = this.matchArgumentsPartial(positionals, pattern.slice(startIndex));
      let idx = startIndex;
      counts.forEach((count, i) => {
        takeAction(positionals[i]!, argStrings.slice(idx, idx + count));
        idx += count;
      });
      positionals.splice(0, counts.length);
      return idx;
    };

    let startIndex = 0;
    const indices = [...optionIndices.keys()];
    const maxOptionIndex = indices.length ? Math.max(...indices) : -1;
    while (startIndex <= maxOptionIndex) {
      const nextOptionIndex = Math.min(...indices.filter((i) => i >= startIndex));
      if (startIndex !== nextOptionIndex) {
        const end = consumePositionals(startIndex);
        if (end > startIndex) {
          startIndex = end;
          continue;
        }
        startIndex = end;
      }
      if (!optionIndices.has(startIndex)) {
        extras.push(...argStrings.slice(startIndex, nextOptionIndex));
        startIndex = nextOptionIndex;
      }
      startIndex = consumeOptional(startIndex);
    }
    const stop = consumePositionals(startIndex);
    extras.push(...argStrings.slice(stop));

    const required = this.actions.filter((a) => !seen.has(a) && a.required).map(actionName);
    if (required.length) throw new ArgParseError(`the following arguments are required: ${required.join(', ')}`);
    return { namespace, extras };
  }

  private parseOptional(s: string): OptionTuple | null {
    if (!s || s[0] !== '-') return null;
    const direct = this.optionActions.get(s);
    if (direct) return [direct, s, null];
    if (s.length === 1) return null;
    const eq = s.indexOf('=');
    if (eq >= 0) {
      const opt = s.slice(0, eq);
      const a = this.optionActions.get(opt);
      if (a) return [a, opt, s.slice(eq + 1)];
    }
    const tuples = this.optionTuples(s);
    if (tuples.length > 1) {
      throw new ArgParseError(`ambiguous option: ${s} could match ${tuples.map((t) => t[1]).join(', ')}`);
    }
    if (tuples.length === 1) return tuples[0]!;
    if (NEGATIVE_NUMBER.test(s)) return null;
    if (s.includes(' ')) return null;
    return [null, s, null];
  }

  private optionTuples(s: string): OptionTuple[] {
    const result: OptionTuple[] = [];
    if (s[1] === '-') {
      const eq = s.indexOf('=');
      const prefix = eq >= 0 ? s.slice(0, eq) : s;
      const explicit = eq >= 0 ? s.slice(eq + 1) : null;
      for (const [opt, a] of this.optionActions) if (opt.startsWith(prefix)) result.push([a, opt, explicit]);
    } else {
      const short = s.slice(0, 2);
      for (const [opt, a] of this.optionActions) {
        if (opt === short) result.push([a, opt, s.slice(2)]);
        else if (opt.startsWith(s)) result.push([a, opt, null]);
      }
    }
    return result;
  }

  private nargsPattern(action: ActionSpec): string {
    const optional = action.optionStrings.length > 0;
    if (action.kind === 'store_true' || action.kind === 'store_false' || action.kind === 'version') return '()';
    let p: string;
    switch (action.nargs) {
      case undefined:
        p = '(-*A-*)';
        break;
      case '?':
        p = '(-*A?-*)';
        break;
      case '*':
        p = '(-*[A-]*)';
        break;
      case '+':
        p = '(-*A[A-]*)';
        break;
    }
    return optional ? p.replaceAll('-*', '').replaceAll('-', '') : p;
  }

  private matchArgument(action: ActionSpec, patternText: string): number {
    const m = new RegExp('^' + this.nargsPattern(action)).exec(patternText);
    if (!m) {
      const msg =
        action.nargs === undefined
          ? 'expected one argument'
          : action.nargs === '?'
            ? 'expected at most one argument'
            : 'expected at least one argument';
      throw new ArgumentError(action, msg);
    }
    return m[1]!.length;
  }

  private matchArgumentsPartial(actions: readonly ActionSpec[], patternText: string): number[] {
    for (let i = actions.length; i > 0; i--) {
      const re = new RegExp('^' + actions.slice(0, i).map((a) => this.nargsPattern(a)).join(''));
      const m = re.exec(patternText);
      if (m) return m.slice(1).map((g) => g.length);
    }
    return [];
  }

  private getValues(action: ActionSpec, argStrings: string[]): Value {
    if (action.kind === 'store_true') return true;
    if (action.kind === 'store_false') return false;
    if (action.kind === 'version') return null;
    const dd = argStrings.indexOf('--');
    if (dd >= 0) argStrings.splice(dd, 1);
    if (argStrings.length === 0 && action.nargs === '?') {
      const v = action.optionStrings.length ? (action.const ?? null) : (action.default ?? null);
      if (typeof v === 'string') {
        const c = this.getValue(action, v);
        this.checkValue(action, c);
        return c;
      }
      return v;
    }
    if (argStrings.length === 0 && action.nargs === '*' && action.optionStrings.length === 0) {
      return action.default ?? [];
    }
    if (argStrings.length === 1 && (action.nargs === undefined || action.nargs === '?')) {
      const v = this.getValue(action, argStrings[0]!);
      this.checkValue(action, v);
      return v;
    }
    const values = argStrings.map((s) => this.getValue(action, s));
    for (const v of values) this.checkValue(action, v);
    return values;
  }

  private getValue(action: ActionSpec, s: string): string | bigint | number {
    if (!action.type) return s;
    try {
      return action.type.convert(s);
    } catch {
      throw new ArgumentError(action, `invalid ${action.type.name} value: ${strRepr(s)}`);
    }
  }

  /** awscli's CLIArgParser._check_value. */
  private checkValue(action: ActionSpec, value: string | bigint | number): void {
    const choices = choicesOf(action);
    if (!choices || typeof value !== 'string' || choices.includes(value)) return;
    const msg: string[] = ['Invalid choice, valid choices are:\n'];
    for (let i = 0; i < choices.length; i += 2) {
      msg.push(
        choices
          .slice(i, i + 2)
          .map((c) => c.padEnd(40))
          .join(' | '),
      );
    }
    const possible = getCloseMatches(value, choices, 3, 0.8);
    if (possible.length) {
      msg.push(`\n\nInvalid choice: ${strRepr(value)}, maybe you meant:\n`);
      for (const w of possible) msg.push(`  * ${w}`);
    }
    throw new ArgumentError(action, msg.join('\n'));
  }
}
