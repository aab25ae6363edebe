import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './support/server';
import { browserSession, formReady } from './support/session';
import { untilText } from './support/waits';
import { SECOND_DEPLOYMENT, secondDeployment } from './support/second-deployment';

/**
 * Step links that survive edits: the second deployment (global-setup.ts) renamed a step id of group writeback,
 * with its alias in the frontmatter. A bookmark and a progress link made on the first deployment must land.
 */
const session = browserSession();
const GROUP = '/guides/azure-ad-connect-writeback/group-writeback/';
const { renamedStep } = SECOND_DEPLOYMENT;

let second: StaticServer;
beforeAll(async () => {
  second = await serveStatic((await secondDeployment()).dist);
}, 300_000);
afterAll(async () => {
  second.server.closeAllConnections();
  await new Promise<void>((resolve) => second.server.close(() => resolve()));
});

/** The step (1-based position in the Steps list) holding the element the address targets, and whether it is on screen. */
const targetedStep = (page: Page): Promise<{ step: number; onScreen: boolean }> =>
  page.evaluate(() => {
    const target = document.querySelector(':target');
    const item = target?.closest('#steps ~ ol > li');
    const items = [...document.querySelectorAll('#steps ~ ol > li')];
    const box = item?.getBoundingClientRect();
    return { step: item ? items.indexOf(item) + 1 : 0, onScreen: box !== undefined && box.top >= 0 && box.top < innerHeight };
  });

describe('a step link from before a step id was renamed', () => {
  it('is the step anchor on the first deployment', async () => {
    const page = await session.open(`${GROUP}#${renamedStep.old}`);
    expect(await targetedStep(page)).toEqual({ step: 2, onScreen: true });
    // The first deployment names no repository: no step offers a report link.
    expect(await page.locator('a.step-report').count()).toBe(0);
    expect(await page.getByText('Report a problem').count()).toBe(0);
  });

  it('lands on the renamed step through its alias, and the address names the new id', async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${second.url}${GROUP}#${renamedStep.old}`);
    await page.waitForFunction((id) => location.hash === `#${id}`, renamedStep.new);
    expect(await targetedStep(page)).toEqual({ step: 2, onScreen: true });
  });

  it('marks the renamed step done when an old progress link names it', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await page.goto(`${second.url}${GROUP}?done=${renamedStep.old}.make-groups-reachable`);
    await untilText(page.locator('step-progress .step-progress-count'), '2 of 4 steps done');
    const checked = await page.locator('#steps ~ ol > li input[type=checkbox]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked));
    expect(checked).toEqual([false, true, false, true]);
  });
});

describe('"Report a problem with this step"', () => {
  /** Values a reader might type or a link might carry: none may reach the report link. */
  const TYPED = 'OU=TypedMarker7q,DC=contoso,DC=com';
  const LINKED = 'OU=LinkedMarker9z,DC=fabrikam,DC=com';
  const ACCOUNT = 'CONTOSO\\svc-marker3k';

  it('opens a prefilled issue with the guide, the step id, the commit and the browser, and none of the reader values', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await page.goto(`${second.url}${GROUP}?cloudGroupOU=${encodeURIComponent(LINKED)}`);
    await formReady(page);
    await page.locator('#param-cloudGroupOU').fill(TYPED);
    await page.locator('#param-accountName').fill(ACCOUNT);
    const links = page.locator('a.step-report');
    expect(await links.count()).toBe(4);
    const link = page.locator(`li:has(#${renamedStep.new}) a.step-report`);
    expect(await link.textContent()).toBe('Report a problem with this step');
    // No referrer: the page's address carries the reader's values.
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const before = await link.getAttribute('href');
    await link.hover();
    await page.waitForFunction(() => !document.querySelector('a.step-report:hover')?.getAttribute('href')?.includes('added+when+you+open'));
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).not.toBe(before);
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe(`https://github.com/${SECOND_DEPLOYMENT.reportRepository}/issues/new`);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    expect(url.searchParams.get('title')).toBe(`Problem with step "${renamedStep.new}" of "${SECOND_DEPLOYMENT.newTitle}"`);
    expect(url.searchParams.get('body')).toBe(
      [
        `Guide: ${SECOND_DEPLOYMENT.newTitle}`,
        `Page: ${SECOND_DEPLOYMENT.siteURL}${GROUP}#${renamedStep.new}`,
        `Step: ${renamedStep.new}`,
        `Source: content/guides/${SECOND_DEPLOYMENT.guideFile} at commit ${SECOND_DEPLOYMENT.sourceCommit}`,
        `Browser: ${userAgent}`,
        '',
        'What went wrong? (Leave out your own server names, accounts and addresses.)',
        '',
      ].join('\n'),
    );
    // The values are on the page, and in no report link, however spelled.
    expect((await page.locator('main pre').allTextContents()).join('\n')).toContain(TYPED);
    const every = await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href).join(' '));
    for (const value of [TYPED, LINKED, ACCOUNT, 'TypedMarker7q', 'LinkedMarker9z', 'marker3k']) {
      for (const spelling of [value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)]) expect(every).not.toContain(spelling);
    }
  });
});
