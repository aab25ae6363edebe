import { excerptParts, findGuides, type SearchEngine, type SearchHit, type SearchOutcome } from '../../src/search/query';
import { CLOSEST_LABEL, outcomeStatus } from '../../src/search/outcome';

interface Pagefind extends SearchEngine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let engine: Promise<Pagefind> | undefined;
let vocabulary: Promise<readonly string[]> | undefined;

/** Loads Pagefind's search script, its WASM and the index entry (the page itself ships none of it). */
export function loadSearch(): Promise<Pagefind> {
  engine ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return engine;
}

/** The index's words, fetched the first time a query word matches nothing. */
function loadVocabulary(): Promise<readonly string[]> {
  vocabulary ??= fetch('/pagefind/vocabulary.json').then(async (response) => {
    if (!response.ok) throw new Error(`vocabulary: HTTP ${response.status}`);
    return (await response.json()) as string[];
  });
  return vocabulary;
}

let pageCount: Promise<number> | undefined;

/** How many pages the index holds (Pagefind's entry file, which init already fetched: the browser's cache answers). */
function loadPageCount(): Promise<number> {
  pageCount ??= fetch('/pagefind/pagefind-entry.json').then(async (response) => {
    if (!response.ok) throw new Error(`pagefind-entry: HTTP ${response.status}`);
    const entry = (await response.json()) as { languages?: Record<string, { page_count?: number }> };
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  });
  return pageCount;
}

/** Runs a search against the loaded index: found guides, or else the closest ones, and a "Did you mean". */
export async function search(query: string, filters: Record<string, string[]> = {}): Promise<SearchOutcome> {
  return findGuides(await loadSearch(), query, { filters, vocabulary: loadVocabulary, pageCount: loadPageCount });
}

/** The parts of the page that show an outcome. */
export interface OutcomeView {
  status: HTMLElement;
  list: HTMLElement;
  /** "Did you mean ..." with a button that searches the suggestion. */
  suggestion: HTMLElement;
  /** Shown when no guide matches: the closest label and the links to browse instead. */
  closest: HTMLElement;
  browse: HTMLElement;
}

/** Shows an outcome: the status, the suggestion, the hits (labelled closest when they are not a match). */
export function showOutcome(view: OutcomeView, outcome: SearchOutcome, query: string, idPrefix: string, asOptions: boolean, onSuggestion: (query: string) => void): void {
  view.status.textContent = outcomeStatus(outcome, query);
  view.status.dataset['outcome'] = outcome.found ? (outcome.forSuggestion ? 'suggestion' : 'found') : 'none';
  const suggestion = outcome.suggestion;
  view.suggestion.hidden = !suggestion || outcome.forSuggestion;
  if (suggestion && !outcome.forSuggestion) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = suggestion;
    button.addEventListener('click', () => onSuggestion(suggestion));
    view.suggestion.replaceChildren('Did you mean ', button, '?');
  }
  view.closest.hidden = outcome.found || outcome.hits.length === 0;
  view.closest.textContent = CLOSEST_LABEL;
  view.browse.hidden = outcome.found;
  renderHits(view.list, outcome.hits, idPrefix, asOptions);
  view.list.dataset['kind'] = outcome.found ? 'results' : 'closest';
}

/** Clears the outcome (empty query). */
export function clearOutcome(view: OutcomeView): void {
  view.status.textContent = '';
  delete view.status.dataset['outcome'];
  view.suggestion.hidden = true;
  view.closest.hidden = true;
  view.browse.hidden = true;
  view.list.replaceChildren();
}

/** Fills a list with results, as text nodes and <mark> elements only. */
export function renderHits(list: HTMLElement, hits: readonly SearchHit[], idPrefix: string, asOptions: boolean): void {
  list.replaceChildren(
    ...hits.map((hit, index) => {
      const item = document.createElement('li');
      item.id = `${idPrefix}-${index}`;
      if (asOptions) {
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
      }
      const link = document.createElement('a');
      link.href = hit.url;
      if (asOptions) link.tabIndex = -1;
      const title = document.createElement('span');
      title.className = 'hit-title';
      title.textContent = hit.title;
      link.append(title);
      if (hit.section) {
        const section = document.createElement('span');
        section.className = 'hit-section';
        section.textContent = hit.section;
        link.append(section);
      }
      const excerpt = document.createElement('span');
      excerpt.className = 'hit-excerpt';
      for (const part of excerptParts(hit.excerpt)) {
        if (part.mark) {
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          excerpt.append(mark);
        } else excerpt.append(part.text);
      }
      link.append(excerpt);
      item.append(link);
      return item;
    }),
  );
}
