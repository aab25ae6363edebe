import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { drawSocialImages, socialImage, socialImageKey } from '../../../src/metadata/social-image';
import { writeSocialImages } from '../../../src/metadata/social-images-integration';

const cacheDir = mkdtempSync(join(tmpdir(), 'social-images-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const card = { title: 'Prepare Active Directory for group writeback', kicker: 'Azure AD Connect writeback', products: ['Azure AD Connect (AADSync)', 'Office 365'] };

// Drawing starts child processes: on a loaded machine that takes longer than Vitest's 5 s default, never wrongly.
const DRAWING = { timeout: 120_000 };

describe('socialImage', DRAWING, () => {
  it('renders a 1200 x 630 PNG, then serves the same bytes from the cache', async () => {
    const first = await socialImage(card, cacheDir);
    expect(first.cached).toBe(false);
    expect(await sharp(first.png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    const again = await socialImage({ ...card, products: [...card.products] }, cacheDir);
    expect(again.cached).toBe(true);
    expect(again.png.equals(first.png)).toBe(true);
    expect(readdirSync(cacheDir)).toEqual([`${socialImageKey(card)}.png`]);
  });

  it('renders a new image when anything shown changes', () => {
    const key = socialImageKey(card);
    expect(socialImageKey({ ...card, title: `${card.title}.` })).not.toBe(key);
    expect(socialImageKey({ ...card, kicker: 'IPv6' })).not.toBe(key);
    expect(socialImageKey({ ...card, products: ['Office 365'] })).not.toBe(key);
  });
});

describe('drawSocialImages', DRAWING, () => {
  it('draws many cards in parallel processes, each distinct card once, the same bytes as one at a time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'social-images-pool-'));
    try {
      const cards = Array.from({ length: 9 }, (_, index) => ({ ...card, title: `${card.title} (copy ${index % 7})` }));
      const results = await drawSocialImages(cards, dir);
      expect(results.map((result) => result.cached)).toEqual(Array(9).fill(false));
      expect(readdirSync(dir).sort()).toEqual([...new Set(cards.map((each) => `${socialImageKey(each)}.png`))].sort());
      const alone = mkdtempSync(join(tmpdir(), 'social-images-alone-'));
      try {
        const one = await socialImage(cards[8]!, alone);
        expect(one.png.equals(readFileSync(results[8]!.file))).toBe(true);
      } finally {
        rmSync(alone, { recursive: true, force: true });
      }
      expect((await drawSocialImages(cards, dir)).every((result) => result.cached)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('writeSocialImages', DRAWING, () => {
  const page = (dist: string, path: string, head: string): void => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), `<!doctype html><html><head>${head}</head><body></body></html>`);
  };
  const guideHead = [
    '<meta property="og:type" content="article">',
    '<meta property="og:title" content="Prepare Active Directory for group writeback">',
    '<meta property="og:image" content="https://guides.example.org/social/azure-ad-connect-writeback/group-writeback.png">',
    '<meta property="article:section" content="Azure AD Connect writeback">',
    '<meta property="article:tag" content="Azure AD Connect (AADSync)">',
    '<meta property="article:tag" content="Office 365">',
  ].join('');

  it('draws each guide from its page\'s preview tags, and the site card for the rest', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'social-dist-'));
    page(dist, 'guides/azure-ad-connect-writeback/group-writeback/index.html', guideHead);
    page(dist, 'errors/index.html', '<meta property="og:type" content="website"><meta property="og:image" content="https://guides.example.org/social/site.png">');
    // A cache of its own, holding the guide's card and nothing else: this test does not lean on the ones above.
    const ownCache = mkdtempSync(join(tmpdir(), 'social-images-write-'));
    try {
      await socialImage(card, ownCache);
      expect(await writeSocialImages(dist, ownCache)).toEqual({ rendered: 1, cached: 1 });
      expect(existsSync(join(dist, 'social', 'azure-ad-connect-writeback', 'group-writeback.png'))).toBe(true);
      expect(existsSync(join(dist, 'social', 'site.png'))).toBe(true);
      expect(await writeSocialImages(dist, ownCache)).toEqual({ rendered: 0, cached: 2 });
    } finally {
      rmSync(dist, { recursive: true, force: true });
      rmSync(ownCache, { recursive: true, force: true });
    }
  });

  it('stops at a page whose preview image it cannot draw, naming the page', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'social-dist-'));
    page(dist, 'guides/x/y/index.html', guideHead.replace(/<meta property="article:section"[^>]*>/, ''));
    try {
      await expect(writeSocialImages(dist, cacheDir)).rejects.toThrow('guides/x/y/index.html: its preview image /social/azure-ad-connect-writeback/group-writeback.png needs og:type article, og:title and article:section to draw.');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
