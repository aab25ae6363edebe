import { htmlToText } from '../guides/html-text';
import { toHits, type ResultData, type SearchHit } from './hits';
import { conceptsOnPage, isMatch, isRare, passingMentions, rankPages, searchedText, titlePhrases, type Holding } from './page-match';
import { planQuery, type Concept, type QueryPlan } from './query-plan';
import { isKnown, nearestWord } from './suggest';

export { excerptParts, type ResultData, type SearchHit } from './hits';
export { conceptsOnPage, isMatch, pageWords } from './page-match';
export { normaliseQuery, planQuery, type Concept, type QueryPlan } from './query-plan';

/** Pagefind's search, as much of it as the search code uses (so tests can pass a fake). */
export interface SearchEngine {
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: Array<{ id: string; score: number; data: () => Promise<ResultData> }> }>;
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

interface Checked extends Holding {
  data: ResultData;
  held: boolean[];
  /** Ideas the page mentions only in passing (passingMentions). */
  passing: boolean[];
}

/** How many pages of the index hold the query's idea (by index), and how many pages the index has. */
type Rarity = (concept: number) => Promise<{ holding: number; pages: number }>;

export interface FindOptions {
  filters?: Record<string, string[]>;
  limit?: number;
  /** How many pages the index holds: with it, a rare idea mentioned once in passing does not make a page a match. */
  pageCount?: () => Promise<number>;
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
  const limit = options.limit ?? RESULTS_LOADED;
  const first = await run(engine, plan, { ...options, filters: options.filters ?? {}, limit });
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
    const second = await run(engine, planQuery(suggestion), { ...options, filters: options.filters ?? {}, limit });
    if (second.found) return { found: true, hits: toHits(second.checked.map((page) => page.data), suggestion), suggestion, forSuggestion: true, missing: [] };
  }
  return { found: first.found, hits: toHits(first.checked.map((page) => page.data), plan.search), suggestion, forSuggestion: false, missing: first.found ? missing : [] };
}

/**
 * How many of Pagefind's results are loaded (one fragment fetch each) and checked: the results
 * shown. Six, not eight: a third fewer fetches for each query, and the guide that answers is first.
 */
const RESULTS_LOADED = 6;

/** Fewer pages than this hold every word: the pages that hold most of the ideas alone are candidates too. */
const FEW_RESULTS = 3;

async function run(engine: SearchEngine, plan: QueryPlan, options: FindOptions & { filters: Record<string, string[]>; limit: number }): Promise<{ found: boolean; checked: Checked[] }> {
  const { filters, limit } = options;
  const rare = options.pageCount ? rarity(engine, plan.concepts, options.pageCount) : undefined;
  const exact = await engine.search(plan.search, { filters });
  // Pagefind wants every word on the page: the guide that answers "device writeback attributes"
  // without the word "attributes" would be missed for the overview that mentions everything.
  const relaxed = exact.results.length < FEW_RESULTS && plan.concepts.length > 1 ? await byIdea(engine, plan.concepts, filters, limit) : [];
  // Each page once, as the whole query found it where it did (its excerpts mark every word).
  const seen = new Set<string>();
  const candidates = [...exact.results.slice(0, limit), ...relaxed].filter((result) => !seen.has(result.id) && seen.add(result.id));
  const checked = await check(candidates, plan.concepts, rare);
  // The ideas no page found holds: a word the index does not know, nor any word near it (not a
  // typo, then, but a subject the site does not cover), weighs double.
  const missing = plan.concepts.map((_, c) => !checked.some((page) => page.held[c]));
  const vocabulary = missing.some(Boolean) && options.vocabulary ? await options.vocabulary() : undefined;
  const absent = plan.concepts.map(
    (concept, c) => missing[c] === true && vocabulary !== undefined && /^\p{L}[\p{L}\p{N}]{2,}$/u.test(concept.typed) && !isKnown(concept.typed, vocabulary) && nearestWord(concept.typed, vocabulary) === undefined,
  );
  const matching = checked.filter((page) => isMatch(page.held, absent));
  if (matching.length > 0) return { found: true, checked: matching };
  // Nothing holds most of the words: the pages that hold the most ideas alone are the closest.
  const ranked = relaxed.length > 0 ? relaxed : await byIdea(engine, plan.concepts, filters, limit);
  const closest = (await check(ranked, plan.concepts, rare)).filter((page) => page.held.some(Boolean));
  return { found: false, checked: closest.slice(0, 3) };
}

/** How rare each idea is in the whole index (the pages a search for it alone finds), asked only when needed, once. */
function rarity(engine: SearchEngine, concepts: readonly Concept[], pageCount: () => Promise<number>): Rarity {
  const known = new Map<number, Promise<{ holding: number; pages: number }>>();
  return (c) => {
    let answer = known.get(c);
    if (!answer) {
      answer = (async () => ({ holding: (await engine.search(concepts[c]?.typed ?? '')).results.length, pages: await pageCount() }))();
      known.set(c, answer);
    }
    return answer;
  };
}

/**
 * Searches each idea alone and ranks the pages by how many of them they hold, then by Pagefind's
 * scores. It returns Pagefind's own result objects, never copies: Pagefind 1.6 frees a result's
 * data in its worker once the result object is garbage-collected (a FinalizationRegistry in
 * pagefind.js), and `data()` on a copy then waits for ever.
 */
async function byIdea(engine: SearchEngine, concepts: readonly Concept[], filters: Record<string, string[]>, limit: number): Promise<Candidate[]> {
  const tally = new Map<string, { result: Candidate; score: number; matched: number }>();
  for (const concept of concepts.slice(0, 8)) {
    const found = await engine.search(concept.typed, { filters });
    for (const result of found.results) {
      const entry = tally.get(result.id) ?? { result, score: 0, matched: 0 };
      entry.matched += 1;
      entry.score += result.score;
      tally.set(result.id, entry);
    }
  }
  return [...tally.values()]
    .sort((a, b) => b.matched - a.matched || b.score - a.score)
    .slice(0, limit)
    .map((entry) => entry.result);
}

/**
 * Loads the results and finds the ideas each holds, on the page and in its title; best first
 * (rankPages: rare ideas weigh more, the title counts again), then Pagefind's order.
 */
async function check(results: readonly Candidate[], concepts: readonly Concept[], rare?: Rarity): Promise<Checked[]> {
  const checked = await Promise.all(
    results.map(async (result) => {
      const data = await result.data();
      const title = data.meta['title'] ?? '';
      const content = data.content ?? htmlToText(data.excerpt);
      const held = conceptsOnPage(concepts, searchedText(data.meta, content));
      const about = [searchedText(data.meta, ''), data.meta['summary'] ?? '', ...(data.sub_results ?? []).map((section) => section.title)].join(' ');
      const passing = passingMentions(concepts, about, content);
      return { data, held, passing, inTitle: conceptsOnPage(concepts, title), phrases: titlePhrases(concepts, title), overviewOf: data.meta['overview'], group: data.filters?.['group']?.[0] };
    }),
  );
  // A rare idea mentioned once in passing is not what the page is about: it does not count as held.
  for (let c = 0; c < concepts.length; c += 1) {
    if (!rare || !checked.some((page) => page.passing[c])) continue;
    const { holding, pages } = await rare(c);
    if (!isRare(holding, pages)) continue;
    for (const page of checked) if (page.passing[c]) page.held[c] = false;
  }
  return rankPages(checked).flatMap((i) => checked[i] ?? []);
}

