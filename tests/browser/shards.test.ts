import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUnconfirmed } from '../../src/guides/unconfirmed';
import { buildSite, copySite, filesUnder } from '../support/build-site';
import { serveStatic } from './support/server';
import { browserSession } from './support/session';
import { distDir } from './support/site';

/**
 * The same site either way (issue 22): the guides built in one process (the global setup's build, `dist/`) and in
 * three shards plus the merge (`npm run build -- --shards 3`, scripts/build.ts) give the same pages, sitemap,
 * feed, social images, service worker and search results. Asset file names are normalised (a shard's content
 * hash may differ without the file differing in use); everything else must be byte for byte.
 */
const session = browserSession();
const one = distDir;
let sharded = '';
let output = '';
let remove = (): void => undefined;
const socialCache = mkdtempSync(join(tmpdir(), 'social-sharded-'));

beforeAll(async () => {
  // Its own empty social-image cache: the sharded build draws every image itself.
  const copy = copySite({ content: 'all' });
  remove = copy.remove;
  const result = await buildSite(copy.dir, { SOCIAL_IMAGE_CACHE: socialCache }, ['tsx', 'scripts/build.ts', '--shards', '3']);
  if (result.status !== 0) throw new Error(`the sharded build failed:\n${result.output.slice(-8000)}`);
  sharded = join(copy.dir, 'dist');
  output = result.output;
}, 600_000);
afterAll(() => {
  remove();
  rmSync(socialCache, { recursive: true, force: true });
});

/** `_astro/controller.B2x9_k.js` -> `_astro/controller.js`: the names, wherever they appear. */
const normalise = (text: string): string => text.replace(/(_astro\/[\w.-]+?)\.[\w-]{8}\.(js|css|mjs)/g, '$1.$2');

describe('one process and three shards plus the merge', () => {
  it('write the same files, the search index apart (its file names are hashes of its contents)', () => {
    const list = (dist: string): string[] => filesUnder(dist).filter((file) => !file.startsWith('pagefind/')).map(normalise);
    expect(list(sharded)).toEqual(list(one));
    expect(filesUnder(one).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(30);
  });

  it('write every page, the sitemap, the feed and the service worker identically', () => {
    const text = filesUnder(one).filter((file) => /\.(html|xml|txt|json|js|css|webmanifest)$/.test(file) && !file.startsWith('pagefind/'));
    const differ = text.filter((file) => {
      // The same name when the hashes agree; else the one file of that normalised name (two bundles may share
      // a base name, controller.*.js of the form and of step progress, and then must keep their hashes).
      const shardedFile = existsSync(join(sharded, file)) ? file : filesUnder(sharded).find((other) => normalise(other) === normalise(file));
      return !shardedFile || normalise(readFileSync(join(sharded, shardedFile), 'utf8')) !== normalise(readFileSync(join(one, file), 'utf8'));
    });
    expect(differ).toEqual([]);
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml', 'feed.xml', 'whats-new/index.html']) expect(text).toContain(file);
  });

  it("report the whole site's unconfirmed claims once, at the merge, as the one-process build counts them", () => {
    const reports = output.split('\n').filter((line) => /unconfirmed claims? shown to readers/.test(line));
    const total = filesUnder(join(one, 'guides')).filter((file) => file.endsWith('.html')).reduce((sum, file) => sum + countUnconfirmed(readFileSync(join(one, 'guides', file), 'utf8')), 0);
    expect(total, 'the guides show unconfirmed claims').toBeGreaterThan(0);
    expect(reports, 'one report, of the whole site').toEqual([expect.stringContaining(`${total} unconfirmed claims shown to readers:`)]);
  });

  it('draw the same social images', () => {
    const images = filesUnder(one).filter((file) => file.endsWith('.png'));
    expect(images.length).toBeGreaterThan(20);
    for (const image of images) expect(readFileSync(join(sharded, image)).equals(readFileSync(join(one, image))), image).toBe(true);
  });

  it('give the same search results in Chromium', async () => {
    const page: Page = await (await session.newContext()).newPage();
    const results = async (dist: string): Promise<unknown[]> => {
      const { server, url } = await serveStatic(dist);
      try {
        await page.goto(`${url}/`);
        // A string, not a function: Vitest would rewrite a function's import() into its own loader, which the page lacks.
        return (await page.evaluate(`(async () => {
          const pagefind = await import('/pagefind/pagefind.js');
          await pagefind.init();
          const all = [];
          for (const query of ${JSON.stringify(['dsacls', 'netsh interface ipv6', '0x80070520', 'Wow6432Node', 'sysprep access denied', 'GroupWriteBack'])}) {
            const { results } = await pagefind.search(query);
            all.push({ query, hits: await Promise.all(results.map(async (result) => ({ score: result.score, ...(await result.data()) }))) });
          }
          return all;
        })()`)) as unknown[];
      } finally {
        server.closeAllConnections();
        server.close();
      }
    };
    const fromOne = await results(one);
    expect(JSON.stringify(fromOne)).toContain('/guides/');
    expect(await results(sharded)).toEqual(fromOne);
  });
});
