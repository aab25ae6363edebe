import { describe, expect, it } from 'vitest';
import { isSitemapFile, mergeSitemaps, planMerge, type ShardFile } from '../../../src/build/merge';

const file = (path: string, digest = `d:${path}`): ShardFile => ({ path, digest });

describe('planMerge', () => {
  it('keeps every file of every shard, each exactly once', () => {
    const shards = [
      [file('guides/a/one/index.html'), file('index.html'), file('_astro/app.1.js')],
      [file('guides/b/two/index.html'), file('index.html'), file('_astro/app.1.js')],
      [file('guides/a/three/index.html'), file('index.html')],
    ];
    const { copy } = planMerge(shards);
    const paths = copy.map((entry) => entry.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect([...paths].sort()).toEqual([...new Set(shards.flat().map((entry) => entry.path))].sort());
    expect(copy.find((entry) => entry.path === 'guides/b/two/index.html')?.from).toBe(1);
    expect(copy.find((entry) => entry.path === 'guides/a/three/index.html')?.from).toBe(2);
  });

  it('stops when two shards wrote different bytes at one path, naming it and the shards', () => {
    expect(() => planMerge([[file('index.html', 'x')], [file('index.html', 'x')], [file('index.html', 'y')]])).toThrow(
      'The shards wrote different versions of the same file, so they cannot be merged:\n  index.html (shard 1 and shard 3)',
    );
  });

  it('leaves the sitemap to mergeSitemaps', () => {
    const { copy } = planMerge([[file('sitemap-index.xml', 'a'), file('sitemap-0.xml', 'a'), file('x.html')], [file('sitemap-index.xml', 'b'), file('sitemap-0.xml', 'b')]], isSitemapFile);
    expect(copy).toEqual([{ path: 'x.html', from: 0 }]);
  });

  it('works for one shard and for none', () => {
    expect(planMerge([[file('a'), file('b')]]).copy).toEqual([{ path: 'a', from: 0 }, { path: 'b', from: 0 }]);
    expect(planMerge([]).copy).toEqual([]);
  });
});

describe('mergeSitemaps', () => {
  const site = 'https://guides.example.org/';
  const url = (path: string, lastmod?: string): string => `<url><loc>${site}${path}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  const urlset = (...urls: string[]): string => `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`;

  it('lists every page once, sorted as @astrojs/sitemap sorts, with the index at the latest lastmod', () => {
    const files = mergeSitemaps(
      [urlset(url(''), url('guides/a/copy-10/', '2026-01-02T00:00:00.000Z'), url('errors/')), urlset(url(''), url('guides/a/copy-9/', '2026-03-01T00:00:00.000Z'), url('errors/'))],
      site,
    );
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-0.xml')).toContain(`${url('')}${url('errors/')}${url('guides/a/copy-9/', '2026-03-01T00:00:00.000Z')}${url('guides/a/copy-10/', '2026-01-02T00:00:00.000Z')}</urlset>`);
    expect(files.get('sitemap-index.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://guides.example.org/sitemap-0.xml</loc><lastmod>2026-03-01T00:00:00.000Z</lastmod></sitemap></sitemapindex>',
    );
  });

  it('splits into parts of `limit` entries', () => {
    const files = mergeSitemaps([urlset(url('a/'), url('b/'), url('c/'))], site, 2);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-1.xml')).toContain(`${url('c/')}</urlset>`);
  });

  it('stops when two shards list one page differently', () => {
    expect(() => mergeSitemaps([urlset(url('a/', '2026-01-01T00:00:00.000Z')), urlset(url('a/'))], site)).toThrow(`The shards list ${site}a/ differently in their sitemaps`);
  });
});
