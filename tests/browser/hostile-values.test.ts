import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MEMORY_KEY } from '../../components/parameter-form/memory';
import { ParameterPage, type ValueView } from '../../src/parameters/page-state';
import { placeValue, type QuotingContext } from '../../src/parameters/quoting';
import { visibleText } from '../../src/parameters/visible-text';
import { HOSTILE_VALUES } from '../support/hostile-values';
import type { ShownBlock } from './support/download-check';
import { browserSession } from './support/session';
import { distDir, guidePages } from './support/site';

/**
 * Issue 13 item 6, in the browser: every row of the hostile table, on every guide page with a form,
 * arriving by link, typed, and remembered. What the page shows must be what the pure modules
 * validate and quote (as text, no element or attribute injected); Copy hands over exactly the
 * block, after the review when the value came from a link; Download script refuses while a value is
 * refused, so it never reaches a clipboard or a file. One context per page keeps it quick.
 */
const session = browserSession();
const FORM_PAGES = guidePages().filter((path) => readFileSync(join(distDir, path, 'index.html'), 'utf8').includes('<guide-parameters'));
const SENTINEL = 'clipboard before the click';

interface ShownSpan {
  name: string;
  context: QuotingContext;
  text: string;
  fromLink: boolean;
}

/** What a reader sees: the value spans, the blocks, and the shape of the page (tags and attribute names). */
async function shownOf(page: Page): Promise<{ spans: ShownSpan[]; blocks: ShownBlock[]; shape: string[]; handlers: number }> {
  return page.evaluate(() => ({
    spans: [...document.querySelectorAll<HTMLElement>('span[data-param]')].map((span) => ({
      name: span.dataset['param'] ?? '',
      context: (span.dataset['context'] ?? 'text') as QuotingContext,
      text: span.textContent ?? '',
      fromLink: span.classList.contains('param-from-link'),
    })),
    blocks: [...document.querySelectorAll<HTMLElement>('main figure.code-block')].map((figure) => ({
      language: figure.dataset['language'] ?? 'text',
      code: figure.querySelector('pre code')?.textContent ?? '',
    })),
    // The review dialog's list is rebuilt from the link's values: it is checked on its own.
    shape: [...document.querySelectorAll('main *')]
      .filter((element) => !element.closest('.review-values'))
      .map((element) => `${element.tagName} ${element.getAttributeNames().filter((name) => !/^(class|hidden|aria-invalid|aria-description|aria-live|open)$/.test(name)).join(' ')}`),
    handlers: [...document.querySelectorAll('*')].filter((element) => element.getAttributeNames().some((name) => name.startsWith('on'))).length,
  }));
}

/** The text each span must show: the value quoted for its place, or invalid everywhere when it is invalid or cannot be placed in one of them. */
function expectedSpans(view: Record<string, ValueView>, spans: readonly ShownSpan[]): { texts: string[]; invalid: Set<string> } {
  const invalid = new Set<string>();
  for (const span of spans) {
    const entry = view[span.name];
    if (!entry?.valid || !placeValue(entry.value, span.context).ok) invalid.add(span.name);
  }
  const texts = spans.map((span) => {
    const placed = placeValue(view[span.name]?.value ?? '', span.context);
    return invalid.has(span.name) || !placed.ok ? `<${span.name}: invalid>` : placed.text;
  });
  return { texts, invalid };
}

/**
 * Types into fields as a reader does (input events; undefined: the field's example) and gives what each field
 * holds. One round trip for all fields: the table is long.
 */
function fill(page: Page, values: Record<string, string | undefined>): Promise<Record<string, string>> {
  return page.evaluate((wanted) => {
    const held: Record<string, string> = {};
    for (const [name, value] of Object.entries(wanted)) {
      const input = document.querySelector<HTMLInputElement>(`guide-parameters input[name="${name}"]`)!;
      input.value = value ?? input.dataset['example'] ?? '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      held[name] = input.value;
    }
    return held;
  }, values);
}

/**
 * Clicks a block's Copy button and answers the review if it opens, in one round trip; waits for the
 * button's label to change (an event, not a time window) and gives what reached the clipboard.
 */
function copyBlock(page: Page, index: number): Promise<{ refused: boolean; review: { values: string[]; tags: string[]; clipboard: string } | undefined; label: string; clipboard: string; code: string }> {
  return page.evaluate(
    async ({ index, sentinel }) => {
      const figure = document.querySelectorAll('main figure.code-block')[index]!;
      const button = figure.querySelector<HTMLButtonElement>('button.copy-code')!;
      const code = figure.querySelector('pre code')!;
      const dialog = document.querySelector<HTMLDialogElement>('dialog.review-dialog')!;
      const changed = (target: Node, options: MutationObserverInit): Promise<void> =>
        new Promise((resolve) => new MutationObserver((_, observer) => { observer.disconnect(); resolve(); }).observe(target, options));
      await navigator.clipboard.writeText(sentinel);
      const refused = code.querySelector('.param-invalid') !== null;
      const needsReview = !refused && code.querySelector('.param-from-link') !== null;
      const labelled = changed(button, { childList: true, characterData: true, subtree: true });
      const opened = needsReview ? changed(dialog, { attributes: true, attributeFilter: ['open'] }) : undefined;
      button.click();
      let review: { values: string[]; tags: string[]; clipboard: string } | undefined;
      if (opened) {
        await opened;
        review = {
          values: [...dialog.querySelectorAll('dd code')].map((element) => element.textContent ?? ''),
          tags: [...dialog.querySelectorAll('.review-values *')].map((element) => element.tagName),
          clipboard: await navigator.clipboard.readText(),
        };
        dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
      }
      await labelled;
      return { refused, review, label: button.textContent ?? '', clipboard: await navigator.clipboard.readText(), code: code.textContent ?? '' };
    },
    { index, sentinel: SENTINEL },
  );
}

describe.each(FORM_PAGES)('hostile values on %s', (path) => {
  it('by link, typed and remembered: shown as text, copied and downloaded exactly, refused values never handed over', { timeout: 600_000 }, async () => {
    const context = await session.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.baseURL });
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    /** Opens the page (search: the link's query) once the form's code is there. */
    const load = async (search: string): Promise<void> => {
      await page.goto(`${session.baseURL}${path}${search}`);
      await page.locator('guide-parameters input').first().focus();
      await page.waitForSelector('guide-parameters.is-enhanced');
    };

    await load('');
    const names = await page.locator('guide-parameters input[name]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
    const baseline = await shownOf(page);
    // One block per parameter is enough to see what Copy hands over for it.
    const firstBlockOf = await page.locator('main figure.code-block').evaluateAll((figures, wanted) =>
      wanted.map((name) => figures.findIndex((figure) => figure.querySelector(`span[data-param="${name}"]`) !== null)), names);
    const copyBlocks = [...new Set(firstBlockOf.filter((index) => index >= 0))];

    const check = async (where: string, state: ParameterPage, mode: 'link' | 'typed' | 'remembered'): Promise<void> => {
      const view = state.view();
      const shown = await shownOf(page);
      expect(shown.shape, `${where}: no element or attribute added or removed`).toEqual(baseline.shape);
      expect(shown.handlers, `${where}: no event handler attribute`).toBe(0);
      const { texts, invalid } = expectedSpans(view, shown.spans);
      expect(shown.spans.map((span) => span.text), `${where}: each value as the pure modules quote it`).toEqual(texts);
      expect(
        shown.spans.filter((span) => span.fromLink).map((span) => span.name),
        `${where}: link values marked in the code`,
      ).toEqual(shown.spans.filter((span) => mode === 'link' && view[span.name]?.fromLink && !invalid.has(span.name)).map((span) => span.name));

      for (const index of copyBlocks) {
        const copy = await copyBlock(page, index);
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
        expect(await page.evaluate(() => {
          document.querySelector<HTMLButtonElement>('[data-action="download"]')!.click();
          return document.querySelector('.parameters-status')?.textContent;
        }), `${where}: no download with a refused value`).toBe('Fix the values marked invalid first.');
      }
    };

    for (const { attack, value } of HOSTILE_VALUES) {
      // What a field holds may differ from what was typed (a text field drops line breaks).
      const held = await fill(page, Object.fromEntries(names.map((name) => [name, value])));
      const typed = new ParameterPage(names, '', {});
      for (const name of names) typed.type(name, held[name] ?? '');
      await check(`typed "${attack}"`, typed, 'typed');
    }
    // By link and from memory each load is a navigation: the rows are spread over the fields, one row per field per load.
    for (let first = 0; first < HOSTILE_VALUES.length; first += names.length) {
      const rows = names.map((_, offset) => HOSTILE_VALUES[(first + offset) % HOSTILE_VALUES.length]!);
      const values = Object.fromEntries(names.map((name, offset) => [name, rows[offset]!.value]));
      const attacks = rows.map((row) => row.attack).join('", "');
      await page.evaluate(() => localStorage.clear());
      const search = `?${names.map((name) => `${name}=${asLinkSends(values[name] ?? '')}`).join('&')}`;
      await load(search);
      await check(`link "${attacks}"`, new ParameterPage(names, search, {}), 'link');
      await page.evaluate(([key, json]) => localStorage.setItem(key, json), [MEMORY_KEY, JSON.stringify(values)] as const);
      await load('');
      await check(`remembered "${attacks}"`, new ParameterPage(names, '', values), 'remembered');
    }
    expect(downloads, 'no download starts while a value is refused').toHaveLength(0);
  });
});

/**
 * A value as an attacker's link carries it: percent-encoded UTF-8, and a lone surrogate (which
 * encodeURIComponent refuses) as the three bytes a crafted link would hold for it.
 */
function asLinkSends(value: string): string {
  return [...value]
    .map((char) => {
      const unit = char.charCodeAt(0);
      if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
        return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
      }
      return encodeURIComponent(char);
    })
    .join('');
}
