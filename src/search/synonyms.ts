import { SYNONYMS } from './data/synonyms.ts';

/** The words of a text as search sees them: lower case, split at anything but letters and digits. */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/** One synonym group: each form as its words; `exact` forms (acronyms in capitals) match only as written when indexing. */
interface Group {
  forms: Array<{ text: string; words: string[]; acronym: boolean }>;
}

const GROUPS: Group[] = SYNONYMS.map((entry) => ({
  forms: entry.forms.map((text) => ({ text, words: words(text), acronym: !/[a-z]/.test(text) })),
}));

/** A synonym group recognised in a query: the words the reader typed and every form of the group, as words. */
export interface SynonymMatch {
  start: number;
  length: number;
  forms: string[][];
}

/**
 * Finds synonym forms in a query's words (longest form first, no overlaps), so that
 * `entra connect` or `sbs08` is one idea that any of its forms on a page satisfies.
 */
export function findSynonyms(queryWords: readonly string[]): SynonymMatch[] {
  const matches: SynonymMatch[] = [];
  let i = 0;
  while (i < queryWords.length) {
    let best: SynonymMatch | undefined;
    for (const group of GROUPS) {
      for (const form of group.forms) {
        const length = form.words.length;
        if (length <= (best?.length ?? 0) || i + length > queryWords.length) continue;
        if (form.words.every((word, k) => queryWords[i + k] === word)) best = { start: i, length, forms: group.forms.map((f) => f.words) };
      }
    }
    if (best) {
      matches.push(best);
      i += best.length;
    } else i += 1;
  }
  return matches;
}

/**
 * The other forms of every synonym group found in a page's text, for its index entry: a page that says
 * "Azure AD Connect" is also found by `AADC` and `Entra Connect`. Acronyms count only in capitals
 * (the English "he" is not Hurricane Electric).
 */
export function synonymAliases(text: string): string[] {
  const lower = ` ${words(text).join(' ')} `;
  const upper = ` ${text.split(/[^\p{L}\p{N}]+/u).join(' ')} `;
  const aliases = new Set<string>();
  for (const group of GROUPS) {
    const present = group.forms.filter((form) => (form.acronym ? upper.includes(` ${form.text.split(/[^\p{L}\p{N}]+/u).join(' ')} `) : lower.includes(` ${form.words.join(' ')} `)));
    if (present.length === 0) continue;
    for (const form of group.forms) if (!present.includes(form)) aliases.add(form.text);
  }
  return [...aliases].sort();
}
