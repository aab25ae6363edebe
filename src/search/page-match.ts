import type { Concept } from './query-plan';

// Whether a page holds the ideas of a query, as Pagefind would find its words.

/** The metadata Pagefind searches besides the title: the guide's search aliases, what it applies to, its error messages (guides' [...slug].astro, GuideMeta.astro). */
export const SEARCHED_META = ['aliases', 'applies', 'errors'] as const;

/** A page's searched text: its title, searched metadata and indexed content. */
export function searchedText(meta: Readonly<Record<string, string | undefined>>, content: string): string {
  return [meta['title'] ?? '', ...SEARCHED_META.map((key) => meta[key] ?? ''), content].join(' ');
}

/** The searchable words of a page's text: each word, each part of a joined token, each part of a camelCase name. */
export function pageWords(text: string): string[] {
  const found = new Set<string>();
  for (const token of text.split(/\s+/)) {
    const joined = token.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (joined !== '') found.add(joined);
    for (const part of token.split(/[^\p{L}\p{N}]+/u)) {
      if (part === '') continue;
      found.add(part.toLowerCase());
      // camelCase words, and numbers after letters (KB970858 holds 970858, as Pagefind finds it).
      for (const piece of part.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d{3})/)) found.add(piece.toLowerCase());
    }
  }
  return [...found].sort();
}

/** Plural and verb endings, so `passwords` and `configured` are on a page that says `password` and `configure`. */
function stem(word: string): string {
  const stemmed = word.replace(/(ies|es|s|ed|ing|ation)$/, '');
  return stemmed.length >= 4 ? stemmed : word;
}

/** Whether a word is on a page, as Pagefind matches it (a word's beginning), never a shorter prefix of the query word. */
function onPage(word: string, sorted: readonly string[]): boolean {
  const hasPrefix = (prefix: string): boolean => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    return (sorted[low] ?? '').startsWith(prefix);
  };
  return word.length <= 2 ? sorted.includes(word) : hasPrefix(word) || hasPrefix(stem(word));
}

/** Which of the query's ideas a page holds. */
export function conceptsOnPage(concepts: readonly Concept[], text: string): boolean[] {
  const sorted = pageWords(text);
  return concepts.map((concept) => concept.forms.some((form) => form.every((word) => onPage(word, sorted))));
}

/** A page matches when it holds most (more than half) of the query's ideas. */
export function isMatch(held: readonly boolean[]): boolean {
  const count = held.filter(Boolean).length;
  return held.length > 0 && count * 2 > held.length;
}
