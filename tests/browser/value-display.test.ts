import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session';

/**
 * What the page shows is what runs: a value with right-to-left letters is shown in the order its
 * characters are copied and run, and cannot reorder the code around it.
 */
const session = browserSession();
const GROUP = '/guides/azure-ad-connect-writeback/group-writeback/';

/** Typing makes the value the reader's own, so it reaches the code without a review step. */
async function typeInto(page: Page, name: string, value: string): Promise<void> {
  await page.waitForSelector('guide-parameters.is-ready');
  await page.locator(`#param-${name}`).focus();
  await page.waitForSelector('guide-parameters.is-enhanced');
  await page.locator(`#param-${name}`).fill(value);
}

/** The left edge of each character of the first line holding `text`, in the order the characters are copied. */
async function characterPositions(page: Page, text: string): Promise<{ character: string; left: number }[]> {
  return page.evaluate((wanted) => {
    const line = [...document.querySelectorAll('main pre .line')].find((element) => element.textContent?.includes(wanted));
    if (!line) throw new Error(`no code line holds ${wanted}`);
    const positions: { character: string; left: number }[] = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const content = node.textContent ?? '';
      for (let index = 0; index < content.length; index++) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        positions.push({ character: content[index] ?? '', left: range.getBoundingClientRect().left });
      }
    }
    return positions;
  }, text);
}

describe('a value with right-to-left letters', () => {
  it('is shown in the order it runs, and the code around it stays in place', async () => {
    const page = await session.open(GROUP);
    // Hebrew letters between quotes and parentheses: without care, the browser would show them reordered.
    await typeInto(page, 'cloudGroupOU', 'OU=\u05E9\u05DC(\u05D5\u05DD) 1,DC=contoso,DC=com');
    const line = "$cloudGroupOU = 'OU=\u05E9\u05DC(\u05D5\u05DD) 1,DC=contoso,DC=com'";
    expect(await page.locator('main pre').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(line)]));
    const positions = await characterPositions(page, '$cloudGroupOU');
    expect(positions.map((position) => position.character).join('')).toBe(line);
    const lefts = positions.map((position) => position.left);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  });
});
