/**
 * The known value nearest to a misspelling, for "did you mean …" hints; `undefined` if none is close.
 * @example closest('pusan-perimiter', ['pusan-perimeter', 'mdl-1953']) === 'pusan-perimeter'
 */
export function closest(value: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = levenshtein(value, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The message for a reference to something that does not exist, with a hint when one is close.
 * @param where the file it was looked for in, e.g. `geo/layers/places.geojson`
 * @example unknownReference('layer', 'invason', ['invasion']) === 'unknown layer "invason" — did you mean "invasion"?'
 */
export function unknownReference(
  what: string,
  value: string,
  known: readonly string[],
  where?: string,
): string {
  const guess = closest(value, known);
  return `unknown ${what} "${value}"${where ? ` in ${where}` : ''}${guess ? ` — did you mean "${guess}"?` : ''}`;
}
