import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageParameters } from '../../src/parameters/page-parameters';
import { ParameterPage } from '../../src/parameters/page-state';
import { placeValue, quoteValue, type QuotingContext } from '../../src/parameters/quoting';
import { runbookOutline } from '../../src/procedure/runbook';
import { buildGuideScript, runbookSteps, scriptBytes, type RunbookBlock } from '../../src/procedure/script';
import { cmdReadingProblems } from '../support/cmd-line';
import { fillsPlaces, shellReadings } from '../support/download-check';
import { GUIDES_WITH_FORM } from '../support/guide-scripts';
import { asLinkSends, HOSTILE_VALUES } from '../support/hostile-values';
import { announceMissingPwsh, parsePowerShell, PWSH, type PsParse } from '../support/pwsh';
import { expectedSpans, fieldNames, fill, placesFromSource, rowFate, TYPED_ONLY, type ShownSpan } from './support/hostile-page';
import { browserSession, formReady } from './support/session';

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
const session = browserSession();
const BYTE_PAGES = ['azure-ad-connect-writeback/exchange-hybrid-writeback', 'ipv6-routed-lan/windows-ipv6-router', 'small-business-server/rww-password-prompts'];

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
  /** What each program must get for a parameter: the field's value, or a derived one as shown. */
  values: Record<string, string>;
}

describe.each(BYTE_PAGES)('downloads with hostile values on /guides/%s/', (slug) => {
  const guide = GUIDES_WITH_FORM.find((candidate) => candidate.file === `${slug}.mdx`)!;
  const places = placesFromSource(`/guides/${slug}/`);
  const outline = runbookOutline(guide.body);
  const script = (blocks: readonly RunbookBlock[]): { filename: string; text: string } => {
    const steps = runbookSteps(outline, blocks);
    if (!Array.isArray(steps)) throw new Error(steps.problem);
    const result = buildGuideScript(guide.slug, guide.title, steps);
    if (!result?.ok) throw new Error(`no script: ${JSON.stringify(result)}`);
    return result.script;
  };
  const checked: Checked[] = [];

  beforeAll(async () => {
    expect(guide, slug).toBeDefined();
    const context = await session.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const handedOver: Download[] = [];
    page.on('download', (download) => handedOver.push(download));
    const load = async (search: string): Promise<void> => {
      // What an earlier round typed is remembered: each round starts from the link alone.
      if (page.url().startsWith(session.baseURL)) await page.evaluate(() => localStorage.clear());
      await page.goto(`${session.baseURL}/guides/${slug}/${search}`);
      await formReady(page);
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
    const names = await fieldNames(page);
    // The rows each field accepts: valid for its type, and placeable wherever it sits.
    const accepted = new Map(
      names.map((name) => [
        name,
        HOSTILE_VALUES.filter(({ value }) => rowFate(names, places, name, value) === 'accepted'),
      ]),
    );
    const loads = Math.max(...[...accepted.values()].map((rows) => rows.length));
    expect(loads, `${slug}: some hostile row is accepted`).toBeGreaterThan(0);

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
      expect(spans.map((span) => span.text), `${where}: the page shows each value as quoted for its place`).toEqual(expectedSpans(view, places).texts);

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
      const values = Object.fromEntries(spans.map((span) => [span.name, view[span.name]?.value ?? span.text]));
      checked.push({ where, filename: expected.filename, template: marked!.text, readings, fills, values });
    }
    expect(handedOver.length, `${slug}: a download per load`).toBe(loads);
    await context.close();
  }, 300_000);

  it('each .cmd, read by cmd.exe: the same operators, and each program the value as one argument', () => {
    const cmd = checked.filter((entry) => entry.filename.endsWith('.cmd'));
    for (const entry of cmd) {
      const { problems, places } = cmdReadingProblems(entry.template, entry.readings[0]!.text, (name) => entry.values[name] ?? '');
      expect(problems, entry.where).toEqual([]);
      expect(places, `${entry.where}: the values are in the file`).toBeGreaterThan(0);
    }
    // Which kind of file each page gives is fixed by its code: the cmd.exe pages give .cmd files for ASCII values.
    expect(cmd.length > 0, `${slug}: .cmd downloads`).toBe(slug !== 'azure-ad-connect-writeback/exchange-hybrid-writeback');
  });

  it.runIf(PWSH)('each .ps1, read by Windows PowerShell 5.1 and 7: the same tokens and commands as with a marker in each place', { timeout: 300_000 }, () => {
    const ps1 = checked.filter((entry) => entry.filename.endsWith('.ps1'));
    expect(ps1.length, `${slug}: .ps1 downloads`).toBeGreaterThan(0);
    // PowerShell's own parser, once for every reading of every .ps1 and its marker runbook.
    const sources = ps1.flatMap((entry) => [entry.template, ...entry.readings.map((reading) => reading.text)]);
    const parsed = parsePowerShell(sources);
    let at = 0;
    for (const entry of ps1) {
      const template = parsed[at++]!;
      for (const reading of entry.readings) checkTokens(`${entry.where}, read by ${reading.shell}`, template, parsed[at++]!, entry.fills);
    }
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
