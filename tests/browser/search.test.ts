import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession } from './support/session';
import { distDir } from './support/site';
import { searchFor } from './support/search';
import { GUIDE_FILES } from '../support/guides';

const session = browserSession();
/** Every error message of every guide, from the frontmatter, with the guide's title. */
const errorMessages = GUIDE_FILES.flatMap((guide) => guide.frontmatter.errorMessages.map((message) => ({ message, title: guide.frontmatter.title })));
/** A guide's title, by its path under content/guides without .mdx. */
const titleOf = (guide: string): string => {
  const found = GUIDE_FILES.find((candidate) => candidate.file === `${guide}.mdx`);
  if (!found) throw new Error(`no guide ${guide}`);
  return found.frontmatter.title;
};

const open = (path: string, javaScriptEnabled = true): Promise<Page> => session.open(path, { javaScriptEnabled });

/**
 * A guide opened in a fresh context, with every request recorded from the start and the page's timers (idle
 * callbacks included) run a minute ahead: none of the requests is for search yet.
 */
async function guideBeforeSearch(): Promise<{ page: Page; requested: string[] }> {
  const context = await session.newContext();
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.clock.install();
  await page.goto(`${session.baseURL}/guides/windows-server/usb-dos-boot/`);
  await page.clock.runFor(60_000);
  expect(requested.filter((path) => path.startsWith('/pagefind/') || path.includes('search-client'))).toEqual([]);
  return { page, requested };
}

/**
 * One home page for the tests that only type a query and read the results (searchFor waits for each query's own
 * outcome): Pagefind loads once for them, not once per query. The tests of loading, intent and the dialog's
 * behaviour open pages of their own.
 */
let shared: Page | undefined;
beforeAll(async () => {
  const context = await session.browser().newContext({ serviceWorkers: 'block' });
  shared = await context.newPage();
  await shared.goto(`${session.baseURL}/`);
});
afterAll(async () => {
  await shared?.context().close();
});
const queryPage = (): Page => {
  if (!shared) throw new Error('the shared search page is not open');
  return shared;
};

describe('error messages find their guide first', () => {
  it('reads every error message the guides show', () => {
    // Counted in the bodies, apart from the frontmatter read above (the build checks that the two lists agree).
    const shown = GUIDE_FILES.reduce((count, guide) => count + (guide.body.match(/<ErrorMessage>/g) ?? []).length, 0);
    expect(errorMessages).toHaveLength(shown);
    expect(shown).toBeGreaterThanOrEqual(6);
  });

  it.each(errorMessages)('"$message" (pasted whole, with a trailing period, and in typographic quotes)', async ({ message, title }) => {
    const page = queryPage();
    expect((await searchFor(page, message))[0]).toBe(title);
    expect((await searchFor(page, `${message.replace(/\.$/, '')}.`))[0]).toBe(title);
    expect((await searchFor(page, `\u201C${message}\u201D`))[0]).toBe(title);
  });
});

/** The query, typed into the shared page, lists this guide (its path under content/guides) first. */
async function firstResultIs(query: string, guide: string): Promise<void> {
  expect((await searchFor(queryPage(), query))[0]).toBe(titleOf(guide));
}

describe('pasted messages that differ from the page', () => {
  it.each([
    ['cannot find the specified active directory object: winnt://SRV01/Administrator,user', 'small-business-server/account-rename-ebs-install-failure'],
    ['A specified logon session does not exist on SBS01.corp.contoso.com. It may already have been terminated.', 'small-business-server/sharepoint-breaks-sbs-web-site'],
    ['This feature is disabled because there is no eligible forest with appropriate permissions for writing back devices', 'azure-ad-connect-writeback/device-writeback'],
    ['The program file folder creation or environment variable settings did not finish successfully', 'small-business-server/account-rename-ebs-install-failure'],
  ])('%s', firstResultIs);
});

describe('identifiers, whole or in part', () => {
  it.each([
    ['0x80070520', 'small-business-server/sharepoint-breaks-sbs-web-site'],
    ['80070520', 'small-business-server/sharepoint-breaks-sbs-web-site'],
    ['KB970858', 'windows-server/wow6432node-registry'],
    ['970858', 'windows-server/wow6432node-registry'],
    ['Initialize-ADSyncGroupWriteBack', 'azure-ad-connect-writeback/group-writeback'],
    ['GroupWriteBack', 'azure-ad-connect-writeback/group-writeback'],
    ['Wow6432Node', 'windows-server/wow6432node-registry'],
    ['appcmd.exe', 'small-business-server/rww-password-prompts'],
    ['msExchSafeSendersHash', 'azure-ad-connect-writeback/exchange-hybrid-writeback'],
    ['Set-ADSyncAADPasswordResetConfiguration', 'azure-ad-connect-writeback/password-writeback'],
    ['v6v4tunnel', 'ipv6-routed-lan/hurricane-electric-tunnel'],
    ['SCHEMAUPGRADETOOL', 'small-business-server/schema-upgrade-without-dvd'],
  ])('%s', firstResultIs);

  it('dsacls finds both guides that use it', async () => {
    const page = queryPage();
    expect((await searchFor(page, 'dsacls')).sort()).toEqual([titleOf('azure-ad-connect-writeback/exchange-hybrid-writeback'), titleOf('azure-ad-connect-writeback/password-writeback')].sort());
  });
});

describe('the index', () => {
  it('holds the guides and nothing else (no group, topic or index page)', async () => {
    const page = queryPage();
    // Words of a group page's summary: only guides may answer.
    await searchFor(page, 'Fixes for Remote Web Workplace certificates licensing');
    const hrefs = await page.locator('#search-listbox a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/guides\/[a-z0-9-]+\/[a-z0-9-]+\/(#.*)?$/);
  });

  it('ships without Pagefind\'s own UI bundles, which nothing loads', async () => {
    const shipped = readdirSync(join(distDir, 'pagefind'));
    expect(shipped).toContain('pagefind.js');
    expect(shipped.filter((file) => /-ui\.|highlight/.test(file))).toEqual([]);
  });
});

describe('the search dialog', () => {
  it('loads no search code or index before the reader opens the search', async () => {
    const { page, requested } = await guideBeforeSearch();
    await searchFor(page, 'sysprep');
    expect(requested.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
  });

  it('opens with / and Ctrl+K, works with arrows and Enter, closes with Escape back to the button', async () => {
    const page = await open('/');
    await page.keyboard.press('Control+k');
    await page.locator('#search-input:focus').waitFor();
    await page.keyboard.press('Escape');
    // The dialog's close event, which returns focus, comes after the key press.
    await page.locator('.search-open:focus').waitFor();

    const titles = await searchFor(page, 'netsh');
    expect(titles.length).toBeGreaterThan(1);
    const input = page.locator('#search-input');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await input.getAttribute('aria-controls')).toBe('search-listbox');
    expect(await page.locator('#search-listbox').getAttribute('role')).toBe('listbox');
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-hit-0');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-hit-1');
    expect(await page.locator('#search-hit-1').getAttribute('aria-selected')).toBe('true');
    const target = await page.locator('#search-hit-1 a').getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === target);
    expect(await page.locator('h1').textContent()).toBe(titles[1]);
  });

  it('shows the section and an excerpt with the words marked, and links to the section', async () => {
    const page = await open('/');
    await searchFor(page, 'hangresistance');
    const first = page.locator('#search-hit-0');
    expect(await first.locator('mark').first().textContent()).toMatch(/hangresistance/i);
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/guides\/windows-server\/wow6432node-registry\/#/);
  });
});

describe('honest results', () => {
  it('says "No guide matches" for an off-topic query and labels the guides it offers as the closest', async () => {
    const page = await open('/');
    await searchFor(page, 'ubuntu netplan static ip');
    expect(await page.locator('.search-status').textContent()).toBe('No guide matches \u201Cubuntu netplan static ip\u201D.');
    const closest = page.locator('.search-closest');
    // "static ip" shares words with the guides that set addresses: they are offered, labelled as the closest.
    expect(await page.locator('#search-listbox li').count()).toBeGreaterThan(0);
    expect(await closest.isVisible()).toBe(true);
    expect(await closest.textContent()).toMatch(/^Closest guides/);
    expect(await page.locator('#search-listbox').getAttribute('aria-describedby')).toBe('search-closest');
    expect(await page.locator('.search-browse').isVisible()).toBe(true);
    expect(await page.locator('.search-browse a[href="/errors/"]').count()).toBe(1);
  });

  it('hides the closest label and the browse links again when the next query is found', async () => {
    const page = await open('/');
    await searchFor(page, 'spooler');
    expect(await page.locator('.search-status').textContent()).toMatch(/^No guide matches/);
    await searchFor(page, 'sysprep');
    expect(await page.locator('.search-status').textContent()).toBe('1 guide found.');
    expect(await page.locator('.search-closest').isVisible()).toBe(false);
    expect(await page.locator('.search-browse').isVisible()).toBe(false);
  });

  it('offers "Did you mean" for a typo, searches with it, and loads the words only then', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${session.baseURL}/`);
    await searchFor(page, 'sysprep');
    expect(requested).not.toContain('/pagefind/vocabulary.json');
    const titles = await searchFor(page, 'sysperp');
    expect(requested).toContain('/pagefind/vocabulary.json');
    expect(await page.locator('.search-status').textContent()).toBe('No guide matches \u201Csysperp\u201D. Showing 1 guide for \u201Csysprep\u201D.');
    expect(titles[0]).toMatch(/sysprep/);
  });

  it('offers the suggestion as a button when the original finds something else', async () => {
    const page = await open('/');
    await searchFor(page, 'dsacls pasword reset');
    // dsacls and reset are on two guides (password writeback, and since review round two Exchange hybrid writeback).
    expect(await page.locator('.search-status').textContent()).toBe('2 guides found. Not on these pages: pasword.');
    const suggestion = page.locator('.search-suggestion');
    expect(await suggestion.textContent()).toBe('Did you mean dsacls password reset?');
    await page.locator('.search-status').evaluate((status) => delete (status as HTMLElement).dataset['outcome']);
    await suggestion.getByRole('button').click();
    await page.waitForFunction(() => (document.querySelector('#search-input') as HTMLInputElement).value === 'dsacls password reset' && document.querySelector<HTMLElement>('.search-status')?.dataset['outcome'] === 'found');
    expect(await page.locator('#search-listbox .hit-title').first().textContent()).toBe('Prepare Active Directory for password writeback');
  });

  it("finds a code block's first word (the copy button's label is not glued to it in the index)", async () => {
    const page = await open('/');
    const hrefs = async (): Promise<string[]> => page.locator('#search-listbox a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    await searchFor(page, 'netsh');
    expect((await hrefs()).some((href) => href.startsWith('/guides/ipv6-routed-lan/verify-and-publish/'))).toBe(true);
  });
});

describe('loading on intent', () => {
  it('starts loading the search script, its WASM and the index entry when the pointer reaches the search button', async () => {
    const { page } = await guideBeforeSearch();
    // Each request is awaited as an event, started before the hover: no window the page must beat.
    const withoutHash = (url: string): string => new URL(url).pathname.replace(/[._][0-9a-f]{6,}/g, '');
    const loads = ['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/pagefind/pagefind.en.pf_meta', '/pagefind/wasm.en.pagefind'].map((path) =>
      page.waitForRequest((request) => withoutHash(request.url()) === path),
    );
    await page.locator('a.search-open').hover();
    await Promise.all(loads);
    expect(await page.locator('dialog.search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
  });
});

describe('the search page', () => {
  it('searches from ?q= and keeps filters in the URL', async () => {
    const page = await open('/search/?q=netsh');
    await page.waitForFunction(() => (document.querySelector('.search-page-status')?.textContent ?? '') !== '');
    const all = await page.locator('.search-page-hits .hit-title').allTextContents();
    expect(all.length).toBeGreaterThan(1);
    await page.getByRole('group', { name: 'Filter by topic' }).getByRole('checkbox', { name: 'IIS', exact: true }).check();
    await page.waitForFunction((count) => document.querySelectorAll('.search-page-hits li').length !== count, all.length);
    expect(new URL(page.url()).search).toBe('?q=netsh&topic=IIS');
  });

  it('opens a shared link with a filter', async () => {
    const page = await open('/search/?q=writeback&topic=Exchange');
    await page.waitForFunction(() => (document.querySelector('.search-page-status')?.textContent ?? '') !== '');
    expect(await page.getByRole('group', { name: 'Filter by topic' }).getByRole('checkbox', { name: 'Exchange', exact: true }).isChecked()).toBe(true);
    const titles = await page.locator('.search-page-hits .hit-title').allTextContents();
    expect(titles.sort()).toEqual([
      'Prepare Active Directory for Exchange hybrid writeback',
      'Prepare Active Directory for group writeback',
    ]);
  });

  it('offers the topic and error-message indexes when no guide matches, and only then', async () => {
    const page = await open('/search/?q=printer%20spooler%20keeps%20crashing');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.search-page-status')?.dataset['outcome'] !== undefined);
    expect(await page.locator('.search-page-status').textContent()).toBe('No guide matches \u201Cprinter spooler keeps crashing\u201D.');
    expect(await page.locator('.search-browse-lead').isVisible()).toBe(true);
    expect(await page.locator('.search-no-js').isVisible()).toBe(false);
    expect(await page.locator('.search-fallback a[href="/errors/"]').isVisible()).toBe(true);
    await page.locator('#search-page-input').fill('sysprep');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.search-page-status')?.dataset['outcome'] === 'found');
    expect(await page.locator('.search-fallback').isVisible()).toBe(false);
  });

  it('without JavaScript, points to the topic and error-message indexes', async () => {
    const page = await open('/search/', false);
    expect(await page.locator('.search-fallback').isVisible()).toBe(true);
    expect(await page.locator('.search-no-js').isVisible()).toBe(true);
    expect(await page.locator('.search-browse-lead').isVisible()).toBe(false);
    expect(await page.locator('.search-fallback a[href="/errors/"]').count()).toBe(1);
    const header = await open('/', false);
    expect(await header.locator('a.search-open').getAttribute('href')).toBe('/search/');
  });
});
