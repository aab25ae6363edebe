/**
 * Build time only: the PNG of a social card (satori lays the card out as SVG, with its text as paths in
 * a font from npm; sharp turns it into PNG). Cached by content in node_modules/.cache/social-images/,
 * so that a rebuild reuses every image whose card, template, font and renderers did not change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { CARD_FONT, socialCardElement, type SocialCard } from './social-card';
import { SOCIAL_IMAGE_SIZE } from './link-preview';

const require = createRequire(import.meta.url);

/** The font files, from the @fontsource/inter npm package (never the network). */
const FONT_FILES = [
  { weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
  { weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff' },
] as const;

/** The cache folder (gitignored with node_modules); SOCIAL_IMAGE_CACHE moves it, for tests and the benchmark. */
export const SOCIAL_IMAGE_CACHE = process.env['SOCIAL_IMAGE_CACHE'] || join(process.cwd(), 'node_modules', '.cache', 'social-images');

let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;
function loadFonts(): NonNullable<typeof fonts> {
  fonts ??= FONT_FILES.map(({ weight, file }) => ({ name: CARD_FONT, data: readFileSync(require.resolve(file)), weight, style: 'normal' as const }));
  return fonts;
}

function packageManifest(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || basename(dir) !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the package.json of ${name}`);
    dir = parent;
  }
  return join(dir, 'package.json');
}

/** What, besides the card, decides the pixels: the font files and the renderers' versions. */
let renderDigest: string | undefined;
function rendererDigest(): string {
  if (renderDigest) return renderDigest;
  const hash = createHash('sha256');
  for (const font of loadFonts()) hash.update(font.data);
  for (const name of ['satori', 'sharp']) {
    // sharp exports no ./package.json: its manifest is found from its entry point (lib/ or dist/).
    const manifest = JSON.parse(readFileSync(packageManifest(name), 'utf8')) as { version: string };
    hash.update(`${name}@${manifest.version}`);
  }
  renderDigest = hash.digest('hex');
  return renderDigest;
}

/** The cache key of a card: its whole element tree (text and template) and the renderer digest. */
export function socialImageKey(card: SocialCard): string {
  return createHash('sha256').update(JSON.stringify(socialCardElement(card))).update(rendererDigest()).digest('hex');
}

/** Renders a card without the cache. */
export async function renderSocialImage(card: SocialCard): Promise<Buffer> {
  // Loaded on the first cache miss only, and with require: this runs in astro:build:done, after Vite's module runner (which would serve import()) has closed.
  const { default: satori } = require('satori') as typeof import('satori');
  const sharp = require('sharp') as typeof import('sharp').default;
  const svg = await satori(socialCardElement(card) as Parameters<typeof satori>[0], { ...SOCIAL_IMAGE_SIZE, fonts: loadFonts() });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

/** The PNG of a card: from the cache when an identical card was rendered before, else rendered and cached. */
export async function socialImage(card: SocialCard, cacheDir = SOCIAL_IMAGE_CACHE): Promise<{ png: Buffer; cached: boolean }> {
  const file = join(cacheDir, `${socialImageKey(card)}.png`);
  try {
    return { png: readFileSync(file), cached: true };
  } catch {
    const png = await renderSocialImage(card);
    mkdirSync(cacheDir, { recursive: true });
    // Written whole then renamed: a build stopped halfway never leaves a truncated image in the cache.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return { png, cached: false };
  }
}
