import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../support/build-site';
import { GUIDE_FILES } from '../support/guides';
import { firstBuild, SECOND_DEPLOYMENT, secondDeployment, type SecondDeployment } from './support/second-deployment';
import { distDir } from './support/site';

/**
 * On the second deployment (global-setup.ts: another SITE_URL, one guide retitled, the first build's social-image
 * cache): the site's address comes from one setting, and social images are drawn once and then come from the cache.
 */
let second: SecondDeployment;
beforeAll(async () => {
  second = await secondDeployment();
}, 300_000);


describe('the site address', () => {
  it('comes from SITE_URL everywhere: canonical URLs, previews, JSON-LD, sitemap, robots.txt and feed', () => {
    const site = SECOND_DEPLOYMENT.siteURL;
    const guide = readFileSync(join(second.dist, 'guides', 'azure-ad-connect-writeback', 'group-writeback', 'index.html'), 'utf8');
    expect(guide).toContain(`<link rel="canonical" href="${site}/guides/azure-ad-connect-writeback/group-writeback/">`);
    expect(guide).toContain(`<meta property="og:image" content="${site}/social/azure-ad-connect-writeback/group-writeback.png">`);
    expect(guide).toContain(`"item":"${site}/guides/azure-ad-connect-writeback/"`);
    expect(readFileSync(join(second.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
    expect(readFileSync(join(second.dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${site}/guides/azure-ad-connect-writeback/group-writeback/</loc>`);
    expect(readFileSync(join(second.dist, 'feed.xml'), 'utf8')).toContain(`<link>${site}/guides/azure-ad-connect-writeback/group-writeback/</link>`);
    // Nothing else hard-codes the default address.
    const stale = filesUnder(second.dist).filter((file) => !file.endsWith('.png') && readFileSync(join(second.dist, file), 'utf8').includes('guides.example.org'));
    expect(stale).toEqual([]);
  });
});

describe('social images', () => {
  it('are drawn once: a rebuild takes every unchanged one from the cache, and draws only the retitled guide', async () => {
    const afterFirst = (await firstBuild()).socialCache;
    expect(Object.keys(afterFirst).length, 'the first build drew into an empty cache (not with SKIP_BUILD=1)').toBe(filesUnder(join(distDir, 'social')).length);
    // A guide each, and the home page's.
    expect(Object.keys(afterFirst)).toHaveLength(GUIDE_FILES.length + 1);
    const now = Object.fromEntries(readdirSync(second.socialCache).map((file) => [file, statSync(join(second.socialCache, file)).mtimeMs]));
    // Every image of the first build is still there, none rewritten; one new image: the retitled guide's.
    for (const [file, written] of Object.entries(afterFirst)) expect(now[file], file).toBe(written);
    expect(Object.keys(now).filter((file) => !(file in afterFirst))).toHaveLength(1);
    // The second site holds the cached bytes.
    const cachedBytes = new Set(Object.keys(now).map((file) => readFileSync(join(second.socialCache, file)).toString('base64')));
    const images = filesUnder(join(second.dist, 'social'));
    expect(images).toHaveLength(GUIDE_FILES.length + 1);
    for (const image of images) expect(cachedBytes.has(readFileSync(join(second.dist, 'social', image)).toString('base64')), image).toBe(true);
  });
});
