/**
 * Short cites for the steps ("Appleman 1961") and the order of the story's sources list.
 *
 * A person is recognised by an initial ("Roy E. Appleman", "P. Wessel and W. H. F. Smith") and
 * cited by surname; any other author (an institution, a name without initials such as "Shen
 * Zhihua", whose surname comes first) is cited as written, up to the first comma. A source's
 * `short` field overrides all of this.
 */
import type { Source, StepFile } from './schema.ts';

const INITIALS = /^(?:\p{Lu}\.)+$/u;
const SUFFIX = /,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * A person's surname, or `undefined` if `name` does not look like one person's name. Without
 * `lenient` a person needs an initial; with it (a co-author of someone who has one) two to four
 * capitalised words will do.
 */
function surname(name: string, lenient = false): string | undefined {
  const words = name.replace(SUFFIX, '').split(/\s+/);
  const last = words.at(-1)!;
  const isPerson =
    words.length >= 2 &&
    words.length <= (lenient ? 4 : 5) &&
    (lenient || words.slice(0, -1).some((w) => INITIALS.test(w))) &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    !INITIALS.test(last);
  return isPerson ? last : undefined;
}

/**
 * How a cite names the author(s): surnames for people ("Wessel and Smith", "Hershberg",
 * "Millett et al."), an institution as written up to its first comma.
 * @example citedAuthor('Robert D. Heinl Jr.') === 'Heinl'
 */
export function citedAuthor(author: string): string {
  const name = author.replace(/\s*\([^)]*\)/g, '').trim(); // "(ed.)", "(eds.)"
  // "A. Ant; B. Bee", "A. Ant and B. Bee", "A. Ant, B. Bee, and C. Cat"
  const people = name.split(/\s*;\s*|,?\s+(?:and|&)\s+|,\s+(?=\p{Lu}\.|\p{Lu}\p{Ll}+ \p{Lu}\.)/u);
  const lenient = people.length > 1 && people.some((p) => surname(p) !== undefined);
  const surnames = people.map((p) => surname(p, lenient));
  if (surnames.every((s) => s !== undefined)) {
    if (surnames.length === 1) return surnames[0]!;
    if (surnames.length === 2) return `${surnames[0]} and ${surnames[1]}`;
    return `${surnames[0]} et al.`;
  }
  return name.split(',')[0]!.trim();
}

/**
 * A title up to its subtitle, parenthesis or first comma.
 * @example shortTitle('GSHHG: A Global Self-consistent … Database') === 'GSHHG'
 */
export function shortTitle(title: string): string {
  return title.split(/: | \(|, | — | – /)[0]!.trim();
}

/**
 * The short form a step's cite shows: `short` if the source gives one, else author + year, else
 * author + short title.
 * @example shortCite({ author: 'Roy E. Appleman', title: 'South to the Naktong', year: 1961 }) === 'Appleman 1961'
 */
export function shortCite(source: Source, fullTitle = false): string {
  if (source.short) return source.short;
  const author = citedAuthor(source.author);
  if (source.year !== undefined) return `${author} ${source.year}`;
  return `${author}, ${fullTitle ? source.title : shortTitle(source.title)}`;
}

/**
 * Short cites for every source of a story, told apart where two would read the same: "Appleman
 * 1961a" / "Appleman 1961b" (in key order), or the full title where there is no year.
 */
export function shortCites(sources: Record<string, Source>): Record<string, string> {
  const cites = Object.fromEntries(Object.entries(sources).map(([k, s]) => [k, shortCite(s)]));
  const byCite = new Map<string, string[]>();
  for (const [key, cite] of Object.entries(cites)) byCite.set(cite, [...(byCite.get(cite) ?? []), key]);
  for (const keys of byCite.values()) {
    if (keys.length < 2) continue;
    keys.forEach((key, i) => {
      const s = sources[key]!;
      if (s.short) return;
      cites[key] = s.year !== undefined ? `${cites[key]}${String.fromCharCode(97 + i)}` : shortCite(s, true);
    });
  }
  return cites;
}

/**
 * Source keys in the order of the sources list: by the cited author, then year, then title.
 * @example sourceOrder({ b: { author: 'B. Bee', title: 'x' }, a: { author: 'A. Ant', title: 'y' } }) // ['a', 'b']
 */
export function sourceOrder(sources: Record<string, Source>): string[] {
  const key = (s: Source) =>
    s.short ? [s.short, '', s.title] : [citedAuthor(s.author), String(s.year ?? ''), s.title];
  const compare = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;
  return Object.keys(sources).sort((a, b) => {
    const [ka, kb] = [key(sources[a]!), key(sources[b]!)];
    for (let i = 0; i < ka.length; i++) {
      const c = compare(ka[i]!, kb[i]!);
      if (c !== 0) return c;
    }
    return 0;
  });
}

/**
 * For each source key, the indices of the steps that cite it, under the step or in a contested
 * figure, in story order.
 * @example citingSteps([{ sources: ['a'] }, { sources: ['b'], contested: [{ sources: ['a', 'b'], … }] }]).get('a') // [0, 1]
 */
export function citingSteps(
  steps: readonly Pick<StepFile, 'sources' | 'contested'>[],
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  steps.forEach((step, i) => {
    const keys = new Set([...step.sources, ...(step.contested ?? []).flatMap((c) => c.sources)]);
    for (const key of keys) out.set(key, [...(out.get(key) ?? []), i]);
  });
  return out;
}
