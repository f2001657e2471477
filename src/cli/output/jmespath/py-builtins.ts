/**
 * The Python built-ins jmespath's functions lean on, with their exact behaviour: `sum` (int stays
 * exact, mixing in a float converts with `float(int)`, which overflows past 1.8e308), `float(int)`,
 * `math.ceil`/`math.floor` (return ints; NaN and infinities raise) and `dict.update` (a dict, or an
 * iterable of two-item sequences). `sorted` lives in py/sort.ts.
 */
import { PyError } from '../py/errors.js';
import { pyTypeName, type PyDict, type PyValue } from '../value.js';

/** `float(x)` for an int or float. */
export function pyToFloat(x: bigint | number): number {
  if (typeof x === 'number') return x;
  const f = Number(x);
  if (!Number.isFinite(f)) throw new PyError('OverflowError', 'int too large to convert to float');
  return f;
}

/** `a + b` for numbers (what `sum` does step by step). */
export function pyAdd(a: PyValue, b: PyValue): bigint | number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
  return pyToFloat(a as bigint | number) + pyToFloat(b as bigint | number);
}

/** `math.ceil` / `math.floor`. */
export function pyCeilFloor(x: bigint | number, round: (n: number) => number): bigint {
  if (typeof x === 'bigint') return x;
  if (Number.isNaN(x)) throw new PyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(round(x));
}

/** What iterating a value yields in Python (list items, dict keys, str characters). */
function pyIter(v: PyValue): PyValue[] | null {
  if (Array.isArray(v)) return v;
  if (v instanceof Map) return [...v.keys()];
  if (typeof v === 'string') return [...v];
  return null;
}

/** `dict.update(other)`. */
export function pyUpdate(target: PyDict, other: PyValue): void {
  if (other instanceof Map) {
    for (const [k, v] of other) target.set(k, v);
    return;
  }
  const items = pyIter(other);
  if (items === null) throw new PyError('TypeError', `'${pyTypeName(other)}' object is not iterable`);
  items.forEach((item, i) => {
    const seq = pyIter(item);
    if (seq === null) throw new PyError('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
    if (seq.length !== 2) {
      throw new PyError('ValueError', `dictionary update sequence element #${i} has length ${seq.length}; 2 is required`);
    }
    const [k, v] = seq as [PyValue, PyValue];
    if (Array.isArray(k) || k instanceof Map) throw new PyError('TypeError', `unhashable type: '${pyTypeName(k)}'`);
    if (typeof k !== 'string') throw new PyError('TypeError', `unsupported by Portico: a non-string key (${pyTypeName(k)}) in merge()`);
    target.set(k, v);
  });
}
