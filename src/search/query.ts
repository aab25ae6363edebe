import { htmlToText } from '../guides/html-text';
import { POWERSHELL_VERBS } from './data/powershell-verbs';
import { isKnown, nearestWord } from './suggest';
import { findSynonyms, words } from './synonyms';

/** Pagefind's search, as much of it as the search code uses (so tests can pass a fake). */
export interface SearchEngine {
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: Array<{ id: string; score: number; data: () => Promise<ResultData> }> }>;
}

/** What Pagefind gives for one page (content: the page's indexed text). */
export interface ResultData {
  url: string;
  content?: string;
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

const VERB = new RegExp(`^(?:${POWERSHELL_VERBS.join('|')})-[A-Za-z]`, 'i');

/**
 * Tidies a pasted query: straight quotes, no surrounding quotes or trailing period, single spaces,
 * and the hyphen of Verb-Noun cmdlet names as a space (Pagefind ranks `Get-ADSyncConnector` by its
 * parts, badly, but finds `Get ADSyncConnector` well); other hyphenated words (`cloud-only`) stay whole.
 */
export function normaliseQuery(raw: string): string {
  return raw
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .replace(/[.:;,!?]+$/, '')
    .trim()
    .split(' ')
    .map((token) => (VERB.test(token) ? token.replace('-', ' ') : token))
    .join(' ');
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

const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'how', 'i', 'in', 'is', 'it', 'its', 'my', 'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'with', 'not', 'may', 'does', 'did', 'do', 'can', 'what', 'when', 'why', 'will', 'after', 'before', 'into', 'me', 'no', 'so', 'then', 'there', 'it', 'been', 'but', 'get', 'we', 'our', 'you', 'your', 'all', 'any', 'up', 'out']);

/** Words of almost every guide or complaint, not distinctive (`sql server backup failed` is about SQL). */
const GENERIC_WORDS = new Set(['server', 'servers', 'windows', 'microsoft', 'error', 'fail', 'fails', 'failed', 'failure', 'problem', 'issue', 'fix', 'help', 'working', 'keeps', 'service', 'services', 'start', 'starts', 'started', 'time', 'machine', 'computer']);

/**
 * netsh takes any unambiguous beginning of a context or command (`netsh int ipv6 sh addr`): the
 * abbreviations admins type and guides write, with the full word. Either form satisfies the other.
 */
const NETSH_ABBREVIATIONS: Record<string, string> = {
  int: 'interface',
  sh: 'show',
  addr: 'address',
  del: 'delete',
};
const NETSH_FULL = new Map(Object.entries(NETSH_ABBREVIATIONS).map(([short, full]) => [full, short]));

/** One idea of the query, satisfied on a page by any of its forms (a form: words that must all be there). */
export interface Concept {
  typed: string;
  forms: string[][];
}

/** What to ask Pagefind, and the ideas a page must hold to count as a match. */
export interface QueryPlan {
  search: string;
  concepts: Concept[];
}

/**
 * Reads a query as an admin types it: the reader's own names left out; terminal fragments split
 * where `;`, `:`, `/`, `=` or `,` join them (`WP;proxyAddresses;user`, `-section:system.webServer/...`),
 * parts of one letter dropped (`/I:S` is not the word "is"); netsh abbreviations spelled out; acronyms
 * and jargon recognised from the synonyms list.
 */
export function planQuery(raw: string): QueryPlan {
  const tokens = normaliseQuery(raw)
    .split(' ')
    .filter((token) => token !== '' && !isReadersOwn(token));
  const netsh = tokens.some((token) => token.toLowerCase() === 'netsh');
  // Another form a word may take on the page (netsh abbreviations, both ways).
  const alternatives = new Map<string, string>();
  const parts = tokens
    .flatMap((token) => token.split(/[;:/=,|\\()[\]{}<>"'`]+/))
    .map((part) => part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((part) => (part.match(/[\p{L}\p{N}]/gu) ?? []).length > 1)
    .map((part) => {
      const lower = part.toLowerCase();
      const full = netsh ? NETSH_ABBREVIATIONS[lower] : undefined;
      const short = netsh ? NETSH_FULL.get(lower) : undefined;
      if (full) alternatives.set(lower, full);
      if (short) alternatives.set(short, lower);
      // Pagefind matches the beginnings of words: the abbreviation finds pages with either form.
      return short ?? part;
    });
  const located = parts.flatMap((part, index) => words(part).map((word) => ({ word, part: index, compound: /[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(part) })));
  const queryWords = located.map((entry) => entry.word);
  const concepts: Concept[] = [];
  const synonyms = findSynonyms(queryWords);
  for (let i = 0; i < queryWords.length; ) {
    const synonym = synonyms.find((match) => match.start === i);
    if (synonym) {
      concepts.push({ typed: queryWords.slice(i, i + synonym.length).join(' '), forms: synonym.forms });
      i += synonym.length;
      continue;
    }
    const here = located[i];
    if (here?.compound) {
      // A hyphenated word (cloud-only) is one word to the reader: whole (as Pagefind joins it) or as its parts.
      const partWords = located.filter((entry, k) => k >= i && entry.part === here.part).map((entry) => entry.word);
      concepts.push({ typed: partWords.join('-'), forms: [[partWords.join('')], partWords] });
      i += partWords.length;
      continue;
    }
    const word = here?.word ?? '';
    const other = alternatives.get(word);
    if (!STOP_WORDS.has(word)) concepts.push({ typed: word, forms: other ? [[word], [other]] : [[word]] });
    i += 1;
  }
  const unique = [...new Map(concepts.map((concept) => [concept.typed, concept])).values()];
  // Words on nearly every guide do not say which guide: they count only when nothing else is typed.
  const distinctive = unique.filter((concept) => !GENERIC_WORDS.has(concept.typed));
  if (distinctive.length > 0) return { search: parts.join(' '), concepts: distinctive };
  return { search: parts.join(' '), concepts: unique };
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

/** The outcome of a search, as the page states it. */
export interface SearchOutcome {
  /** Each hit holds most of the query's words; otherwise the hits are only the closest guides. */
  found: boolean;
  hits: SearchHit[];
  /** The query with its unknown words replaced by the nearest indexed words ("Did you mean ..."). */
  suggestion: string | undefined;
  /** The hits are for the suggestion, because the reader's own words found nothing. */
  forSuggestion: boolean;
  /** Distinctive words that no hit holds (shown so the reader knows what was left out). */
  missing: string[];
}

interface Candidate {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

interface Checked {
  data: ResultData;
  held: boolean[];
  inTitle: number;
  order: number;
}

export interface FindOptions {
  filters?: Record<string, string[]>;
  limit?: number;
  /** The index's vocabulary, loaded only when a query word matches nothing. */
  vocabulary?: () => Promise<readonly string[]>;
}

/**
 * Searches as Pagefind does (every word), then checks each result really holds most of the query's
 * ideas: Pagefind drops a word that matches nothing and falls back to short prefixes (`spooler`
 * finds `SP2`). When no page matches, it searches the ideas one by one for the closest guides, and
 * offers the nearest indexed words for unknown ones, searching with them if the original found nothing.
 */
export async function findGuides(engine: SearchEngine, raw: string, options: FindOptions = {}): Promise<SearchOutcome> {
  const none: SearchOutcome = { found: false, hits: [], suggestion: undefined, forSuggestion: false, missing: [] };
  const plan = planQuery(raw);
  if (plan.search === '') return none;
  const limit = options.limit ?? 8;
  const first = await run(engine, plan, options.filters ?? {}, limit);
  const missing = plan.concepts.filter((_, i) => !first.checked.some((page) => page.held[i])).map((concept) => concept.typed);
  let suggestion: string | undefined;
  if (missing.length > 0 && options.vocabulary) {
    const vocabulary = await options.vocabulary();
    const replacements = new Map<string, string>();
    for (const typed of missing) {
      if (!/^[\p{L}\p{N}]+$/u.test(typed) || isKnown(typed, vocabulary)) continue;
      const nearest = nearestWord(typed, vocabulary);
      if (nearest) replacements.set(typed, nearest);
    }
    if (replacements.size > 0) suggestion = plan.concepts.map((concept) => replacements.get(concept.typed) ?? concept.typed).join(' ');
  }
  if (!first.found && suggestion) {
    const second = await run(engine, planQuery(suggestion), options.filters ?? {}, limit);
    if (second.found) return { found: true, hits: toHits(second.checked, suggestion), suggestion, forSuggestion: true, missing: [] };
  }
  return { found: first.found, hits: toHits(first.checked, plan.search), suggestion, forSuggestion: false, missing: first.found ? missing : [] };
}

async function run(engine: SearchEngine, plan: QueryPlan, filters: Record<string, string[]>, limit: number): Promise<{ found: boolean; checked: Checked[] }> {
  const exact = await engine.search(plan.search, { filters });
  const checked = await check(exact.results.slice(0, limit), plan.concepts);
  const matching = checked.filter((page) => isMatch(page.held));
  if (matching.length > 0) return { found: true, checked: matching };
  // Nothing holds most of the words: search each idea alone and rank pages by how many they hold.
  const tally = new Map<string, Candidate & { matched: number }>();
  for (const concept of plan.concepts.slice(0, 8)) {
    const found = await engine.search(concept.typed, { filters });
    for (const result of found.results) {
      const entry = tally.get(result.id) ?? { ...result, score: 0, matched: 0 };
      entry.matched += 1;
      entry.score += result.score;
      tally.set(result.id, entry);
    }
  }
  const ranked = [...tally.values()].sort((a, b) => b.matched - a.matched || b.score - a.score).slice(0, limit);
  const closest = (await check(ranked, plan.concepts)).filter((page) => page.held.some(Boolean));
  const relaxedMatches = closest.filter((page) => isMatch(page.held));
  return relaxedMatches.length > 0 ? { found: true, checked: relaxedMatches } : { found: false, checked: closest.slice(0, 3) };
}

/**
 * Loads the results and counts the ideas each holds; best first: most ideas, then most ideas in
 * the title (the guide is about them), then Pagefind's order.
 */
async function check(results: readonly Candidate[], concepts: readonly Concept[]): Promise<Checked[]> {
  const checked = await Promise.all(
    results.map(async (result, order) => {
      const data = await result.data();
      const title = data.meta['title'] ?? '';
      const held = conceptsOnPage(concepts, `${title} ${data.content ?? htmlToText(data.excerpt)}`);
      const inTitle = conceptsOnPage(concepts, title).filter(Boolean).length;
      return { data, held, inTitle, order };
    }),
  );
  const count = (page: Checked): number => page.held.filter(Boolean).length;
  return checked.sort((a, b) => count(b) - count(a) || b.inTitle - a.inTitle || a.order - b.order);
}

function toHits(pages: readonly Checked[], query: string): SearchHit[] {
  const queryWords = words(query);
  return pages.map(({ data }) => {
    // The section whose excerpt marks the most query words is the best place to land. The page's
    // opening section is left out: it holds the hidden search aliases, not text worth showing.
    const sections = (data.sub_results ?? []).filter((section) => section.url !== data.url);
    const best = sections
      .map((section) => ({ section, marks: (section.excerpt.match(/<mark>/g) ?? []).length + (queryWords.some((w) => section.title.toLowerCase().includes(w)) ? 1 : 0) }))
      .sort((a, b) => b.marks - a.marks)[0];
    const title = data.meta['title'] ?? data.url;
    // Only the opening section matched (title, summary or aliases): the summary says what the guide is about.
    if (!best || best.marks === 0) return { title, section: undefined, url: data.url, excerpt: escapeText(data.meta['summary'] ?? '') };
    return {
      title,
      section: best.section.title !== title ? best.section.title : undefined,
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
