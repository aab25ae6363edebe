import { describe, expect, it } from 'vitest';
import { AXE_STATES, axeViolations, violationsInEveryState } from './support/axe';
import { axePagesSuite } from './support/axe-suite';
import { browserSession } from './support/session';
import { builtPages, guidePages } from './support/site';

/** Every page that is not a guide (home, groups, topics, errors, search, What's new, 404...), then the guides' interactive states. */
const guides = new Set(guidePages());
axePagesSuite(builtPages().filter((path) => !guides.has(path)));

const session = browserSession();

describe.each(['light', 'dark'] as const)('the review of a link\'s values in the %s theme', (theme) => {
  it('the marked values in the code and the open review dialog have no violations, and the dialog holds focus', async () => {
    const page = await session.open(
      '/guides/azure-ad-connect-writeback/group-writeback/?accountName=EVIL%5Csvc&cloudGroupOU=OU%3DEvil%27s%20OU%2CDC%3Devil%2CDC%3Dcom',
      { colorScheme: theme },
      async (_page, context) => {
        await context.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
      },
    );
    await page.waitForSelector('guide-parameters.is-enhanced');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
    expect(await page.locator('span.param-from-link').count()).toBe(2);
    const marked = await axeViolations(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('dialog', { name: 'Check the values from the link' }).waitFor();
    const open = await axeViolations(page);
    // A modal dialog: the page behind it is inert, so Tab goes through its two buttons and out to the
    // browser (the document body here), never to a control behind it.
    const focused: string[] = [];
    for (let index = 0; index < 4; index++) {
      focused.push(await page.evaluate(() => (document.activeElement?.closest('dialog') ? (document.activeElement.textContent ?? '') : (document.activeElement?.tagName ?? ''))));
      await page.keyboard.press('Tab');
    }
    expect(marked).toEqual([]);
    expect(open).toEqual([]);
    expect(focused).toEqual(['Change them', 'Use these values', 'BODY', 'Change them']);
  });
});

describe('step progress', () => {
  it(`the ticked steps, the marker, the count and the sidebar count have no violations, light and dark at 1280 px and light at 360 px`, async () => {
    const page = await session.open('/guides/azure-ad-connect-writeback/group-writeback/', { colorScheme: 'light' }, async (_page, context) => {
      await context.addInitScript(() => localStorage.setItem('theme', 'light'));
    });
    await page.getByRole('checkbox', { name: 'Step 1 done' }).click();
    await page.locator('.step-progress-count').filter({ hasText: /^1 of 4 steps done$/ }).waitFor();
    // Reloaded: the sidebar shows the count too.
    await page.reload();
    await page.locator('.step-progress-count').filter({ hasText: /^1 of 4 steps done$/ }).waitFor();
    await page.locator('#site-nav .nav-progress').waitFor();
    const { themes, ...violations } = await violationsInEveryState(page);
    expect(themes).toEqual(['light', 'dark', 'light']);
    expect(violations).toEqual(Object.fromEntries(AXE_STATES.map((state) => [state, []])));
  });
});
