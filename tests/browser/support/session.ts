import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';
// Waits for the global setup's build before any page opens.
import './site';

/** A test file's Chromium, with a fresh context per test, closed after it. */
export interface BrowserSession {
  baseURL: string;
  browser(): Browser;
  /** The context of the current test (the last one opened). */
  context(): BrowserContext;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Opens a page of the built site; `prepare` runs before it loads (permissions, dialog handlers). */
  open(path: string, options?: BrowserContextOptions, prepare?: (page: Page, context: BrowserContext) => Promise<void> | void): Promise<Page>;
  /**
   * Opens a guide with clipboard access, failing the test on any alert/confirm/prompt (a URL must never run
   * script), once the form's code is there (see `formReady`).
   */
  openGuide(path: string, options?: BrowserContextOptions, prepare?: (page: Page, context: BrowserContext) => Promise<void> | void): Promise<Page>;
}

/** The form's code loads on the first touch of the form: touches it and waits until the form is enhanced. */
export async function formReady(page: Page): Promise<void> {
  await page.waitForSelector('guide-parameters.is-ready');
  // One round trip: touch the form, then wait in the page for the class that says its code is there.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const form = document.querySelector('guide-parameters')!;
        const done = (): boolean => form.classList.contains('is-enhanced');
        if (done()) return resolve();
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(form, { attributes: true, attributeFilter: ['class'] });
        form.querySelector('input')!.focus();
      }),
  );
}

/** Lets the page use the clipboard, as a reader's click does. */
export async function grantClipboard(context: BrowserContext, origin: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
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
    async openGuide(path, options = {}, prepare) {
      const page = await session.open(path, options, async (opened, context) => {
        await grantClipboard(context, baseURL);
        opened.on('dialog', (dialog) => {
          throw new Error(`a dialog opened: ${dialog.message()}`);
        });
        await prepare?.(opened, context);
      });
      await formReady(page);
      return page;
    },
  };
  return session;
}
