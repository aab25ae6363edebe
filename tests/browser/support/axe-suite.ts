import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_STATES, violationsInEveryState } from './axe';
import { browserSession } from './session';

/**
 * axe-core on each given page in the three states of AXE_STATES: one page for the whole file, one load per page
 * (the theme switched with the header's toggle, the width with the viewport), so a page costs one axe injection.
 */
export function axePagesSuite(paths: readonly string[]): void {
  const session = browserSession();
  let page: Page;
  beforeAll(async () => {
    const context = await session.browser().newContext({ colorScheme: 'light', viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await context.addInitScript(() => localStorage.setItem('theme', 'light'));
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('has pages to check', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  describe.each(paths)('axe-core on %s', (path) => {
    it(`has no violations: ${AXE_STATES.join(', ')}`, async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(session.baseURL + path);
      const { themes, ...violations } = await violationsInEveryState(page);
      expect(themes).toEqual(['light', 'dark', 'light']);
      expect(violations).toEqual(Object.fromEntries(AXE_STATES.map((state) => [state, []])));
    });
  });
}
