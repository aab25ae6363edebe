import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_CACHE } from '../../src/offline/service-worker-config';
import { serveStatic, type StaticServer } from './support/server';
import { browserSession } from './support/session';
import { distDir } from './support/site';
import { controlClock, stopTimers, untilText } from './support/waits';
import { searchFor } from './support/search';
import { SECOND_DEPLOYMENT, secondDeployment } from './support/second-deployment';
import { keepScreenshot } from './support/artefacts';

/**
 * Offline use (src/offline/): the service worker that other test files block. This file serves the site on its own
 * address, so it sees every request that reaches the network, and can switch that address to a second build.
 */
const session = browserSession();
const GROUP = '/guides/azure-ad-connect-writeback/group-writeback/';
const GROUP_TITLE = SECOND_DEPLOYMENT.oldTitle;
const USB = '/guides/windows-server/usb-dos-boot/';
const REDEPLOYED_TITLE = SECOND_DEPLOYMENT.newTitle;

let site: StaticServer;
beforeAll(async () => {
  site = await serveStatic(distDir);
});
afterAll(async () => {
  site.server.closeAllConnections();
  await new Promise<void>((resolve) => site.server.close(() => resolve()));
});

/**
 * Opens a page with the service worker allowed, its timers stopped (labels stay until read), and waits until the
 * worker controls the page and has kept the page itself (a first visit: the worker came after the page).
 */
async function openKept(path: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await session.newContext({ serviceWorkers: 'allow' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const page = await context.newPage();
  await controlClock(page);
  await page.goto(site.url + path);
  await stopTimers(page);
  await page.evaluate(async () => {
    const workers = navigator.serviceWorker;
    if (!workers.controller) await new Promise((resolve) => workers.addEventListener('controllerchange', resolve, { once: true }));
  });
  await page.waitForFunction(async ({ cache, kept }) => (await (await caches.open(cache)).match(kept)) !== undefined, { cache: PAGES_CACHE, kept: site.url + path });
  return { page, context };
}

/** Goes offline: the browser's network is off; from here on, nothing the pages or the worker ask for may reach the server. */
async function goOffline(context: BrowserContext): Promise<() => string[]> {
  await context.setOffline(true);
  const from = site.requests.length;
  // Chromium's offline emulation does not cover the browser's own check for a new /sw.js (really offline, it fails
  // and the kept worker stays): every other request counts.
  return () => site.requests.slice(from).filter((path) => path !== '/sw.js');
}

const codeOf = async (page: Page): Promise<string> => (await page.locator('main figure.code-block pre').allTextContents()).join('\n');

describe('offline after the first visit', () => {
  it('reopens a guide the reader opened, with its form, its values in the code, and copy', async () => {
    const { page, context } = await openKept(GROUP);
    const reachedServer = await goOffline(context);
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe(GROUP_TITLE);
    await page.locator('guide-parameters input').first().focus();
    await page.waitForSelector('guide-parameters.is-enhanced');
    await page.locator('#param-accountName').fill('CONTOSO\\AAD_offline');
    expect(await codeOf(page)).toContain("$accountName = 'CONTOSO\\AAD_offline'");
    const block = page.locator('figure.code-block', { has: page.locator('span[data-param="accountName"]') }).first();
    await block.locator('button.copy-code').click();
    await untilText(block.locator('button.copy-code'), 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("$accountName = 'CONTOSO\\AAD_offline'");
    await keepScreenshot(page, 'offline-guide.png');
    // The same guide with other values in its link is the same kept page: the query string is not part of the key.
    await page.goto(`${site.url}${GROUP}?accountName=CONTOSO%5Cfrom_link`);
    expect(await page.locator('h1').textContent()).toBe(GROUP_TITLE);
    await page.waitForSelector('guide-parameters.is-enhanced');
    expect(await page.locator('#param-accountName').inputValue()).toBe('CONTOSO\\from_link');
    // The form's buttons, the review dialog and the script builder load their code on first use: offline too.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download script' }).click();
    await page.locator('dialog.review-dialog[open]').waitFor();
    await page.locator('dialog.review-dialog button[value="confirm"]').click();
    const script = await downloading;
    expect(script.suggestedFilename()).toMatch(/\.ps1$/);
    expect(readFileSync((await script.path()) ?? '', 'utf8')).toContain("CONTOSO\\from_link");
    expect(reachedServer()).toEqual([]);
  });

  it('shows the offline page for a page never opened, listing the guides that are kept', async () => {
    const { page, context } = await openKept(GROUP);
    const reachedServer = await goOffline(context);
    await page.goto(site.url + USB);
    expect(await page.locator('h1').textContent()).toBe('You are offline');
    expect(page.url()).toBe(site.url + USB);
    const kept = page.locator('offline-guides li a');
    await kept.first().waitFor();
    expect(await kept.allTextContents()).toEqual([GROUP_TITLE]);
    expect(await kept.getAttribute('href')).toBe(GROUP);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    await keepScreenshot(page, 'offline-page.png');
    // The listed guide opens, offline.
    await kept.click();
    await page.waitForURL(site.url + GROUP);
    expect(await page.locator('h1').textContent()).toBe(GROUP_TITLE);
    expect(reachedServer()).toEqual([]);
  });

  it('answers a search offline that the reader made online', async () => {
    const { page, context } = await openKept(USB);
    const online = await searchFor(page, 'dsacls');
    expect(online.length).toBeGreaterThan(0);
    const reachedServer = await goOffline(context);
    await page.reload();
    expect(await searchFor(page, 'dsacls')).toEqual(online);
    expect(reachedServer()).toEqual([]);
  });
});

describe('a new deployment', () => {
  let second = '';
  beforeAll(async () => {
    second = (await secondDeployment()).dist;
  }, 300_000);
  afterAll(() => site.switchTo(distDir));

  it('reaches a reader whose page an older worker serves, all of it, and the page says "Updated"', async () => {
    const { page } = await openKept(GROUP);
    expect(await page.locator('.sw-status').textContent()).toBe('');
    site.switchTo(second);
    await page.goto(site.url + GROUP);
    expect(await page.locator('h1').textContent()).toBe(REDEPLOYED_TITLE);
    await untilText(page.locator('.sw-status'), 'Updated');
    // The new page with the new styles: no mix of the two deployments.
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).letterSpacing)).not.toBe('normal');
    expect(await page.getByRole('status').filter({ hasText: 'Updated' }).count()).toBe(1);
  });
});
