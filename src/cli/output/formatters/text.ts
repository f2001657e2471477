/**
 * `--output text`: a port of awscli/text.py (AWS CLI v2, Apache-2.0). Scalars print by Python
 * `str()` (`None`, `True`, `1.0`). A dict prints its scalar values on one tab-separated line (keys
 * sorted by code point), prefixed by the parent key upper-cased, then each list/dict value under
 * its own key. A list of dicts prints one line per element with the sorted union of scalar keys
 * as columns (missing keys empty, a nested list/dict in a scalar column by `repr`), then the
 * nested values. A list of scalars prints `IDENT\tvalue` lines, or one tab-separated line at the
 * top. Python's own failures are reproduced (`'str' object has no attribute 'items'` when a list
 * mixes dicts with other values), after whatever was already printed.
 */
import { PyError } from '../py/errors.js';
import { FORMATTER_FRAMES, FrameBudget } from '../py/recursion.js';
import { cmpStrings } from '../py/ops.js';
import { pyStr } from '../py/repr.js';
import { pyUpper } from '../unicode/tables.js';
import { pyTypeName, type PyDict, type PyValue } from '../value.js';

type Write = (s: string) => void;
const isContainer = (v: PyValue): boolean => Array.isArray(v) || v instanceof Map;

/** `text.format_text(data, stream)`. */
export function formatText(data: PyValue, write: Write): void {
  new TextFormatter(write).item(data, null, null);
}

/** One `_format_*` call is one Python frame; comprehensions and generator expressions one more. */
class TextFormatter {
  private readonly budget = new FrameBudget(FORMATTER_FRAMES);
  constructor(private readonly write: Write) {}

  item(item: PyValue, identifier: string | null, scalarKeys: string[] | null): void {
    this.budget.nested(1, () => {
      if (item instanceof Map) this.dict(scalarKeys, item, identifier);
      else if (Array.isArray(item)) this.list(item, identifier);
      else this.write(pyStr(item) + '\n');
    });
  }

  private list(item: PyValue[], identifier: string | null): void {
    this.budget.nested(1, () => {
      if (item.length === 0) return;
      this.budget.check(1);
      if (item.some((el) => el instanceof Map)) {
        const allKeys = allScalarKeys(item);
        for (const element of item) this.item(element, identifier, allKeys);
      } else if (item.some((el) => Array.isArray(el))) {
        const scalars = item.filter((el) => !isContainer(el));
        const nonScalars = item.filter(isContainer);
        if (scalars.length) this.scalarList(scalars, identifier);
        for (const nonScalar of nonScalars) this.item(nonScalar, identifier, null);
      } else this.scalarList(item, identifier);
    });
  }

  private scalarList(elements: PyValue[], identifier: string | null): void {
    this.budget.check(identifier === null ? 2 : 1);
    formatScalarList(elements, identifier, this.write);
  }

  private dict(scalarKeys: string[] | null, item: PyDict, identifier: string | null): void {
    this.budget.nested(1, () => {
      this.budget.check(1);
      const [scalars, nonScalars] = partitionDict(item, scalarKeys);
      if (scalars.length) {
        if (identifier !== null) scalars.unshift(pyUpper(identifier));
        this.write(scalars.join('\t') + '\n');
      }
      for (const [newIdentifier, nonScalar] of nonScalars) this.item(nonScalar, newIdentifier, null);
    });
  }
}

function formatScalarList(elements: PyValue[], identifier: string | null, write: Write): void {
  if (identifier !== null) {
    const ident = pyUpper(identifier);
    for (const item of elements) write(`${ident}\t${pyStr(item)}\n`);
  } else write(elements.map(pyStr).join('\t') + '\n');
}

/** `_all_scalar_keys`: every element must have `.items()`. */
function allScalarKeys(listOfDicts: PyValue[]): string[] {
  const seen = new Set<string>();
  for (const d of listOfDicts) {
    if (!(d instanceof Map)) throw new PyError('AttributeError', `'${pyTypeName(d)}' object has no attribute 'items'`);
    for (const [key, value] of d) if (!isContainer(value)) seen.add(key);
  }
  return [...seen].sort(cmpStrings);
}

function partitionDict(item: PyDict, scalarKeys: string[] | null): [string[], [string, PyValue][]] {
  const scalar: string[] = [];
  const nonScalar: [string, PyValue][] = [];
  if (scalarKeys === null) {
    for (const [key, value] of [...item].sort((a, b) => cmpStrings(a[0], b[0]))) {
      if (isContainer(value)) nonScalar.push([key, value]);
      else scalar.push(pyStr(value));
    }
  } else {
    for (const key of scalarKeys) scalar.push(item.has(key) ? pyStr(item.get(key)!) : '');
    const known = new Set(scalarKeys);
    const remaining = [...item.keys()].filter((k) => !known.has(k)).sort(cmpStrings);
    for (const key of remaining) nonScalar.push([key, item.get(key)!]);
  }
  return [scalar, nonScalar];
}
