import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session';
import { untilText } from './support/waits';
import { keepScreenshot } from './support/artefacts';

const session = browserSession();
const { baseURL } = session;
/** Four steps and a parameter form (cloudGroupOU). */
const GROUP = '/guides/azure-ad-connect-writeback/group-writeback/';
/** Same group: its sidebar lists GROUP. */
const DEVICE = '/guides/azure-ad-connect-writeback/device-writeback/';
/** Four steps, no parameters. */
const SHAREPOINT = '/guides/small-business-server/sharepoint-breaks-sbs-web-site/';
const SALES = 'OU=Sales,DC=contoso,DC=com';
const FINANCE = 'OU=Finance,DC=contoso,DC=com';

const grantClipboard = async (_page: Page, context: BrowserContext): Promise<void> => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
};
const box = (page: Page, step: number) => page.getByRole('checkbox', { name: `Step ${step} done` });
const count = (page: Page) => page.locator('step-progress .step-progress-count');
const checked = (page: Page): Promise<boolean[]> => page.locator('#steps ~ ol > li input[type=checkbox]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));
/** The number of the step marked "You are here" (aria-current="step"), with the badge's text. */
const marker = (page: Page): Promise<string[]> =>
  page.locator('#steps ~ ol > li').evaluateAll((items) =>
    items.flatMap((item, index) => (item.getAttribute('aria-current') === 'step' ? [`${index + 1} ${item.querySelector('.step-here')?.textContent ?? 'no badge'}`] : [])),
  );

describe('step progress', () => {
  it('ticks steps by click and by Space, counts them, marks the next step, and keeps them over a reload', async () => {
    const page = await session.open(SHAREPOINT, { viewport: { width: 1280, height: 1100 } });
    expect(await page.locator('#steps ~ ol > li input[type=checkbox]').count()).toBe(4);
    // Nothing but the boxes until the first tick.
    expect(await page.locator('step-progress').isVisible()).toBe(false);
    await box(page, 1).click();
    await untilText(count(page), '1 of 4 steps done');
    expect(await count(page).getAttribute('role')).toBe('status');
    expect(await count(page).getAttribute('aria-live')).toBe('polite');
    expect(await marker(page)).toEqual(['2 You are here']);
    await box(page, 2).focus();
    await page.keyboard.press('Space');
    await untilText(count(page), '2 of 4 steps done');
    expect(await checked(page)).toEqual([true, true, false, false]);
    expect(await marker(page)).toEqual(['3 You are here']);
    expect(await page.getByText('You are here').isVisible()).toBe(true);
    // Unticking moves the marker back.
    await box(page, 1).click();
    await untilText(count(page), '1 of 4 steps done');
    expect(await marker(page)).toEqual(['1 You are here']);
    await box(page, 1).click();
    await untilText(count(page), '2 of 4 steps done');

    await page.reload();
    await untilText(count(page), '2 of 4 steps done');
    expect(await checked(page)).toEqual([true, true, false, false]);
    expect(await marker(page)).toEqual(['3 You are here']);
    // For the report, not the repository: the count above the guide, the ticked steps and the marker.
    await page.evaluate(() => document.querySelector('step-progress')?.scrollIntoView());
    await keepScreenshot(page, 'progress.png');
  });

  it('shows the count beside the guide in the sidebar, also on other pages', async () => {
    const page = await session.open(GROUP);
    await box(page, 1).click();
    await untilText(count(page), '1 of 4 steps done');
    const current = page.locator('#site-nav a[aria-current="page"] .nav-progress');
    expect(await current.textContent()).toBe(' 1/4 steps done');
    await box(page, 3).click();
    await untilText(count(page), '2 of 4 steps done');
    expect(await current.textContent()).toBe(' 2/4 steps done');
    await page.goto(baseURL + DEVICE);
    const other = page.locator(`#site-nav a[href="${GROUP}"] .nav-progress`);
    expect(await other.textContent()).toBe(' 2/4 steps done');
    // Seen: "2/4"; heard with the link: "2/4 steps done".
    expect(await other.evaluate((badge) => [badge.firstChild?.textContent, badge.querySelector('.visually-hidden')?.textContent])).toEqual([' 2/4', ' steps done']);
    expect(await page.locator('#site-nav .nav-progress').count()).toBe(1);
    // Its own boxes are untouched, and its panel stays hidden (no progress for it).
    expect(await checked(page)).toEqual([false, false, false, false]);
    expect(await page.locator('step-progress').isVisible()).toBe(false);
  });

  it('keeps separate progress for different values, typed or from the link', async () => {
    const page = await session.open(GROUP);
    await page.locator('#param-cloudGroupOU').fill(SALES);
    await box(page, 1).click();
    await untilText(count(page), '1 of 4 steps done');
    await page.locator('#param-cloudGroupOU').fill(FINANCE);
    await untilText(count(page), '0 of 4 steps done');
    expect(await checked(page)).toEqual([false, false, false, false]);
    await box(page, 2).click();
    await untilText(count(page), '1 of 4 steps done');
    await box(page, 3).click();
    await untilText(count(page), '2 of 4 steps done');
    await page.locator('#param-cloudGroupOU').fill(SALES);
    await untilText(count(page), '1 of 4 steps done');
    expect(await checked(page)).toEqual([true, false, false, false]);

    // The same values from a link find the same run.
    await page.goto(`${baseURL}${GROUP}?cloudGroupOU=${encodeURIComponent(FINANCE)}`);
    await untilText(count(page), '2 of 4 steps done');
    expect(await checked(page)).toEqual([false, true, true, false]);
    expect(await marker(page)).toEqual(['1 You are here']);
  });

  it('copies a link with the values and the progress that a fresh browser opens as it was', async () => {
    const page = await session.open(GROUP, {}, grantClipboard);
    await page.locator('#param-cloudGroupOU').fill(SALES);
    await box(page, 1).click();
    await untilText(count(page), '1 of 4 steps done');
    await box(page, 3).click();
    await untilText(count(page), '2 of 4 steps done');
    await page.getByRole('button', { name: 'Copy link with progress' }).click();
    await untilText(page.locator('step-progress .step-progress-message'), 'Link copied: it opens this guide with your values and the steps you have done.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // Steps by their stable ids (components/Step.astro), in the guide's order.
    expect(link).toBe(`${baseURL}${GROUP}?cloudGroupOU=${encodeURIComponent(SALES)}&done=load-adsyncprep.turn-on-group-writeback`);

    // A new context has its own, empty storage.
    const fresh = await session.open(link.slice(baseURL.length), {}, grantClipboard);
    await untilText(count(fresh), '2 of 4 steps done');
    expect(await checked(fresh)).toEqual([true, false, true, false]);
    expect(await marker(fresh)).toEqual(['2 You are here']);
    expect(await fresh.locator('#param-cloudGroupOU').inputValue()).toBe(SALES);
    // Applied once: the address no longer carries it, storage does.
    expect(new URL(fresh.url()).searchParams.has('done')).toBe(false);
    await fresh.reload();
    await untilText(count(fresh), '2 of 4 steps done');

    // The link's values are not the reader's yet: passing them on waits for the same review as Copy link.
    await fresh.evaluate(() => navigator.clipboard.writeText('untouched'));
    await fresh.getByRole('button', { name: 'Copy link with progress' }).click();
    const dialog = fresh.getByRole('dialog', { name: 'Check the values from the link' });
    await dialog.waitFor();
    await fresh.keyboard.press('Escape');
    await untilText(fresh.locator('step-progress .step-progress-message'), 'Nothing was copied: check the values from the link first.');
    expect(await fresh.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
    await fresh.getByRole('button', { name: 'Copy link with progress' }).click();
    await dialog.getByRole('button', { name: 'Use these values' }).click();
    await untilText(fresh.locator('step-progress .step-progress-message'), 'Link copied: it opens this guide with your values and the steps you have done.');
    expect(await fresh.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  it('ignores anything but the guide step ids in a link: numbers, other spellings, markup, inherited names', async () => {
    const page = await session.open(`${SHAREPOINT}?done=1.2.x.%3Cb%3E.Open-Ts-Gateway.edit-https-binding.constructor.open-ssl-certificate-tab`);
    await untilText(count(page), '2 of 4 steps done');
    expect(await checked(page)).toEqual([false, true, false, true]);
  });

  it('starts over: nothing done, nothing stored, no count in the sidebar', async () => {
    const page = await session.open(GROUP);
    await box(page, 2).click();
    await untilText(count(page), '1 of 4 steps done');
    await page.getByRole('button', { name: 'Start over' }).click();
    await untilText(count(page), '0 of 4 steps done');
    expect(await checked(page)).toEqual([false, false, false, false]);
    expect(await marker(page)).toEqual(['1 You are here']);
    expect(await page.locator('#site-nav .nav-progress').count()).toBe(0);
    // Nothing stored, so a reload loads no progress code (the sidebar loads it only when this browser holds
    // progress, the steps only with a tick or a link's done=): the page shows what was built, no tick, no count.
    expect(await page.evaluate(() => localStorage.getItem('guide-progress'))).toBeNull();
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await page.reload();
    expect(scripts.filter((path) => path.includes('controller'))).toEqual([]);
    expect(await checked(page)).toEqual([false, false, false, false]);
    expect(await page.locator('#site-nav .nav-progress').count()).toBe(0);
  });

  it('leaves the steps a plain ordered list without JavaScript', async () => {
    const page = await session.open(GROUP, { javaScriptEnabled: false });
    expect(await page.locator('#steps ~ ol > li').count()).toBe(4);
    expect(await page.locator('main input[type=checkbox]').count()).toBe(0);
    expect(await page.locator('step-progress').isVisible()).toBe(false);
    expect(await page.getByText('You are here').count()).toBe(0);
  });
});
