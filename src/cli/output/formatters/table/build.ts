/**
 * A port of awscli/formatter.py's TableFormatter (AWS CLI v2, Apache-2.0): how a response becomes
 * table sections. The title is the operation name; a falsy result prints nothing. A dict: its
 * scalar keys sorted, one key as a `key | value` row, several as a header row and a value row;
 * each list/dict value becomes a sub-section titled with its key, one level deeper. A list of
 * dicts: the sorted union of scalar keys as headers, one row per element; with nested values each
 * element after the first opens a new section with the same title. Other lists: a scalar is a
 * one-cell row, a list (or dict: its keys) of scalars a row. Python's own failures on shapes it
 * cannot tabulate are reproduced (`Row should have 2 elements, instead it has 1`,
 * `string indices must be integers, not 'str'`), and then nothing is printed.
 */
import { PyError } from '../../py/errors.js';
import { FORMATTER_FRAMES, FrameBudget } from '../../py/recursion.js';
import { pyEquals } from '../../py/ops.js';
import { pySorted } from '../../py/sort.js';
import { isScalar, pyTruthy, pyTypeName, type PyValue } from '../../value.js';
import type { MultiTable } from './multi-table.js';

/** `for element in value` in Python. */
function pyIter(v: PyValue): PyValue[] {
  if (Array.isArray(v)) return v;
  if (v instanceof Map) return [...v.keys()];
  if (typeof v === 'string') return [...v];
  throw new PyError('TypeError', `'${pyTypeName(v)}' object is not iterable`);
}

/** `container[key]` in Python, for keys obtained by iterating the container. */
function pyGetItem(container: PyValue, key: PyValue): PyValue {
  if (container instanceof Map) return container.get(key as string)!;
  if (typeof container === 'string') throw new PyError('TypeError', `string indices must be integers, not '${pyTypeName(key)}'`);
  const list = container as PyValue[];
  if (typeof key !== 'bigint' && typeof key !== 'boolean') {
    throw new PyError('TypeError', `list indices must be integers or slices, not ${pyTypeName(key)}`);
  }
  const i = typeof key === 'boolean' ? (key ? 1n : 0n) : key;
  if (i >= 2n ** 63n || i < -(2n ** 63n)) throw new PyError('IndexError', "cannot fit 'int' into an index-sized integer");
  const j = i < 0n ? i + BigInt(list.length) : i;
  if (j < 0n || j >= BigInt(list.length)) throw new PyError('IndexError', 'list index out of range');
  return list[Number(j)]!;
}

/** `key in container` (only dicts, `''` and `[]` get this far without failing earlier). */
function pyContains(container: PyValue, key: PyValue): boolean {
  if (container instanceof Map) return typeof key === 'string' && container.has(key);
  if (typeof container === 'string') {
    if (typeof key !== 'string') throw new PyError('TypeError', `'in <string>' requires string as left operand, not ${pyTypeName(key)}`);
    return container.includes(key);
  }
  return Array.isArray(container) && container.some((x) => pyEquals(x, key));
}

/** `value.get(key, '')`: only dicts have it. */
function pyGet(v: PyValue, key: PyValue): PyValue {
  if (!(v instanceof Map)) throw new PyError('AttributeError', `'${pyTypeName(v)}' object has no attribute 'get'`);
  return typeof key === 'string' && v.has(key) ? v.get(key)! : '';
}

/** `list.sort()`; a mixed list raises Python's TypeError. */
const sortPy = (xs: PyValue[]): PyValue[] => pySorted(xs, (x) => x);

/** `add_row` -> `Section.add_row` -> `_update_max_widths` -> list comprehension -> `get_text_length` -> genexpr. */
const ADD_ROW_FRAMES = 6;

export class TableBuilder {
  private readonly budget = new FrameBudget(FORMATTER_FRAMES);
  constructor(private readonly table: MultiTable) {}

  private addRow(row: readonly PyValue[]): void {
    this.budget.check(ADD_ROW_FRAMES);
    this.table.addRow(row);
  }

  private addRowHeader(headers: PyValue[]): void {
    this.budget.check(ADD_ROW_FRAMES);
    this.table.addRowHeader(headers as string[]);
  }

  /** `_build_table`: false when the value is falsy (nothing printed). */
  build(title: string | null, current: PyValue, indentLevel = 0): boolean {
    return this.budget.nested(1, () => this.buildTable(title, current, indentLevel));
  }

  private buildTable(title: string | null, current: PyValue, indentLevel: number): boolean {
    if (!pyTruthy(current)) return false;
    if (title !== null) this.table.newSection(title, indentLevel);
    if (Array.isArray(current)) {
      if (current[0] instanceof Map) this.subTableFromList(current, indentLevel, title);
      else {
        for (const item of current) {
          if (isScalar(item)) this.addRow([item]);
          else if (pyIter(item).every(isScalar)) this.addRow(pyIter(item));
          else this.build(null, item);
        }
      }
    }
    if (current instanceof Map) this.subTableFromDict(current, indentLevel);
    return true;
  }

  /** `_build_sub_table_from_dict`. */
  private subTableFromDict(current: PyValue, indentLevel: number): void {
    this.budget.nested(1, () => {
      this.budget.check(2); // _group_scalar_keys -> _scalar_type
      const [headers, more] = groupScalarKeys(current);
      if (headers.length === 1) this.addRow([headers[0]!, pyGetItem(current, headers[0]!)]);
      else if (headers.length) {
        this.addRowHeader(headers);
        this.addRow(headers.map((k) => pyGetItem(current, k)));
      }
      for (const remaining of more) this.build(remaining as string, pyGetItem(current, remaining), indentLevel + 1);
    });
  }

  /** `_build_sub_table_from_list`. */
  private subTableFromList(current: PyValue[], indentLevel: number, title: string | null): void {
    this.budget.nested(1, () => this.subTableFromListBody(current, indentLevel, title));
  }

  private subTableFromListBody(current: PyValue[], indentLevel: number, title: string | null): void {
    this.budget.check(3); // _group_scalar_keys_from_list -> _group_scalar_keys -> _scalar_type
    const headerSet = new Set<PyValue>();
    const moreSet = new Set<PyValue>();
    for (const item of current) {
      const [h, m] = groupScalarKeys(item);
      for (const x of h) headerSet.add(x);
      for (const x of m) moreSet.add(x);
    }
    const headers = sortPy([...headerSet]);
    const more = sortPy([...moreSet]);
    this.addRowHeader(headers);
    current.forEach((element, i) => {
      if (i > 0 && more.length) {
        this.table.newSection(title, indentLevel);
        this.addRowHeader(headers);
      }
      this.addRow(headers.map((h) => pyGet(element, h)));
      for (const remaining of more) {
        if (pyContains(element, remaining)) this.build(remaining as string, pyGetItem(element, remaining), indentLevel + 1);
      }
    });
  }
}

/** `_group_scalar_keys`: keys (or whatever iterating yields) split by scalar/non-scalar value, sorted. */
function groupScalarKeys(current: PyValue): [PyValue[], PyValue[]] {
  const headers: PyValue[] = [];
  const more: PyValue[] = [];
  for (const element of pyIter(current)) {
    if (isScalar(pyGetItem(current, element))) headers.push(element);
    else more.push(element);
  }
  return [sortPy(headers), sortPy(more)];
}
