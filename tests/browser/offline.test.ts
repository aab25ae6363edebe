import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_CACHE } from '../../src/offline/service-worker-config';
import { serveStatic, type StaticServer } from './support/server';
import { browserSession } from './support/session';
import { distDir } from './support/site';
import { controlClock, stopTimers, untilText } from './support/waits';
import { searchFor } from './support/search';

/**
 * Offline use (src/offline/): the service worker that other test files block. This file serves the site on its own
 * address, so it sees every request that reaches the network, and can switch that address to a second build.
 */
const session = browserSession();
const GROUP = '/guides/azure-ad-connect-writeback/group-writeback/';
const GROUP_TITLE = 'Prepare Active Directory for group writeback';
const USB = '/guides/windows-server/usb-dos-boot/';
const root = join(import.meta.dirname, '..', '..');
const REDEPLOYED_TITLE = `${GROUP_TITLE} (second deployment)`;

let site: StaticServer;
beforeAll(async () => {
  site = await serveStatic(distDir);
});
afterAll(async () => {
  site.server.closeAllConnections();
  await new Promise<void>((resolve) => site.server.close(() => resolve()));
});

/**
 * A second deployment, built while the first tests run: the group writeback guide retitled, and a style changed (so
 * the shell, and with it the service worker, changes too). No search index or social images: nothing here needs them.
 */
function buildSecondDeployment(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'guides-redeploy-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'components', 'content', 'public']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const guide = join(dir, 'content', 'guides', 'azure-ad-connect-writeback', 'group-writeback.mdx');
  writeFileSync(guide, readFileSync(guide, 'utf8').replace(`title: "${GROUP_TITLE}"`, `title: "${REDEPLOYED_TITLE}"`));
  writeFileSync(join(dir, 'src', 'styles', 'global.css'), `${readFileSync(join(dir, 'src', 'styles', 'global.css'), 'utf8')}\nh1 { letter-spacing: 0.02em; }\n`);
  return new Promise((resolve, reject) => {
    let output = '';
    const build = spawn(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SKIP_SEARCH_INDEX: '1', SKIP_SOCIAL_IMAGES: '1' },
    });
    build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.on('close', (status) => (status === 0 ? resolve(dir) : reject(new Error(`the second build failed:\n${output}`))));
  });
}
// Started now, so that it builds while the other tests run; awaited by the redeploy test's hook.
const secondDeployment = buildSecondDeployment();
secondDeployment.catch(() => undefined);
afterAll(async () => {
  const dir = await secondDeployment.catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
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
    await page.screenshot({ path: '/tmp/offline-guide.png', fullPage: false });
    // The same guide with other values in its link is the same kept page: the query string is not part of the key.
    await page.goto(`${site.url}${GROUP}?accountName=CONTOSO%5Cfrom_link`);
    expect(await page.locator('h1').textContent()).toBe(GROUP_TITLE);
    await page.waitForSelector('guide-parameters.is-enhanced');
    expect(await page.locator('#param-accountName').inputValue()).toBe('CONTOSO\\from_link');
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
    await page.screenshot({ path: '/tmp/offline-page.png', fullPage: false });
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
    second = await secondDeployment;
  });
  afterAll(() => site.switchTo(distDir));

  it('reaches a reader whose page an older worker serves, all of it, and the page says "Updated"', async () => {
    const { page } = await openKept(GROUP);
    expect(await page.locator('.sw-status').textContent()).toBe('');
    site.switchTo(join(second, 'dist'));
    await page.goto(site.url + GROUP);
    expect(await page.locator('h1').textContent()).toBe(REDEPLOYED_TITLE);
    await untilText(page.locator('.sw-status'), 'Updated');
    // The new page with the new styles: no mix of the two deployments.
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).letterSpacing)).not.toBe('normal');
    expect(await page.getByRole('status').filter({ hasText: 'Updated' }).count()).toBe(1);
  });
});
