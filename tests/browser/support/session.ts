import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

/** A test file's Chromium, with a fresh context per test, closed after it. */
export interface BrowserSession {
  baseURL: string;
  browser(): Browser;
  /** The context of the current test (the last one opened). */
  context(): BrowserContext;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Opens a page of the built site; `prepare` runs before it loads (permissions, dialog handlers). */
  open(path: string, options?: BrowserContextOptions, prepare?: (page: Page, context: BrowserContext) => Promise<void> | void): Promise<Page>;
}

/** Registers the hooks that launch and close Chromium for the calling test file. */
export function browserSession(): BrowserSession {
  const baseURL = inject('baseURL');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  const session: BrowserSession = {
    baseURL,
    browser: () => {
      if (!browser) throw new Error('Chromium is not running yet');
      return browser;
    },
    context: () => {
      const context = contexts.at(-1);
      if (!context) throw new Error('no page was opened in this test');
      return context;
    },
    async newContext(options = {}) {
      // The site's service worker (src/offline/) would keep pages across a test's loads; offline.test.ts allows it.
      const context = await session.browser().newContext({ serviceWorkers: 'block', ...options });
      contexts.push(context);
      return context;
    },
    async open(path, options = {}, prepare) {
      const context = await session.newContext(options);
      const page = await context.newPage();
      await prepare?.(page, context);
      await page.goto(baseURL + path);
      return page;
    },
  };
  return session;
}
