import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MEMORY_KEY } from '../../../components/parameter-form/memory';
import { pageParameters } from '../../../src/parameters/page-parameters';
import { ParameterPage } from '../../../src/parameters/page-state';
import { visibleText } from '../../../src/parameters/visible-text';
import { GUIDES_WITH_FORM } from '../../support/guide-scripts';
import { GUIDE_FILES } from '../../support/guides';
import { asLinkSends, HOSTILE_VALUES } from '../../support/hostile-values';
import { expectedSpans, fieldNames, fill, loadRows, placesFromSource, rowsOfLoad, type ShownSpan, type SpanPlace } from './hostile-page';
import { browserSession, formReady, grantClipboard } from './session';
import { distDir, guidePages } from './site';

/**
 * Issue 13 item 6, in the browser: every row of the hostile table, on every guide page with a form,
 * typed (every row in every field), by link and remembered (`loadRows`: one load per state the page shows, and
 * every row with a link or storage encoding of its own). What the page shows must be what
 * the pure modules validate and quote for the place the MDX gives each value (as text, no element or
 * attribute injected); Copy hands over exactly the block, after the review when the value came from a
 * link; Download script refuses while a value is refused, so it never reaches a clipboard or a file.
 */
const FORM_PAGES = guidePages().filter((path) => readFileSync(join(distDir, path, 'index.html'), 'utf8').includes('<guide-parameters'));
const SENTINEL = 'before the click';

/** What a reader sees: the value spans, and a digest of the page's shape (tags and attribute names), the shape itself when it differs. */
function shownOf(page: Page, baseline: string | undefined): Promise<{ spans: ShownSpan[]; digest: string; shape?: string[]; handlers: number }> {
  return page.evaluate((baseline) => {
    // The review dialog's list is rebuilt from the link's values: it is checked on its own.
    const shape = [...document.querySelectorAll('main *')]
      .filter((element) => !element.closest('.review-values'))
      .map((element) => `${element.tagName} ${element.getAttributeNames().filter((name) => !/^(class|hidden|aria-invalid|aria-description|aria-live|open)$/.test(name)).join(' ')}`);
    let hash = 0x811c9dc5;
    for (const character of shape.join('\n')) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
    const digest = `${shape.length}:${hash.toString(16)}`;
    return {
      spans: [...document.querySelectorAll<HTMLElement>('span[data-param]')].map((span) => ({
        name: span.dataset['param'] ?? '',
        context: (span.dataset['context'] ?? 'text') as ShownSpan['context'],
        text: span.textContent ?? '',
        fromLink: span.classList.contains('param-from-link'),
      })),
      digest,
      ...(digest === baseline ? {} : { shape }),
      handlers: [...document.querySelectorAll('*')].filter((element) => element.getAttributeNames().some((name) => name.startsWith('on'))).length,
    };
  }, baseline);
}

interface CopyResult {
  refused: boolean;
  review: { values: string[]; tags: string[]; clipboard: string } | undefined;
  label: string;
  clipboard: string;
  code: string;
}

/**
 * Clicks each given block's Copy button in turn and answers the review if it opens, in one round trip; waits for
 * each button's label to change (an event, not a time window) and gives what reached the clipboard.
 */
function copyBlocks(page: Page, indexes: readonly number[]): Promise<CopyResult[]> {
  return page.evaluate(
    async ({ indexes, sentinel }) => {
      const results: CopyResult[] = [];
      for (const index of indexes) {
        const figure = document.querySelectorAll('main figure.code-block')[index]!;
        const button = figure.querySelector<HTMLButtonElement>('button.copy-code')!;
        const code = figure.querySelector('pre code')!;
        const dialog = document.querySelector<HTMLDialogElement>('dialog.review-dialog')!;
        const changed = (target: Node, options: MutationObserverInit): Promise<void> =>
          new Promise((resolve) => new MutationObserver((_, observer) => { observer.disconnect(); resolve(); }).observe(target, options));
        await navigator.clipboard.writeText(sentinel);
        const refused = code.querySelector('.param-invalid') !== null;
        const needsReview = !refused && code.querySelector('.param-from-link') !== null;
        // The label as it changed: on a loaded machine, the 2 s that it stays can pass before the test reads it.
        const labelled = changed(button, { childList: true, characterData: true, subtree: true }).then(() => button.textContent ?? '');
        const opened = needsReview ? changed(dialog, { attributes: true, attributeFilter: ['open'] }) : undefined;
        button.click();
        let review: CopyResult['review'];
        if (opened) {
          await opened;
          review = {
            values: [...dialog.querySelectorAll('dd code')].map((element) => element.textContent ?? ''),
            tags: [...dialog.querySelectorAll('.review-values *')].map((element) => element.tagName),
            clipboard: await navigator.clipboard.readText(),
          };
          dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
        }
        const label = await labelled;
        results.push({ refused, review, label, clipboard: await navigator.clipboard.readText(), code: code.textContent ?? '' });
      }
      return results;
    },
    { indexes, sentinel: SENTINEL },
  );
}

/** Clicks Download script and gives the status it then shows (a sentinel first: a status left from an earlier click would not count). */
function downloadStatus(page: Page, sentinel: string): Promise<string | null | undefined> {
  return page.evaluate((sentinel) => {
    const status = document.querySelector('.parameters-status')!;
    status.textContent = sentinel;
    document.querySelector<HTMLButtonElement>('[data-action="download"]')!.click();
    return status.textContent;
  }, sentinel);
}

/**
 * Registers the suite for the form pages whose path `include` picks (the pages are spread over two files, so that
 * two workers share them); `include` must pick at least one page.
 */
export function hostileValuesSuite(include: (path: string) => boolean): void {
  const session = browserSession();
  const pages = FORM_PAGES.filter(include);

  describe('the pages with a form', () => {
    it('are the guides whose MDX has placeholders', () => {
      expect(FORM_PAGES).toEqual(GUIDE_FILES.filter((guide) => GUIDES_WITH_FORM.some((withForm) => withForm.file === guide.file)).map((guide) => guide.path));
      expect(FORM_PAGES.length).toBeGreaterThanOrEqual(8);
      expect(pages.length).toBeGreaterThan(0);
    });
  });

  describe.each(pages)('hostile values on %s', (path) => {
    const places: SpanPlace[] = placesFromSource(path);

    it('by link, typed and remembered: shown as text, copied and downloaded exactly, refused values never handed over', { timeout: 300_000 }, async () => {
      const context = await session.newContext();
      await grantClipboard(context, session.baseURL);
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      const downloads: Download[] = [];
      page.on('download', (download) => downloads.push(download));
      /** Opens the page (search: the link's query) once the form's code is there. */
      const load = async (search: string): Promise<void> => {
        // The DOM is enough: formReady waits for the form itself, not for fonts and images.
        await page.goto(`${session.baseURL}${path}${search}`, { waitUntil: 'domcontentloaded' });
        await formReady(page);
      };

      await load('');
      const names = await fieldNames(page);
      const first = await shownOf(page, undefined);
      const baselineShape = first.shape!;
      // Each value sits where the MDX puts it, with the quoting context the pure modules give that place.
      expect(first.spans.map(({ name, context }) => ({ name, context })), `${path}: the spans and their contexts, from the MDX`).toEqual(places);
      // One block per parameter is enough to see what Copy hands over for it.
      const firstBlockOf = await page.locator('main figure.code-block').evaluateAll((figures, wanted) =>
        wanted.map((name) => figures.findIndex((figure) => figure.querySelector(`span[data-param="${name}"]`) !== null)), names);
      const copyIndexes = [...new Set(firstBlockOf.filter((index) => index >= 0))];
      expect(copyIndexes.length, `${path}: a block per field`).toBeGreaterThan(0);

      let checks = 0;
      const check = async (where: string, state: ParameterPage, mode: 'link' | 'typed' | 'remembered'): Promise<void> => {
        checks++;
        const view = state.view();
        const shown = await shownOf(page, first.digest);
        if (shown.shape) expect(shown.shape, `${where}: no element or attribute added or removed`).toEqual(baselineShape);
        expect(shown.handlers, `${where}: no event handler attribute`).toBe(0);
        const { texts, invalid } = expectedSpans(view, places);
        expect(shown.spans.map((span) => span.text), `${where}: each value as the pure modules quote it`).toEqual(texts);
        expect(
          shown.spans.filter((span) => span.fromLink).map((span) => span.name),
          `${where}: link values marked in the code`,
        ).toEqual(places.filter((place) => mode === 'link' && view[place.name]?.fromLink && !invalid.has(place.name)).map((place) => place.name));

        for (const copy of await copyBlocks(page, copyIndexes)) {
          if (copy.refused) {
            expect(copy.label, `${where}: Copy refuses an invalid value`).toBe('Fix the values marked invalid first');
            expect(copy.clipboard, `${where}: nothing copied`).toBe(SENTINEL);
            continue;
          }
          if (copy.review) {
            const linked = names.filter((name) => view[name]?.fromLink);
            expect(copy.review.values, `${where}: the review shows the link's values as text`).toEqual(linked.map((name) => visibleText(view[name]?.value ?? '')));
            expect(copy.review.tags, `${where}: the review list holds no other element`).toEqual(linked.flatMap(() => ['DT', 'DD', 'CODE']));
            expect(copy.review.clipboard, `${where}: nothing copied before the review`).toBe(SENTINEL);
          }
          expect(copy.label, `${where}: copied`).toBe('Copied');
          expect(copy.clipboard, `${where}: the block as shown`).toBe(copy.code);
        }

        if (invalid.size > 0) {
          expect(await downloadStatus(page, SENTINEL), `${where}: no download with a refused value`).toBe('Fix the values marked invalid first.');
        }
      };

      for (const { attack, value } of HOSTILE_VALUES) {
        // What a field holds may differ from what was typed (a text field drops line breaks).
        const held = await fill(page, Object.fromEntries(names.map((name) => [name, value])));
        const typed = new ParameterPage(pageParameters(names), '', {});
        for (const name of names) typed.type(name, held[name] ?? '');
        await check(`typed "${attack}"`, typed, 'typed');
      }
      // By link and from memory each load is a navigation: each load carries the next row of each field's list.
      const byLink = loadRows(names, places, 'link');
      const linkLoads = Math.max(...byLink.map((list) => list.length));
      for (let round = 0; round < linkLoads; round++) {
        const carried = rowsOfLoad(names, byLink, round);
        await page.evaluate(() => localStorage.clear());
        const search = `?${carried.map(([name, row]) => `${name}=${asLinkSends(row.value)}`).join('&')}`;
        await load(search);
        await check(`link "${carried.map(([, row]) => row.attack).join('", "')}"`, new ParameterPage(pageParameters(names), search, {}), 'link');
      }
      const fromMemory = loadRows(names, places, 'memory');
      const memoryLoads = Math.max(...fromMemory.map((list) => list.length));
      for (let round = 0; round < memoryLoads; round++) {
        const carried = rowsOfLoad(names, fromMemory, round);
        const values = Object.fromEntries(carried.map(([name, row]) => [name, row.value]));
        await page.evaluate(([key, json]) => localStorage.setItem(key, json), [MEMORY_KEY, JSON.stringify(values)] as const);
        await load('');
        await check(`remembered "${carried.map(([, row]) => row.attack).join('", "')}"`, new ParameterPage(pageParameters(names), '', values), 'remembered');
      }
      expect(checks, `${path}: every state checked`).toBe(HOSTILE_VALUES.length + linkLoads + memoryLoads);
      expect(downloads, 'no download starts while a value is refused').toHaveLength(0);
    });
  });
}
