import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/guides/html-text';
import { schemaOrgProblems } from '../support/schema-org';
import { browserSession } from './support/session';
import { builtPages, distDir, guidePages } from './support/site';
import { keepScreenshot } from './support/artefacts';
import { GUIDE_FILES } from '../support/guides';

/** Sitemap, robots.txt, link previews, JSON-LD and the feed of the built site, read as a crawler, a chat tool or a feed reader would. */
const session = browserSession();
const { baseURL } = session;
const SITE = 'https://guides.example.org';
const pages = builtPages();
/** The pages that say noindex and stay out of the sitemap; the offline page is what the service worker shows offline. */
const NOT_INDEXED = ['/search/', '/404.html', '/offline/'];
/** The guides themselves (/guides/<group>/<guide>/), not the pages that list a group. */
const guides = guidePages().filter((path) => path.split('/').length === 5);
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item'].includes(name) });
const fetchText = async (path: string): Promise<string> => {
  const response = await fetch(baseURL + path);
  expect(response.status, path).toBe(200);
  return response.text();
};

/** What a page's head tells a crawler or a link preview. */
interface HeadFacts {
  canonical: string[];
  meta: Record<string, string[]>;
  jsonLd: string[];
  title: string;
  head: string;
  footerLinks: string[];
}
const headFacts = (page: Page): Promise<HeadFacts> =>
  page.evaluate(() => {
    const meta: Record<string, string[]> = {};
    for (const tag of document.querySelectorAll('meta[property], meta[name]')) {
      const key = tag.getAttribute('property') ?? tag.getAttribute('name') ?? '';
      (meta[key] ??= []).push(tag.getAttribute('content') ?? '');
    }
    return {
      canonical: [...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href') ?? ''),
      meta,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
      title: document.title,
      head: document.head.outerHTML,
      footerLinks: [...document.querySelectorAll('footer a')].map((link) => link.getAttribute('href') ?? ''),
    };
  });

/** The text of each item of the page's Steps list (the first ordered list under h2#steps), as a reader sees it. */
const visibleSteps = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    let list: Element | null = document.querySelector('h2#steps');
    while (list && list.tagName !== 'OL') {
      list = list.nextElementSibling;
      if (list?.tagName === 'H2') return [];
    }
    if (!list) return [];
    return [...list.children].map((item) => {
      const first = item.firstElementChild?.tagName === 'P' ? item.firstElementChild : item;
      const copy = first.cloneNode(true) as Element;
      for (const block of copy.querySelectorAll(':scope > :is(ul, ol, figure, pre, div, aside, p)')) block.remove();
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
  });

describe('sitemap and robots.txt', () => {
  let urls: Array<{ loc: string; lastmod?: string }> = [];
  beforeAll(async () => {
    const index = xml.parse(await fetchText('/sitemap-index.xml')) as { sitemapindex: { sitemap: Array<{ loc: string }> } };
    for (const { loc } of index.sitemapindex.sitemap) {
      expect(loc.startsWith(`${SITE}/`)).toBe(true);
      const sitemap = xml.parse(await fetchText(new URL(loc).pathname)) as { urlset: { url: Array<{ loc: string; lastmod?: string }> } };
      urls.push(...sitemap.urlset.url);
    }
  });

  it('lists every page worth indexing once, and not the search, not-found or offline page', () => {
    const listed = urls.map((url) => url.loc.replace(SITE, ''));
    expect([...listed].sort()).toEqual(pages.filter((path) => !NOT_INDEXED.includes(path)));
    expect(listed).toContain('/whats-new/');
    expect(guides.every((path) => listed.includes(path))).toBe(true);
  });

  it('gives every guide its last-updated date, the one the page shows', () => {
    for (const path of guides) {
      const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
      const shown = /<p class="last-updated"[^>]*>Last updated <time datetime="([\d-]+)"/.exec(html)?.[1];
      const lastmod = urls.find((url) => url.loc === SITE + path)?.lastmod;
      expect(shown, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(lastmod?.slice(0, 10), path).toBe(shown);
    }
  });

  it('robots.txt points to the sitemap', async () => {
    expect(await fetchText('/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });
});

describe('link previews', () => {
  const facts = new Map<string, HeadFacts>();
  beforeAll(async () => {
    const page = await (await session.newContext({ javaScriptEnabled: false })).newPage();
    for (const path of pages) {
      await page.goto(baseURL + path);
      facts.set(path, await headFacts(page));
    }
  });

  it.each(pages)('%s has one canonical URL and complete Open Graph and Twitter tags', (path) => {
    const page = facts.get(path)!;
    const address = path === '/404.html' ? `${SITE}/404/` : SITE + path;
    expect(page.canonical).toEqual([address]);
    for (const key of ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) {
      expect(page.meta[key], key).toHaveLength(1);
      expect(page.meta[key]![0]!.trim(), key).not.toBe('');
    }
    expect(page.meta['og:url']).toEqual([address]);
    expect(page.meta['og:site_name']).toEqual(['Windows Admin Guides']);
    expect(page.title.startsWith(page.meta['og:title']![0]!)).toBe(true);
    expect(page.footerLinks).toContain('/whats-new/');
    expect(page.meta['robots'] ?? []).toEqual(NOT_INDEXED.includes(path) ? ['noindex'] : []);
  });

  it.each(guides)('%s names its products and has its own social image, 1200 x 630', async (path) => {
    const page = facts.get(path)!;
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const products = [...html.matchAll(/<li data-pagefind-filter="product">([^<]+)<\/li>/g)].map((match) => htmlToText(match[1] ?? ''));
    expect(page.meta['og:type']).toEqual(['article']);
    expect(page.meta['article:tag']).toEqual(products);
    expect(page.meta['twitter:data1']).toEqual([products.join(', ')]);
    const image = page.meta['og:image']![0]!;
    expect(image).toBe(`${SITE}/social${path.replace(/^\/guides/, '').replace(/\/$/, '')}.png`);
    expect(await sharp(join(distDir, new URL(image).pathname)).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('a guide link with values previews the guide, never the values', async () => {
    const path = '/guides/azure-ad-connect-writeback/group-writeback/';
    const values = { accountName: 'FABRIKAM\\svc_zq81x', cloudGroupOU: 'OU=Zq81x Groups,DC=fabrikam,DC=com' };
    const query = `?accountName=${encodeURIComponent(values.accountName)}&cloudGroupOU=${encodeURIComponent(values.cloudGroupOU)}`;
    const page = await session.open(path + query);
    await page.waitForSelector('guide-parameters.is-enhanced');
    // The values did reach the page: the commands show them.
    const code = (await page.locator('main figure.code-block pre').allTextContents()).join('\n');
    expect(code).toContain(values.accountName);
    expect(code).toContain(values.cloudGroupOU);
    const withValues = await headFacts(page);
    expect(withValues.canonical).toEqual([SITE + path]);
    expect(withValues.meta['og:url']).toEqual([SITE + path]);
    for (const needle of ['zq81x', 'Zq81x', 'svc_', '?accountName', 'cloudGroupOU=', encodeURIComponent(values.cloudGroupOU)]) {
      expect(withValues.head, needle).not.toContain(needle);
      expect(withValues.title, needle).not.toContain(needle);
    }
    // The tags are the ones of the guide without values.
    const { head: _head, ...rest } = withValues;
    const { head: _plainHead, ...plain } = facts.get(path)!;
    expect(rest).toEqual(plain);
  });
});

describe('a link preview, as a chat tool renders it from the tags', () => {
  it('shows the guide, its products and its social image, and none of the values in the link', async () => {
    const path = '/guides/azure-ad-connect-writeback/group-writeback/';
    const page = await session.open(`${path}?accountName=${encodeURIComponent('FABRIKAM\\svc_zq81x')}`, { javaScriptEnabled: false });
    const { meta } = await headFacts(page);
    const tag = (key: string): string => meta[key]?.[0] ?? '';
    // The card's image is fetched from the site's own address, answered from dist/ (no network).
    const context = await session.newContext({ viewport: { width: 560, height: 520 } });
    await context.route(`${SITE}/**`, (route) => route.fulfill({ path: join(distDir, new URL(route.request().url()).pathname) }));
    const card = await context.newPage();
    await card.setContent(
      `<!doctype html><html><body style="margin:16px;font:14px system-ui;background:#f4f5f7">
        <div id="card" style="width:520px;border:1px solid #d1d9e0;border-left:4px solid #0969da;border-radius:6px;background:#fff;padding:12px">
          <div id="site" style="color:#59636e;font-size:12px"></div>
          <a id="title" style="display:block;font-weight:700;color:#0550ae;margin:4px 0"></a>
          <div id="description"></div>
          <dl style="margin:6px 0;font-size:12px"><dt style="font-weight:700" id="label1"></dt><dd id="data1" style="margin:0"></dd></dl>
          <img id="image" style="width:100%;border-radius:4px" />
        </div></body></html>`,
    );
    await card.evaluate((tags) => {
      for (const [id, text] of Object.entries(tags.text)) document.getElementById(id)!.textContent = text;
      document.getElementById('title')!.setAttribute('href', tags.url);
      document.getElementById('image')!.setAttribute('src', tags.image);
    }, { text: { site: tag('og:site_name'), title: tag('og:title'), description: tag('og:description'), label1: tag('twitter:label1'), data1: tag('twitter:data1') }, url: tag('og:url'), image: tag('og:image') });
    await card.waitForFunction(() => (document.getElementById('image') as HTMLImageElement).complete);
    const shown = await card.evaluate(() => ({ text: document.getElementById('card')!.innerText, width: (document.getElementById('image') as HTMLImageElement).naturalWidth, href: document.getElementById('title')!.getAttribute('href') }));
    expect(shown.width).toBe(1200);
    expect(shown.href).toBe(SITE + path);
    expect(shown.text).toContain('Prepare Active Directory for group writeback');
    expect(shown.text).toContain('Windows Admin Guides');
    expect(shown.text).toContain('Applies to');
    expect(shown.text).not.toMatch(/zq81x|FABRIKAM/i);
    // For people to look at (test-results/ is not committed).
    await keepScreenshot(card.locator('#card'), 'link-preview.png');
  });
});

describe('structured data', () => {
  it.each(guides)('%s has JSON-LD that parses, passes the schema.org checks and has the page’s steps and breadcrumbs', async (path) => {
    const page = await session.open(path, { javaScriptEnabled: false });
    const { jsonLd } = await headFacts(page);
    expect(jsonLd).toHaveLength(1);
    const data = JSON.parse(jsonLd[0]!) as { '@graph': Array<Record<string, unknown>> };
    expect(schemaOrgProblems(data)).toEqual([]);
    const [article, breadcrumb] = data['@graph'];
    expect(article?.['headline']).toBe(await page.locator('main h1').textContent());
    const steps = ((article?.['mainEntity'] as { step?: Array<{ text: string }> } | undefined)?.step ?? []).map((step) => step.text);
    expect(steps).toEqual(await visibleSteps(page));
    const trail = await page.locator('nav.breadcrumbs li').allTextContents();
    expect((breadcrumb?.['itemListElement'] as Array<{ name: string }>).map((item) => item.name)).toEqual(trail);
  });

  it('has HowTo steps wherever a guide has a Steps list', async () => {
    const withSteps = guides.filter((path) => readFileSync(join(distDir, path, 'index.html'), 'utf8').includes('<h2 id="steps">'));
    expect(withSteps.length).toBeGreaterThanOrEqual(10);
    for (const path of withSteps) expect(readFileSync(join(distDir, path, 'index.html'), 'utf8'), path).toContain('"@type":"HowToStep"');
  });
});

describe('the feed of guide changes', () => {
  /** Every guide's frontmatter, read from the MDX sources: the truth the feed must match. */
  const sources = GUIDE_FILES.map(({ path, frontmatter }) => ({
    path,
    title: frontmatter.title,
    updates: frontmatter.updates,
    // A re-check after the last revision is an entry of its own (src/guides/changes.ts).
    rechecked: frontmatter.checked > frontmatter.lastUpdated.toISOString().slice(0, 10),
  }));
  let items: Array<{ title: string; link: string; guid: { '#text': string }; pubDate: string; description: string }> = [];
  beforeAll(async () => {
    const feed = await fetchText('/feed.xml');
    expect(XMLValidator.validate(feed)).toBe(true);
    const parsed = xml.parse(feed) as { rss: { '@_version': string; channel: { title: string; link: string; item: typeof items } } };
    expect(parsed.rss['@_version']).toBe('2.0');
    expect(parsed.rss.channel.link).toBe(`${SITE}/`);
    items = parsed.rss.channel.item;
  });

  it('holds every dated update note, linked to its note on the guide', () => {
    const notes = sources.flatMap((guide) => guide.updates.map((update) => ({ ...update, guide })));
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const note of notes) {
      const item = items.find((entry) => entry.link === `${SITE}${note.guide.path}#update-${note.date}`);
      expect(item, `${note.guide.path} ${note.date}`).toBeDefined();
      expect(item?.description).toContain(note.note);
      expect(item?.title).toBe(`Update to ${note.guide.title}`);
    }
    expect(items).toHaveLength(sources.length + notes.length + sources.filter((guide) => guide.rechecked).length);
  });

  it('lists the guides, newest first, each change with its own id', () => {
    for (const guide of sources) expect(items.some((item) => item.link === SITE + guide.path && item.title === guide.title), guide.path).toBe(true);
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates.every((date, index) => index === 0 || date <= dates[index - 1]!)).toBe(true);
    expect(new Set(items.map((item) => item.guid['#text'])).size).toBe(items.length);
  });

  it('a note’s link lands on that note', async () => {
    const note = items.find((item) => item.link.includes('#update-'))!;
    const url = new URL(note.link);
    const page = await session.open(url.pathname + url.hash, { javaScriptEnabled: false });
    const text = ((await page.locator(url.hash).textContent()) ?? '').replace(/^[^:]+: /, '');
    expect(text.length, 'the note has words').toBeGreaterThan(10);
    expect(note.description).toContain(text);
  });

  it('has the same entries as the What’s new page, linked from the footer, which loads no script of its own', async () => {
    const page = await session.open('/');
    await page.locator('footer a', { hasText: "What's new" }).click();
    await page.waitForURL('**/whats-new/');
    const entries = await page.locator('ol.changes > li').evaluateAll((list) =>
      list.map((item) => ({ title: item.querySelector('h2')?.textContent, href: item.querySelector('h2 a')?.getAttribute('href') })),
    );
    expect(entries).toEqual(items.map((item) => ({ title: item.title, href: item.link.replace(SITE, '') })));
    // The scripts every page has (theme, search opener, offline), and none of its own: the same as a page of plain links.
    const scripts = (shown: typeof page) => shown.locator('script[src], script[type="module"]').evaluateAll((list) => list.map((script) => script.getAttribute('src') ?? 'inline module'));
    expect(await scripts(page)).toEqual(await scripts(await session.open('/errors/')));
    expect((await scripts(page)).filter((src) => /whats-new|changes/i.test(src))).toEqual([]);
    expect(await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe('/feed.xml');
  });
});
