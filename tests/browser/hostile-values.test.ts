import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MEMORY_KEY } from '../../components/parameter-form/memory';
import { ParameterPage, type ValueView } from '../../src/parameters/page-state';
import { pageParameters } from '../../src/parameters/page-parameters';
import { placeValue, quoteValue, type QuotingContext } from '../../src/parameters/quoting';
import { PARAMETERS } from '../../src/parameters/registry';
import { runbookOutline } from '../../src/procedure/runbook';
import { buildGuideScript, runbookSteps, scriptBytes, type RunbookBlock } from '../../src/procedure/script';
import { cmdShape, commandLineArguments } from '../support/cmd-line';
import { GUIDES_WITH_FORM } from '../support/guide-scripts';
import { announceMissingPwsh, parsePowerShell, PWSH, type PsParse } from '../support/pwsh';
import { visibleText } from '../../src/parameters/visible-text';
import { HOSTILE_VALUES } from '../support/hostile-values';
import { fillsPlaces, shellReadings, type ShownBlock } from './support/download-check';
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
      // The label as it changed: on a loaded machine, the 2 s that it stays can pass before the test reads it.
      const labelled = changed(button, { childList: true, characterData: true, subtree: true }).then(() => button.textContent ?? '');
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
      const label = await labelled;
      return { refused, review, label, clipboard: await navigator.clipboard.readText(), code: code.textContent ?? '' };
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
      const typed = new ParameterPage(pageParameters(names), '', {});
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
      await check(`link "${attacks}"`, new ParameterPage(pageParameters(names), search, {}), 'link');
      await page.evaluate(([key, json]) => localStorage.setItem(key, json), [MEMORY_KEY, JSON.stringify(values)] as const);
      await load('');
      await check(`remembered "${attacks}"`, new ParameterPage(pageParameters(names), '', values), 'remembered');
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

/**
 * The exact bytes of every download, for every hostile row a field accepts: on the pages of each kind of
 * place (PowerShell '...', cmd.exe bare, cmd.exe "..."), each load carries a different accepted row in
 * each field (by link; a field a link cannot set is typed), Download script must open the review before
 * any file is made, and the file must be, byte for byte, the runbook of the code the page shows. Each
 * shell's reading of those bytes must hold each value once per place, as the one literal it replaces:
 * PowerShell's own parser gives the same tokens, token kinds and commands as with a marker in each
 * place; cmd.exe sees the same operators, and the program the value as one argument.
 */
announceMissingPwsh('the hostile-download parse (tokens of each download as 5.1 and 7 read it)');
const BYTE_PAGES = ['azure-ad-connect-writeback/exchange-hybrid-writeback', 'ipv6-routed-lan/windows-ipv6-router', 'small-business-server/rww-password-prompts'];
const TYPED_ONLY = new Set<string>(PARAMETERS.filter((parameter) => 'typedOnly' in parameter && parameter.typedOnly).map((parameter) => parameter.name));

/** The page's blocks, as shown and with a marker (ZZnameZZ, then ZZnameZZж: ASCII or not) in place of each value. */
function blocksOf(page: Page): Promise<{ shown: RunbookBlock[]; marked: RunbookBlock[][]; spans: ShownSpan[] }> {
  return page.evaluate(() => {
    const figures = [...document.querySelectorAll<HTMLElement>('main figure.code-block')];
    const markedCode = (figure: HTMLElement, suffix: string): string => {
      const code = figure.querySelector('pre code')!.cloneNode(true) as HTMLElement;
      for (const span of code.querySelectorAll<HTMLElement>('span[data-param]')) span.textContent = `ZZ${span.dataset['param']}ZZ${suffix}`;
      return code.textContent ?? '';
    };
    return {
      shown: figures.map((figure) => ({ language: figure.dataset['language'] ?? 'text', code: figure.querySelector('pre code')?.textContent ?? '' })),
      marked: ['', '\u0436'].map((suffix) => figures.map((figure) => ({ language: figure.dataset['language'] ?? 'text', code: markedCode(figure, suffix) }))),
      spans: [...document.querySelectorAll<HTMLElement>('main span[data-param]')].map((span) => ({
        name: span.dataset['param'] ?? '',
        context: (span.dataset['context'] ?? 'text') as QuotingContext,
        text: span.textContent ?? '',
        fromLink: false,
      })),
    };
  });
}

interface Checked {
  where: string;
  filename: string;
  template: string;
  readings: { shell: string; text: string }[];
  fills: Map<string, string[]>;
}

describe.each(BYTE_PAGES)('downloads with hostile values on /guides/%s/', (slug) => {
  const guide = GUIDES_WITH_FORM.find((candidate) => candidate.file === `${slug}.mdx`)!;
  const outline = runbookOutline(guide.body);
  const script = (blocks: readonly RunbookBlock[]): { filename: string; text: string } => {
    const steps = runbookSteps(outline, blocks);
    if (!Array.isArray(steps)) throw new Error(steps.problem);
    const result = buildGuideScript(guide.slug, guide.title, steps);
    if (!result?.ok) throw new Error(`no script: ${JSON.stringify(result)}`);
    return result.script;
  };

  it('reviews first, then hands over exactly the runbook of the shown code, read alike by every shell', { timeout: 600_000 }, async () => {
    expect(guide, slug).toBeDefined();
    const context = await session.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const handedOver: Download[] = [];
    page.on('download', (download) => handedOver.push(download));
    const load = async (search: string): Promise<void> => {
      // What an earlier round typed is remembered: each round starts from the link alone.
      if (page.url().startsWith(session.baseURL)) await page.evaluate(() => localStorage.clear());
      await page.goto(`${session.baseURL}/guides/${slug}/${search}`);
      await page.locator('guide-parameters input').first().focus();
      await page.waitForSelector('guide-parameters.is-enhanced');
      // Counts the files the page makes: none may exist before the review is answered.
      await page.evaluate(() => {
        const made = { count: 0 };
        Object.assign(window, { filesMade: made });
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (object: Blob | MediaSource) => {
          made.count++;
          return create(object);
        };
      });
    };
    await load('');
    const names = await page.locator('guide-parameters input[name]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
    const contexts = new Map<string, Set<QuotingContext>>();
    for (const span of (await blocksOf(page)).spans) contexts.set(span.name, (contexts.get(span.name) ?? new Set()).add(span.context));
    // The rows each field accepts: valid for its type, and placeable wherever it sits.
    const accepted = new Map(
      names.map((name) => [
        name,
        HOSTILE_VALUES.filter(({ value }) => {
          const state = new ParameterPage(pageParameters(names), '', {});
          state.type(name, value);
          const entry = state.view()[name];
          return entry?.valid === true && [...(contexts.get(name) ?? [])].every((where) => placeValue(entry.value, where).ok);
        }),
      ]),
    );
    const loads = Math.max(...[...accepted.values()].map((rows) => rows.length));
    expect(loads, `${slug}: some hostile row is accepted`).toBeGreaterThan(0);

    const checked: Checked[] = [];
    for (let round = 0; round < loads; round++) {
      const rows = new Map(names.flatMap((name) => {
        const row = accepted.get(name)![round];
        return row ? [[name, row] as const] : [];
      }));
      const linked = [...rows].filter(([name]) => !TYPED_ONLY.has(name));
      const typed = [...rows].filter(([name]) => TYPED_ONLY.has(name));
      const search = linked.length > 0 ? `?${linked.map(([name, row]) => `${name}=${asLinkSends(row.value)}`).join('&')}` : '';
      const where = `${slug} with ${[...rows].map(([name, row]) => `${name}: "${row.attack}"`).join(', ')}`;
      await load(search);
      await fill(page, Object.fromEntries(typed.map(([name, row]) => [name, row.value])));
      const state = new ParameterPage(pageParameters(names), search, {});
      for (const [name, row] of typed) state.type(name, row.value);
      const view = state.view();
      const { shown, marked: markedBlocks, spans } = await blocksOf(page);
      expect(spans.map((span) => span.text), `${where}: the page shows each value as quoted for its place`).toEqual(expectedSpans(view, spans).texts);

      const before = handedOver.length;
      await page.getByRole('button', { name: 'Download script' }).click();
      if (linked.length > 0) {
        await page.locator('dialog.review-dialog[open]').waitFor();
        expect(await page.evaluate(() => (window as unknown as { filesMade: { count: number } }).filesMade.count), `${where}: no file before the review`).toBe(0);
        expect(handedOver.length, `${where}: no download before the review`).toBe(before);
        await page.locator('dialog.review-dialog button[value="confirm"]').click();
      } else {
        expect(await page.locator('dialog.review-dialog[open]').count(), `${where}: typed values need no review`).toBe(0);
      }
      await page.locator('guide-parameters [role="status"]').filter({ hasText: 'Downloaded' }).waitFor();
      expect(handedOver.length, `${where}: one file`).toBe(before + 1);
      const file = handedOver.at(-1)!;
      const bytes = readFileSync((await file.path()) ?? '');
      const expected = script(shown);
      expect(file.suggestedFilename(), where).toBe(expected.filename);
      expect(bytes.equals(Buffer.from(scriptBytes(expected))), `${where}: the file is, byte for byte, the runbook of the code shown`).toBe(true);

      const { readings, problems } = shellReadings(bytes, file.suggestedFilename());
      expect(problems, where).toEqual([]);
      // The same runbook with a marker in each place, as the same kind of file.
      const marked = markedBlocks.map(script).find((candidate) => candidate.filename === expected.filename);
      expect(marked, `${where}: a marker runbook of the same kind`).toBeDefined();
      // What each place may hold: the value as the page quoted it there, and inside a '...' string of the runbook.
      const fills = new Map<string, string[]>();
      for (const span of spans) {
        for (const suffix of ['', '\u0436']) {
          const list = fills.get(`ZZ${span.name}ZZ${suffix}`) ?? [];
          list.push(span.text);
          if (placeValue(span.text, 'ps-single').ok) list.push(quoteValue(span.text, 'ps-single'));
          fills.set(`ZZ${span.name}ZZ${suffix}`, list);
        }
      }
      checked.push({ where, filename: expected.filename, template: marked!.text, readings, fills });
      if (expected.filename.endsWith('.cmd')) checkCmd(where, marked!.text, readings[0]!.text, view, spans);
    }
    expect(handedOver.length, `${slug}: a download per load`).toBe(loads);

    // PowerShell's own parser, once for every reading of every .ps1 and its marker runbook.
    const ps1 = checked.filter((entry) => entry.filename.endsWith('.ps1'));
    if (PWSH && ps1.length > 0) {
      const sources = ps1.flatMap((entry) => [entry.template, ...entry.readings.map((reading) => reading.text)]);
      const parsed = parsePowerShell(sources);
      let at = 0;
      for (const entry of ps1) {
        const template = parsed[at++]!;
        for (const reading of entry.readings) checkTokens(`${entry.where}, read by ${reading.shell}`, template, parsed[at++]!, entry.fills);
      }
    }
    await context.close();
  });
});

/** Same tokens, kinds and commands as the marker runbook; a token that held a marker holds one accepted text per marker. */
function checkTokens(where: string, template: PsParse, actual: PsParse, fills: ReadonlyMap<string, readonly string[]>): void {
  expect(actual.errors, `${where}: parses`).toEqual([]);
  expect(actual.commands, `${where}: no other command`).toEqual(template.commands);
  expect(actual.tokens.map((token) => `${token.kind} ${token.nested.join(',')}`), `${where}: the same tokens`).toEqual(template.tokens.map((token) => `${token.kind} ${token.nested.join(',')}`));
  let places = 0;
  template.tokens.forEach((token, index) => {
    const text = actual.tokens[index]!.text;
    if (!/ZZ\w+?ZZ/.test(token.text)) {
      expect(text, `${where}: token ${index} unchanged`).toBe(token.text);
      return;
    }
    places++;
    expect(fillsPlaces(token.text, text, fills), `${where}: ${text} is ${token.text} with each value once in its place`).toBe(true);
  });
  expect(places, `${where}: the values are in the file`).toBeGreaterThan(0);
}

/** cmd.exe's reading of a .cmd: the same operators on every line, and each program the value as one argument. */
function checkCmd(where: string, template: string, text: string, view: Record<string, ValueView>, spans: readonly ShownSpan[]): void {
  const expectedLines = template.split('\r\n');
  const lines = text.split('\r\n');
  expect(lines.length, where).toBe(expectedLines.length);
  // A value as the program gets it: the field's value, or a derived one as shown.
  const valueOf = (name: string): string => view[name]?.value ?? spans.find((span) => span.name === name)?.text ?? '';
  let places = 0;
  lines.forEach((line, index) => {
    const model = expectedLines[index]!;
    expect(cmdShape(line), `${where}: ${line}`).toEqual(cmdShape(model));
    if (/ZZ\w+?ZZ/.test(model) && !line.startsWith('echo(') && !line.startsWith('>>')) {
      places++;
      expect(commandLineArguments(line), `${where}: ${line}`).toEqual(commandLineArguments(model).map((argument) => argument.replace(/ZZ(\w+?)ZZ/g, (_marker, name: string) => valueOf(name))));
    }
  });
  expect(places, `${where}: the values are in the file`).toBeGreaterThan(0);
}
