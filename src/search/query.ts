import { htmlToText } from '../guides/html-text';

/** Pagefind's search, as much of it as the search code uses (so tests can pass a fake). */
export interface SearchEngine {
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: Array<{ id: string; score: number; data: () => Promise<ResultData> }> }>;
}

/** What Pagefind gives for one page. */
export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}

/** One result to show: the page, its best section and an excerpt. */
export interface SearchHit {
  title: string;
  section: string | undefined;
  url: string;
  excerpt: string;
}

/**
 * Tidies a pasted query: straight quotes, no surrounding quotes or trailing period, single spaces,
 * and cmdlet hyphens as spaces (Pagefind ranks `Get-ADSyncConnector` by its parts, badly, but
 * finds `Get ADSyncConnector` well).
 */
export function normaliseQuery(raw: string): string {
  return raw
    .replace(/(?<=[A-Za-z])-(?=[A-Za-z])/g, ' ')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .replace(/[.:;,!]+$/, '')
    .trim();
}

/** Words of a pasted error message that are the reader's own (servers, domains, paths, addresses) rather than the message's. */
function isReadersOwn(term: string): boolean {
  return (
    /:\/\//.test(term) || // winnt://SERVER/user, https://...
    /^\\\\/.test(term) || // UNC paths
    /^[A-Za-z]:\\/.test(term) || // drive paths
    /^\d{1,3}(\.\d{1,3}){3}$/.test(term) || // IPv4
    /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(term) || // GUIDs
    /^[\w-]+(\.[\w-]+){2,}$/.test(term) // host.domain.tld
  );
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'with', 'not', 'may', 'does', 'did']);

/**
 * The words to search one by one when the whole query finds nothing: the reader's own names and
 * filler words left out, longest (most distinctive) first, at most eight.
 */
export function relaxedTerms(query: string): string[] {
  const terms = query
    .split(' ')
    .filter((term) => !isReadersOwn(term))
    .map((term) => term.replace(/^[^\w]+|[^\w]+$/g, ''))
    .filter((term) => term.length > 1 && !STOP_WORDS.has(term.toLowerCase()));
  return [...new Set(terms)].sort((a, b) => b.length - a.length).slice(0, 8);
}

/**
 * Searches the exact query first; when that finds nothing (Pagefind needs every word), searches
 * each distinctive word and ranks pages by how many of them they match, then by Pagefind's score.
 */
export async function findGuides(engine: SearchEngine, raw: string, filters: Record<string, string[]> = {}, limit = 8): Promise<{ hits: SearchHit[]; relaxed: boolean }> {
  const query = normaliseQuery(raw);
  if (query === '') return { hits: [], relaxed: false };
  const exact = await engine.search(query, { filters });
  if (exact.results.length > 0) return { hits: await toHits(exact.results.slice(0, limit), query), relaxed: false };
  const tally = new Map<string, { matched: number; score: number; data: () => Promise<ResultData> }>();
  for (const term of relaxedTerms(query)) {
    const found = await engine.search(term, { filters });
    for (const result of found.results) {
      const entry = tally.get(result.id) ?? { matched: 0, score: 0, data: result.data };
      entry.matched += 1;
      entry.score += result.score;
      tally.set(result.id, entry);
    }
  }
  const ranked = [...tally.values()].sort((a, b) => b.matched - a.matched || b.score - a.score).slice(0, limit);
  return { hits: await toHits(ranked, query), relaxed: true };
}

async function toHits(results: ReadonlyArray<{ data: () => Promise<ResultData> }>, query: string): Promise<SearchHit[]> {
  const words = query.toLowerCase().split(' ');
  return Promise.all(
    results.map(async (result) => {
      const data = await result.data();
      // The section whose excerpt marks the most query words is the best place to land.
      const sections = (data.sub_results ?? []).filter((section) => section.url !== data.url || (data.sub_results?.length ?? 0) === 1);
      const best = sections
        .map((section) => ({ section, marks: (section.excerpt.match(/<mark>/g) ?? []).length + (words.some((w) => section.title.toLowerCase().includes(w)) ? 1 : 0) }))
        .sort((a, b) => b.marks - a.marks)[0]?.section;
      return {
        title: data.meta['title'] ?? data.url,
        section: best && best.title !== data.meta['title'] ? best.title : undefined,
        url: best?.url ?? data.url,
        excerpt: best?.excerpt ?? data.excerpt,
      };
    }),
  );
}

/** Splits Pagefind's excerpt (escaped text with <mark> tags) into plain text parts, so the page builds it with text nodes only. */
export function excerptParts(excerpt: string): Array<{ text: string; mark: boolean }> {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let mark = false;
  const push = (text: string, marked: boolean): void => {
    if (text !== '') parts.push({ text, mark: marked });
  };
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (!mark) push(htmlToText(piece), false);
    else {
      // Pagefind marks whole space-separated words: "0x80070520)." marks the code, not its punctuation.
      const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(htmlToText(piece)) ?? [];
      push(before, false);
      push(word, true);
      push(after, false);
    }
  }
  return parts;
}
