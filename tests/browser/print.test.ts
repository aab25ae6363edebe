import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session';
import { pdfPages, squeezed } from './support/pdf-text';

/**
 * Printing a guide gives a runbook (issue 12): the reader's values in a table and in every command,
 * whole and wrapped; a sign-off box per step; the date printed; no navigation, search, form or buttons.
 */
const session = browserSession();
const HYBRID = '/guides/azure-ad-connect-writeback/exchange-hybrid-writeback/';
const ROUTER = '/guides/ipv6-routed-lan/windows-ipv6-router/';
// 23:30 UTC on 1 December is already 2 December in Auckland: the date printed is the reader's own day.
const NOW = new Date('2026-12-01T23:30:00Z');
const PRINTED = '2 December 2026';

async function open(path: string): Promise<Page> {
  const page = await session.open(path, { timezoneId: 'Pacific/Auckland' }, async (opened) => {
    await opened.clock.setFixedTime(NOW);
  });
  await page.waitForSelector('guide-parameters.is-ready');
  return page;
}

/** Types the reader's own values, once the form's code is there. */
async function typeValues(page: Page, values: Record<string, string>): Promise<void> {
  await page.locator('guide-parameters input').first().focus();
  await page.waitForSelector('guide-parameters.is-enhanced');
  for (const [name, value] of Object.entries(values)) await page.locator(`#param-${name}`).fill(value);
}

/** The text of every code block of the guide, as the screen shows it with the reader's values. */
const codeBlocks = (page: Page): Promise<string[]> => page.locator('main figure.code-block pre code').allTextContents();

/** The printed table of values: [label, value, note] per row, read in print media. */
const printedValues = (page: Page): Promise<string[][]> =>
  page.locator('.print-values tbody tr').evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent ?? '')));

/** What print media shows and hides, and whether any code block is cut off. */
async function checkPrintLayout(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-nav', '.toc-column', '.site-footer', '.breadcrumbs', '.prev-next', '.parameters', 'guide-parameters form', '.skip-link']) {
    await expect.soft(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
  }
  expect(await page.locator('main button:visible, header button:visible, main input:visible').count()).toBe(0);
  expect(await page.locator('.print-values').isVisible()).toBe(true);
  expect(await page.locator('.print-date').isVisible()).toBe(true);
  const clipped = await page.locator('main pre').evaluateAll((blocks) => blocks.filter((block) => block.scrollWidth > block.clientWidth).map((block) => block.textContent?.slice(0, 60)));
  expect(clipped).toEqual([]);
}

describe('printing a guide with the reader values', () => {
  it('shows a runbook in print media and puts every command, with the values, in the PDF', async () => {
    const page = await open(HYBRID);
    await typeValues(page, { accountName: 'FABRIKAM\\MSOL_0f1e2d3c4b5a', hybridOU: 'OU=Hybrid Users,OU=Sync,DC=corp,DC=fabrikam,DC=com' });
    const code = await codeBlocks(page);
    expect(code.join('\n')).toContain('OU=Hybrid Users,OU=Sync,DC=corp,DC=fabrikam,DC=com');
    // A reader halfway through: the screen's progress (count, buttons, marker, checkboxes) stays off paper.
    await page.locator('input.step-done').first().check();
    await page.waitForFunction(() => document.querySelector('.step-progress-count')?.textContent?.startsWith('1 of') === true);

    await checkPrintLayout(page);
    const rows = await printedValues(page);
    expect(rows).toContainEqual(['AD DS connector account', 'FABRIKAM\\MSOL_0f1e2d3c4b5a', '']);
    expect(rows.find((row) => row[1] === 'OU=Hybrid Users,OU=Sync,DC=corp,DC=fabrikam,DC=com')?.[2]).toBe('');
    // The domain the reader has not typed is still the example, and the runbook says so.
    expect(rows.find((row) => row[1] === 'DC=contoso,DC=com')?.[2]).toBe('Example value');

    const pdf = await page.pdf({ format: 'A4' });
    const pages = await pdfPages(pdf);
    const text = pages.join('\n');
    const flat = squeezed(text);
    for (const block of code) expect(flat, `code block starting ${block.slice(0, 80)}`).toContain(squeezed(block));
    expect(text).toContain('Exchange hybrid writeback');
    expect(text).not.toContain('You are here');
    expect(text).not.toContain('steps done');
    expect(text).toContain(`Printed ${PRINTED}`);
    expect(flat).toContain(squeezed(`${session.baseURL}${HYBRID}?`));
    expect(flat).toContain(squeezed('OU%3DHybrid'));
    const steps = await page.locator('h2#steps ~ ol:not(h2#steps ~ h2 ~ ol) > li').count();
    expect(steps).toBeGreaterThan(1);
    expect(text.split('Done by (initials)').length - 1).toBe(steps);
    // Each step with its id, which the downloaded runbook's -FromStep takes.
    const ids = await page.locator('h2#steps ~ ol:not(h2#steps ~ h2 ~ ol) > li .step-anchor').evaluateAll((anchors) => anchors.map((anchor) => anchor.id));
    expect(ids).toHaveLength(steps);
    for (const id of ids) expect(flat).toContain(squeezed(`[${id}]`));
    // A site-relative link prints with the site's address (the one in the canonical URL), so it works from paper.
    const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
    const relative = await page.locator('main article > p a[href^="/"]').first().getAttribute('href');
    expect(flat).toContain(squeezed(`(${site}${relative ?? '/a site link'})`));
    for (const chrome of ['Skip to content', 'Print runbook', 'Download script', 'Copy link', 'Reset to examples', 'On this page', 'RSS feed', 'Search']) {
      expect.soft(text, chrome).not.toContain(chrome);
    }
  });

  it('prints a cmd guide with every command whole, and links with their targets', async () => {
    const page = await open(ROUTER);
    await typeValues(page, { routedPrefix: '2001:db8:abcd:12::/64', lanInterface: 'Ethernet 2', tunnelInterface: 'HE Tunnel', clientInterface: 'Ethernet' });
    // Steps with shell tabs print the reader's tab (the first, Command Prompt, here), every other block too.
    const code = await page.locator('main figure.code-block:not(.shell-panel[data-shell="powershell"] *) pre code').allTextContents();
    const otherTab = await page.locator('main .shell-panel[data-shell="powershell"] figure.code-block pre code').allTextContents();
    expect(code.join('\n')).toContain('"Ethernet 2"');
    expect(code.length + otherTab.length).toBe((await codeBlocks(page)).length);
    expect(otherTab.length).toBeGreaterThan(0);
    await checkPrintLayout(page);
    const text = (await pdfPages(await page.pdf({ format: 'A4' }))).join('\n');
    const flat = squeezed(text);
    for (const block of code) expect(flat, `code block starting ${block.slice(0, 80)}`).toContain(squeezed(block));
    for (const block of otherTab) expect(flat, `the other tab's block starting ${block.slice(0, 80)}`).not.toContain(squeezed(block));
    const external = await page.locator('main .guide-sources a[href^="http"]').first().getAttribute('href');
    expect(flat).toContain(squeezed(`(${external ?? 'a source link'})`));
  });
});

describe('printing values that came from a link', () => {
  it('marks each one not checked yet, in the table of values', async () => {
    const page = await open(`${HYBRID}?hybridOU=${encodeURIComponent('OU=Linked,DC=fabrikam,DC=com')}`);
    await page.waitForSelector('guide-parameters.is-enhanced');
    await page.emulateMedia({ media: 'print' });
    const rows = await printedValues(page);
    expect(rows.find((row) => row[1] === 'OU=Linked,DC=fabrikam,DC=com')?.[2]).toBe('From a link, not checked yet');
    const text = (await pdfPages(await page.pdf({ format: 'A4' }))).join('\n');
    expect(squeezed(text)).toContain(squeezed('OU=Linked,DC=fabrikam,DC=comFrom a link, not checked yet'));
  });
});

describe('printing in dark mode', () => {
  it('prints dark text on white paper, code in the light theme', async () => {
    const page = await session.open(HYBRID, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const style = (selector: string): CSSStyleDeclaration => getComputedStyle(document.querySelector(selector)!);
      return { page: style('body').backgroundColor, text: style('main article > p:not([class])').color, code: style('main pre').backgroundColor };
    });
    expect(colours).toEqual({ page: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', code: 'rgb(255, 255, 255)' });
  });
});

describe('printing without JavaScript', () => {
  it('gives the examples, marked as examples, and a blank line for the date', async () => {
    const page = await session.open(HYBRID, { javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    const rows = await printedValues(page);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[2]).toBe('Example value');
    expect(await page.locator('.print-date').textContent()).toBe('Printed ');
    expect(await page.locator('.print-date').isVisible()).toBe(true);
  });
});
