// Levenshtein distance with an early exit: fuzzy matching only ever asks "within k edits?".

/** Edit distance of a and b, or k + 1 as soon as it must exceed k. */
export function editDistanceWithin(a: string, b: string, k: number): number {
  if (Math.abs(a.length - b.length) > k) return k + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > k) return k + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Edits a misspelling may be away from its name, by length (`Borell`/`Borrell` is one). */
export function allowedEdits(length: number): number {
  return length >= 10 ? 2 : length >= 5 ? 1 : 0;
}
