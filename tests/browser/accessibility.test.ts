import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { builtPages } from './support/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

describe.each([
  ['light', 1280],
  ['dark', 1280],
  ['light', 360],
] as const)('axe-core in the %s theme at %i px', (theme, width) => {
  it.each(builtPages())('%s has no violations', async (path) => {
    const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 800 }, serviceWorkers: 'block' });
    await context.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
    const page = await context.newPage();
    await page.goto(baseURL + path);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
    const violations = await axeViolations(page);
    await context.close();
    expect(violations).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('the review of a link\'s values in the %s theme', (theme) => {
  it('the marked values in the code and the open review dialog have no violations, and the dialog holds focus', async () => {
    const context = await browser.newContext({ colorScheme: theme, serviceWorkers: 'block' });
    await context.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
    const page = await context.newPage();
    await page.goto(`${baseURL}/guides/azure-ad-connect-writeback/group-writeback/?accountName=EVIL%5Csvc&cloudGroupOU=OU%3DEvil%27s%20OU%2CDC%3Devil%2CDC%3Dcom`);
    await page.waitForSelector('guide-parameters.is-enhanced');
    expect(await page.locator('span.param-from-link').count()).toBe(2);
    const marked = await axeViolations(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('dialog', { name: 'Check the values from the link' }).waitFor();
    const open = await axeViolations(page);
    // A modal dialog: the page behind it is inert, so Tab goes through its two buttons and out to the
    // browser (the document body here), never to a control behind it.
    const focused: string[] = [];
    for (let index = 0; index < 4; index++) {
      focused.push(await page.evaluate(() => (document.activeElement?.closest('dialog') ? (document.activeElement.textContent ?? '') : (document.activeElement?.tagName ?? ''))));
      await page.keyboard.press('Tab');
    }
    await context.close();
    expect(marked).toEqual([]);
    expect(open).toEqual([]);
    expect(focused).toEqual(['Change them', 'Use these values', 'BODY', 'Change them']);
  });
});

describe.each([
  ['light', 1280],
  ['dark', 1280],
  ['light', 360],
] as const)('step progress in the %s theme at %i px', (theme, width) => {
  it('the ticked steps, the marker, the count and the sidebar count have no violations', async () => {
    const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 800 } });
    await context.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
    const page = await context.newPage();
    await page.goto(`${baseURL}/guides/azure-ad-connect-writeback/group-writeback/`);
    await page.getByRole('checkbox', { name: 'Step 1 done' }).click();
    await page.locator('.step-progress-count').filter({ hasText: /^1 of 4 steps done$/ }).waitFor();
    // Reloaded: the sidebar shows the count too.
    await page.reload();
    await page.locator('.step-progress-count').filter({ hasText: /^1 of 4 steps done$/ }).waitFor();
    expect(await page.locator('#site-nav .nav-progress').count()).toBe(1);
    const violations = await axeViolations(page);
    await context.close();
    expect(violations).toEqual([]);
  });
});

/** axe-core's default rules plus WCAG 2.2 target size (which matters on touch screens), as one line per violation. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run({ rules: { 'target-size': { enabled: true } } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
