import type { Page } from 'playwright-core';

/** Types a query into the header search and gives the result titles once they are shown. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  if (!(await page.locator('dialog.search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open))) await page.keyboard.press('/');
  // The outcome of this query, not the one before it still on screen.
  await page.locator('.search-status').evaluate((status) => delete (status as HTMLElement).dataset['outcome']);
  await page.locator('#search-input').fill(query);
  await page.waitForFunction((q) => {
    const status = document.querySelector<HTMLElement>('.search-status');
    return status?.dataset['outcome'] !== undefined && (document.querySelector('#search-input') as HTMLInputElement).value === q;
  }, query);
  return page.locator('#search-listbox .hit-title').allTextContents();
}
