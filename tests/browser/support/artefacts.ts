import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/**
 * Keeps a screenshot in test-results/ for people to look at, only when KEEP_TEST_ARTEFACTS=1: nothing asserts on
 * it, and drawing it costs time on every run.
 */
export async function keepScreenshot(target: Page | Locator, name: string): Promise<void> {
  if (process.env['KEEP_TEST_ARTEFACTS'] !== '1') return;
  const dir = join(import.meta.dirname, '..', '..', '..', 'test-results');
  mkdirSync(dir, { recursive: true });
  await target.screenshot({ path: join(dir, name) });
}
