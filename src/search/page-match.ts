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

/**
 * Plural and verb endings, so `passwords` and `configured` are on a page that says `password` and
 * `configure`; a doubled last consonant goes too (`sysprepped`, `sysprepping`: `sysprep`).
 */
export function stem(word: string): string {
  const stemmed = word.replace(/(ies|es|s|ed|ing|ation)$/, '');
  if (stemmed.length < 4) return word;
  const undoubled = /(ed|ing)$/.test(word) ? stemmed.replace(/([b-df-hj-np-tv-z])\1$/, '$1') : stemmed;
  return undoubled;
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

/** Whether a word of the page's text is the query word, as onPage matches it. */
function sameWord(word: string, token: string | undefined): boolean {
  if (token === undefined) return false;
  return word.length <= 2 ? token === word : token.startsWith(word) || token.startsWith(stem(word));
}

/**
 * Which of the query's ideas a page mentions only in passing: once in its text, and not where the
 * page says what it is about (`about`: title, summary, headings, search metadata); never an
 * identifier. The writeback overview names Intune once in a table cell; it is not a page about Intune.
 */
export function passingMentions(concepts: readonly Concept[], about: string, content: string): boolean[] {
  const aboutWords = pageWords(about);
  const tokens = content.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '');
  return concepts.map((concept) => {
    // An identifier (v6v4tunnel, 0x80070520) is never a passing word: a page that has it, in a command or a message, is about it.
    if (/\d/.test(concept.typed)) return false;
    if (concept.forms.some((form) => form.every((word) => onPage(word, aboutWords)))) return false;
    let count = 0;
    for (const form of concept.forms) {
      for (let i = 0; i < tokens.length; i += 1) if (form.every((word, k) => sameWord(word, tokens[i + k]))) count += 1;
    }
    return count === 1;
  });
}

/** An idea is rare when few pages of the index hold it: at most 2, or a tenth of the pages. */
export function isRare(pagesHolding: number, pageCount: number): boolean {
  return pagesHolding <= Math.max(2, pageCount / 10);
}

/**
 * A page matches when it holds most (more than half) of the query's ideas. An idea that no page of
 * the index holds (`absent`: the subject the site does not cover, "wsus" in "wsus clients not
 * reporting") counts twice: two everyday words shared with a guide do not make it about WSUS.
 */
export function isMatch(held: readonly boolean[], absent: readonly boolean[] = []): boolean {
  const weight = (c: number): number => (absent[c] ? 2 : 1);
  const total = held.reduce((sum, _, c) => sum + weight(c), 0);
  const count = held.reduce((sum, isHeld, c) => sum + (isHeld ? weight(c) : 0), 0);
  return held.length > 0 && count * 2 > total;
}

/**
 * The pairs of the query's ideas (each given by its first idea's index), next to each other as
 * typed, that the title holds next to each other: "device writeback" in "Prepare Active Directory for device writeback". The title names the
 * exact thing asked, where an overview that mentions every kind only shares the words.
 */
export function titlePhrases(concepts: readonly Concept[], title: string): number[] {
  const titleWords = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  const at = (concept: Concept, index: number): number | undefined => {
    for (const form of concept.forms) {
      if (form.every((word, k) => (titleWords[index + k] ?? '').startsWith(word))) return form.length;
    }
    return undefined;
  };
  const pairs: number[] = [];
  for (let c = 0; c + 1 < concepts.length; c += 1) {
    const [first, second] = [concepts[c], concepts[c + 1]];
    if (!first || !second) continue;
    for (let i = 0; i < titleWords.length; i += 1) {
      const length = at(first, i);
      if (length !== undefined && at(second, i + length) !== undefined) {
        pairs.push(c);
        break;
      }
    }
  }
  return pairs;
}

/** A candidate page as ranking sees it: the ideas it holds, those in its title, the title's phrases (titlePhrases). */
export interface Holding {
  held: readonly boolean[];
  inTitle: readonly boolean[];
  phrases: readonly number[];
  /** The group of the guide, when it is that group's overview. */
  overviewOf?: string | undefined;
  group?: string | undefined;
}

/**
 * An overview's title names its whole group ("Azure AD Connect writeback permissions"): when a
 * guide of that group holds the query and names it in its title ("group writeback"), the
 * overview's title says nothing of which guide the reader needs, and does not count.
 */
function withoutOverviewTitles(pages: readonly Holding[]): Holding[] {
  return pages.map((page) => {
    if (page.overviewOf === undefined) return page;
    const specific = pages.some((other) => other !== page && other.overviewOf === undefined && other.group === page.overviewOf && other.phrases.length > 0 && isMatch(other.held));
    return specific ? { ...page, inTitle: page.inTitle.map(() => false), phrases: [] } : page;
  });
}

/**
 * Ranks pages by the ideas they hold on the page and in the title, each idea weighted by how rare
 * it is among the pages found (its inverse document frequency there, as BM25 does), and each
 * title phrase by its two ideas' mean weight. So "group writeback perms" ranks the guide titled
 * "group writeback" above the overview titled "writeback permissions": "group" is the rare idea.
 * A group's overview yields its title to the group's guides (withoutOverviewTitles).
 * Returns the indices of the pages, best first (ties keep their order).
 */
export function rankPages(found: readonly Holding[]): number[] {
  const pages = withoutOverviewTitles(found);
  const ideas = pages[0]?.held.length ?? 0;
  const weights = Array.from({ length: ideas }, (_, c) => {
    const holding = pages.filter((page) => page.held[c]).length;
    return Math.log(1 + pages.length / Math.max(1, holding));
  });
  const weight = (c: number): number => weights[c] ?? 0;
  const score = (page: Holding): number =>
    page.held.reduce((sum, held, c) => sum + (held ? weight(c) : 0), 0) +
    page.inTitle.reduce((sum, held, c) => sum + (held ? weight(c) : 0), 0) +
    page.phrases.reduce((sum, c) => sum + (weight(c) + weight(c + 1)) / 2, 0);
  const scores = pages.map(score);
  return pages.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
}
