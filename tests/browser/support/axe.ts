import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's default rules plus WCAG 2.2 target size (which matters on touch screens), as one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run({ rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The three states every page is checked in: the themes at desktop width, and a phone's width. */
export const AXE_STATES = ['light at 1280 px', 'dark at 1280 px', 'light at 360 px'] as const;

/**
 * Checks the page as loaded (light, 1280 px), then switches to dark as a reader does (the header's toggle; the
 * system preference follows), then to 360 px and back to light: one load and one axe injection for three states.
 * Leaves the page light at 360 px.
 */
export async function violationsInEveryState(page: Page): Promise<Record<(typeof AXE_STATES)[number], string[]> & { themes: string[] }> {
  const toggle = async (theme: 'light' | 'dark'): Promise<void> => {
    await page.emulateMedia({ colorScheme: theme });
    await page.locator('button.theme-toggle').first().click();
    await page.waitForFunction((wanted) => document.documentElement.dataset['theme'] === wanted, theme);
  };
  const themes = [await page.evaluate(() => document.documentElement.dataset['theme'] ?? '')];
  const light = await axeViolations(page);
  await toggle('dark');
  themes.push('dark');
  const dark = await axeViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await toggle('light');
  themes.push('light');
  const narrow = await axeViolations(page);
  return { 'light at 1280 px': light, 'dark at 1280 px': dark, 'light at 360 px': narrow, themes };
}
