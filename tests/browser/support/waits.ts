import type { Locator, Page } from 'playwright-core';

/**
 * Waits for an element to show exactly this text: Playwright's own waiting on the DOM, bounded only
 * by its timeout as a failure (never a window the page must beat, unlike vitest's expect.poll).
 */
export async function untilText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor({ state: 'attached' });
}

/** Installs Playwright's clock before the page loads, so a test can stop the page's timers. */
export async function controlClock(page: Page): Promise<void> {
  await page.clock.install();
}

/**
 * Stops the page's timers from here on: a label such as "Copied", which goes back after 2 s, stays
 * until the test has read it, however slow the machine.
 */
export async function stopTimers(page: Page): Promise<void> {
  await page.clock.pauseAt(Date.now() + 60_000);
}
