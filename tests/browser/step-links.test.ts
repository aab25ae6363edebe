import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './support/server';
import { browserSession } from './support/session';
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
