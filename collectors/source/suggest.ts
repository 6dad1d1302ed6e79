/** Levenshtein distance; inputs are config key names, a few characters long. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** " Did you mean 'x'?" when a known name is a likely typo of `name`, else "". */
export function suggestion(name: string, known: readonly string[]): string {
  const tolerance = Math.max(2, Math.floor(name.length / 3));
  const ranked = known
    .map((k) => ({ k, d: distance(name.toLowerCase(), k.toLowerCase()) }))
    .filter((c) => c.d <= tolerance)
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1));
  return ranked[0] ? ` Did you mean '${ranked[0].k}'?` : '';
}
