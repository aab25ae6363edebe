import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSession } from './support/session';
import { builtPages, distDir, guidePages } from './support/site';

/** What a page offers to the link checker: its ids, its links, its headings. */
interface PageFacts {
  status: number;
  title: string;
  ids: string[];
  links: string[];
  headings: number[];
  h1Count: number;
}

const session = browserSession();
const { baseURL } = session;
const pages = builtPages();
const facts = new Map<string, PageFacts>();

beforeAll(async () => {
  const page = await (await session.newContext()).newPage();
  for (const path of pages) {
    const response = await page.goto(baseURL + path);
    const found = await page.evaluate(() => ({
      title: document.title,
      ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
      links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((anchor) => anchor.getAttribute('href') ?? ''),
      headings: [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((h) => Number(h.tagName[1])),
      h1Count: document.querySelectorAll('h1').length,
    }));
    facts.set(path, { status: response?.status() ?? 0, ...found });
  }
  await page.close();
});

describe('the built site', () => {
  it('has every guide of the seed and the index pages', () => {
    expect(guidePages().length).toBeGreaterThanOrEqual(20);
    for (const path of ['/', '/errors/', '/404.html', '/topics/active-directory/']) expect(pages).toContain(path);
  });

  it.each(pages)('%s has a title, one h1, ordered headings and unique ids', (path) => {
    const page = facts.get(path);
    expect(page?.title.trim()).not.toBe('');
    expect(page?.h1Count).toBe(1);
    const headings = page?.headings ?? [];
    expect(headings[0]).toBe(1);
    for (let index = 1; index < headings.length; index++) {
      expect(headings[index]! - headings[index - 1]!, `heading h${headings[index - 1]} is followed by h${headings[index]}`).toBeLessThanOrEqual(1);
    }
    const ids = page?.ids ?? [];
    expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'duplicate ids').toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    for (const [path, page] of facts) {
      for (const href of page.links) {
        const url = new URL(href, baseURL + path);
        if (url.origin !== baseURL) continue;
        const target = facts.get(url.pathname) ?? facts.get(`${url.pathname}index.html`);
        // A link to a file that is not a page (the feed) needs the file.
        if (!target && !url.pathname.endsWith('/') && existsSync(join(distDir, url.pathname))) continue;
        if (!target || target.status !== 200) {
          broken.push(`${path} -> ${href} (no page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !target.ids.includes(fragment)) broken.push(`${path} -> ${href} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('answers an unknown URL with the 404 page and status 404', async () => {
    const page = await (await session.newContext()).newPage();
    const response = await page.goto(`${baseURL}/guides/no-such-guide/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
  });
});
