import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { socialImage, socialImageKey } from '../../../src/metadata/social-image';

const cacheDir = mkdtempSync(join(tmpdir(), 'social-images-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const card = { title: 'Prepare Active Directory for group writeback', kicker: 'Azure AD Connect writeback', products: ['Azure AD Connect (AADSync)', 'Office 365'] };

describe('socialImage', () => {
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
