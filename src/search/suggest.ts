import { words } from './synonyms.ts';

/**
 * The vocabulary of the index: every word of the guides (letters, or letters and digits), most
 * frequent first, built at build time (pagefind-integration.ts) and loaded in the browser only when
 * a query word matches nothing.
 */
export function buildVocabulary(pages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const word of new Set(words(page))) {
      if (word.length < 3 || word.length > 24 || !/\p{L}/u.test(word) || /^(0x)?[0-9a-f]{6,}$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** Whether a query word is in the index as Pagefind would find it: as a word or a word's beginning. */
export function isKnown(word: string, vocabulary: readonly string[]): boolean {
  return vocabulary.some((known) => known.startsWith(word));
}

/** Edit distance with adjacent swaps (`sysperp` is one edit from `sysprep`), given up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** How many edits a word of this length may be from its suggestion: short words get few, or they match anything. */
export function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 7 ? 1 : 2;
}

/** `driver` and `drive`, `printer` and `print`: another form of a word, not a typo of it. */
function isOtherForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && /^(s|es|e|r|er|ers|d|ed|ing|ly)$/.test(long.slice(short.length));
}

/** `wow3264node` for `wow6432node`: the same letters, the digits of each run in another order (one slip, whatever the swaps). */
export function digitsReordered(a: string, b: string): boolean {
  if (a === b || a.length !== b.length) return false;
  const letters = (word: string): string => word.replace(/\d+/g, '#');
  const runs = (word: string): string[] => (word.match(/\d+/g) ?? []).map((run) => [...run].sort().join(''));
  return letters(a) === letters(b) && runs(a).length > 0 && runs(a).join() === runs(b).join();
}

/**
 * The indexed word nearest to an unknown query word: fewest edits, then the most frequent
 * (the vocabulary's order); none when nothing is close enough, or when the nearest is only another
 * form of the word (`driver` is not a typo of `drive`).
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const max = allowedEdits(word);
  if (max === 0 || /^\d+$/.test(word)) return undefined;
  let best: { word: string; distance: number } | undefined;
  const reordered = vocabulary.find((known) => digitsReordered(word, known));
  if (reordered) return reordered;
  for (const known of vocabulary) {
    const distance = editDistance(word, known, best ? best.distance - 1 : max);
    if (distance <= max && (!best || distance < best.distance) && !isOtherForm(word, known)) {
      best = { word: known, distance };
      if (distance === 1) break; // the vocabulary is most frequent first: the first one-edit word wins
    }
  }
  return best?.word;
}
