import { htmlToText } from '../guides/html-text';
import { words } from './synonyms';

// What a result shows: the section that answers the query, and its excerpt as text parts.

/** What Pagefind gives for one page (content: the page's indexed text). */
export interface ResultData {
  url: string;
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
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
 * How well a section answers: how many of the query's words its excerpt marks (each counted once),
 * and one more when its heading names one (`heading` false for the page's opening section, whose
 * title is the page's: every section is under it).
 */
export function sectionScore(section: { title: string; excerpt: string }, queryWords: readonly string[], heading = true): number {
  const marked = [...section.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => htmlToText(match[1] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
  // Pagefind marks a word that begins with a query word (`devices`, `writebackPowerShell` for `writeback`).
  const held = queryWords.filter((word) => marked.some((token) => token.startsWith(word) || (token.length >= 4 && word.startsWith(token))));
  const title = section.title.toLowerCase();
  return held.length + (heading && queryWords.some((word) => title.includes(word)) ? 1 : 0);
}

/**
 * Each page as a result: it links to the section that answers the query (the one whose excerpt
 * marks the most different query words; the page's opening section, where an error message is
 * quoted, counts like any other) with that section's excerpt; when no section marks a word (the
 * page matched on its title or search aliases), the summary says what the guide is about.
 */
export function toHits(pages: readonly ResultData[], query: string): SearchHit[] {
  const queryWords = words(query);
  return pages.map((data) => {
    const title = data.meta['title'] ?? data.url;
    let best: { section: { title: string; url: string; excerpt: string }; score: number } | undefined;
    for (const section of data.sub_results ?? []) {
      const score = sectionScore(section, queryWords, section.url !== data.url);
      if (score > 0 && (!best || score > best.score)) best = { section, score };
    }
    if (!best) return { title, section: undefined, url: data.url, excerpt: escapeText(data.meta['summary'] ?? '') };
    const opening = best.section.url === data.url;
    return {
      title,
      section: opening || best.section.title === title ? undefined : best.section.title,
      url: best.section.url,
      excerpt: best.section.excerpt,
    };
  });
}

/** Plain text as Pagefind's escaped excerpt text. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
