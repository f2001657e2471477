/**
 * Python's recursion limit (1000 frames) as the AWS CLI meets it. Each port counts the Python
 * frames its reference would use and fails where the reference fails, measured on /usr/bin/aws
 * 2.9.19 against a stub endpoint: a 490-deep value prints as text and 491 does not, a table stops
 * at 488 nested dicts, YAML at 324 nested lists or dicts. The reference's wording varies with the
 * call that crosses the limit (`... while calling a Python object`, `... in __instancecheck__`);
 * we always print the plain `maximum recursion depth exceeded`.
 */
import { PyError } from './errors.js';

export class FrameBudget {
  private frames = 0;
  constructor(private readonly available: number) {}

  /** Fail if `extra` more frames (a leaf call chain) would pass the limit. */
  check(extra: number): void {
    if (this.frames + extra > this.available) throw new PyError('RecursionError', 'maximum recursion depth exceeded');
  }

  /** Run `body` `cost` frames deeper. */
  nested<T>(cost: number, body: () => T): T {
    this.check(cost);
    this.frames += cost;
    try {
      return body();
    } finally {
      this.frames -= cost;
    }
  }
}

/** Frames left when a formatter starts (text and table, measured). */
export const FORMATTER_FRAMES = 982;
/** Frames left when ruamel.yaml's representer starts (measured: 3 per level, 3 for a value, 4 for a key). */
export const YAML_REPRESENT_FRAMES = 976;
