import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
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
    const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 800 } });
    await context.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
    const page = await context.newPage();
    await page.goto(baseURL + path);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // Default rules plus WCAG 2.2 target size, which matters on touch screens.
      const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: Violation[] }> } }).axe;
      const result = await axe.run({ rules: { 'target-size': { enabled: true } } });
      return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    });
    await context.close();
    expect(violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
