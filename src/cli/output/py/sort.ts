/**
 * CPython 3.11's `sorted(items, key=...)` / `list.sort()`: keys computed first, in order, then
 * compared with `<` only. Lists under 64 items use CPython's own steps (`count_run`, reversing a
 * strictly descending run, `binarysort`), so even inconsistent orders (NaN keys) and the first
 * failing comparison of a mixed list (`'<' not supported between instances of 'str' and 'int'`)
 * come out as in the reference; longer lists use a stable merge sort, identical for any
 * consistent order.
 */
import type { PyValue } from '../value.js';
import { pyCompare } from './ops.js';

const lt = (a: PyValue, b: PyValue): boolean => pyCompare('<', a, b);

/** `sorted(items, key=key)`. */
export function pySorted(items: readonly PyValue[], key: (x: PyValue) => PyValue): PyValue[] {
  const pairs = items.map((value) => ({ key: key(value), value }));
  if (pairs.length < 64) shortListSort(pairs);
  else mergeSort(pairs);
  return pairs.map((p) => p.value);
}

type Pair = { key: PyValue; value: PyValue };

/** CPython `listsort` for fewer than 64 items: `count_run`, reverse a descending run, `binarysort`. */
function shortListSort(a: Pair[]): void {
  const n = a.length;
  if (n < 2) return;
  let run = 2;
  if (lt(a[1]!.key, a[0]!.key)) {
    while (run < n && lt(a[run]!.key, a[run - 1]!.key)) run++;
    a.splice(0, run, ...a.slice(0, run).reverse());
  } else {
    while (run < n && !lt(a[run]!.key, a[run - 1]!.key)) run++;
  }
  for (let start = run; start < n; start++) {
    const pivot = a[start]!;
    let l = 0;
    let r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot.key, a[p]!.key)) r = p;
      else l = p + 1;
    } while (l < r);
    a.splice(start, 1);
    a.splice(l, 0, pivot);
  }
}

/** Stable merge sort with `<` (same result as timsort for any consistent order). */
function mergeSort(a: Pair[]): void {
  if (a.length < 2) return;
  const mid = a.length >> 1;
  const left = a.slice(0, mid);
  const right = a.slice(mid);
  mergeSort(left);
  mergeSort(right);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) a[k++] = lt(right[j]!.key, left[i]!.key) ? right[j++]! : left[i++]!;
  while (i < left.length) a[k++] = left[i++]!;
  while (j < right.length) a[k++] = right[j++]!;
}
