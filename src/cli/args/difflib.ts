/**
 * Python's `difflib.get_close_matches` (SequenceMatcher ratios, no junk: the candidates the CLI
 * compares are shorter than the 200 elements where the autojunk heuristic starts), used for the
 * `maybe you meant:` list of an invalid choice. Ties in score are broken by the larger string, as
 * `heapq.nlargest` over `(score, word)` does.
 */
function matchingBlocksCount(a: string, b: string): number {
  const b2j = new Map<string, number[]>();
  for (let j = 0; j < b.length; j++) {
    const c = b[j]!;
    const l = b2j.get(c);
    if (l) l.push(j);
    else b2j.set(c, [j]);
  }
  const findLongest = (alo: number, ahi: number, blo: number, bhi: number): [number, number, number] => {
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map<number, number>();
      for (const j of b2j.get(a[i]!) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        newj2len.set(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      j2len = newj2len;
    }
    return [besti, bestj, bestsize];
  };
  let matches = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = findLongest(alo, ahi, blo, bhi);
    if (k) {
      matches += k;
      if (alo < i && blo < j) queue.push([alo, i, blo, j]);
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
    }
  }
  return matches;
}

const ratio = (matches: number, total: number): number => (total ? (2 * matches) / total : 1);

function quickRatio(a: string, b: string): number {
  const avail = new Map<string, number>();
  for (const c of b) avail.set(c, (avail.get(c) ?? 0) + 1);
  let matches = 0;
  for (const c of a) {
    const n = avail.get(c) ?? 0;
    avail.set(c, n - 1);
    if (n > 0) matches++;
  }
  return ratio(matches, a.length + b.length);
}

export function getCloseMatches(word: string, possibilities: readonly string[], n = 3, cutoff = 0.6): string[] {
  const result: [number, string][] = [];
  for (const x of possibilities) {
    // SequenceMatcher(a=x, b=word)
    const la = x.length;
    const lb = word.length;
    if (ratio(Math.min(la, lb), la + lb) < cutoff) continue;
    if (quickRatio(x, word) < cutoff) continue;
    const r = ratio(matchingBlocksCount(x, word), la + lb);
    if (r >= cutoff) result.push([r, x]);
  }
  result.sort((p, q) => (q[0] - p[0]) || (q[1] < p[1] ? -1 : q[1] > p[1] ? 1 : 0));
  return result.slice(0, n).map((p) => p[1]);
}
