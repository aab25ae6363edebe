import { excerptParts, findGuides, type SearchEngine, type SearchHit } from '../../src/search/query';

interface Pagefind extends SearchEngine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let engine: Promise<Pagefind> | undefined;

/** Loads Pagefind's search script on first use only (the page itself ships none of it). */
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

/** Runs a search (exact, then relaxed) against the loaded index. */
export async function search(query: string, filters: Record<string, string[]> = {}): Promise<{ hits: SearchHit[]; relaxed: boolean }> {
  return findGuides(await loadSearch(), query, filters);
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
