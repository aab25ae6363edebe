import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCodeBlocks } from '../../src/guides/code-blocks';
import { renderCode } from '../../src/parameters/placeholders';
import { exampleValues } from '../../src/parameters/registry';
import { GUIDE_FILES } from '../support/guides';
import { browserSession } from './support/session';

/**
 * An oracle independent of the build: every code block of every built guide, as a reader sees it with JavaScript
 * off, is its MDX block with the example values quoted by the pure modules (renderCode), in the same order and
 * language. A build that dropped, merged or reordered lines, or quoted a value for the wrong place, fails here.
 */
const session = browserSession();
let page: Page;
beforeAll(async () => {
  const context = await session.browser().newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  page = await context.newPage();
});

it('most guides have code blocks to compare', () => {
  expect(GUIDE_FILES.filter((guide) => findCodeBlocks(guide.body).length > 0).length).toBeGreaterThanOrEqual(12);
});

describe.each(GUIDE_FILES.map((guide) => [guide.path, guide] as const))('the code blocks of %s', (path, guide) => {
  it('are the MDX blocks with the examples, quoted by the pure modules', async () => {
    await page.goto(session.baseURL + path);
    const built = await page.locator('main figure.code-block').evaluateAll((figures) =>
      figures.map((figure) => ({ language: (figure as HTMLElement).dataset['language'] ?? '', code: figure.querySelector('pre code')?.textContent ?? '' })),
    );
    const examples = exampleValues();
    const expected = findCodeBlocks(guide.body).map((block) => ({ language: block.language, code: renderCode(block.language, block.code, examples).code }));
    expect(built).toEqual(expected);
  });
});
