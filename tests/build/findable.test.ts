import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The site's address comes from one setting (SITE_URL over `site`), and social images are cached by
 * content: each case builds a copy of the site.
 */
const root = join(import.meta.dirname, '..', '..');
const temporary: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

function copySite(): string {
  const dir = tempDir('guides-findable-');
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'components', 'content', 'public']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function build(dir: string, env: Record<string, string>): void {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SKIP_SEARCH_INDEX: '1', ...env },
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}

const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('the site address', () => {
  it('comes from SITE_URL everywhere: canonical URLs, previews, JSON-LD, sitemap, robots.txt and feed', () => {
    const dir = copySite();
    build(dir, { SITE_URL: 'https://docs.example.net', SKIP_SOCIAL_IMAGES: '1' });
    const dist = join(dir, 'dist');
    const guide = readFileSync(join(dist, 'guides', 'azure-ad-connect-writeback', 'group-writeback', 'index.html'), 'utf8');
    expect(guide).toContain('<link rel="canonical" href="https://docs.example.net/guides/azure-ad-connect-writeback/group-writeback/">');
    expect(guide).toContain('<meta property="og:image" content="https://docs.example.net/social/azure-ad-connect-writeback/group-writeback.png">');
    expect(guide).toContain('"item":"https://docs.example.net/guides/azure-ad-connect-writeback/"');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://docs.example.net/sitemap-index.xml');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://docs.example.net/guides/azure-ad-connect-writeback/group-writeback/</loc>');
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain('<link>https://docs.example.net/guides/azure-ad-connect-writeback/group-writeback/</link>');
    // Nothing else hard-codes the default address.
    const stale = filesUnder(dist).filter((file) => !file.endsWith('.png') && readFileSync(join(dist, file), 'utf8').includes('guides.example.org'));
    expect(stale).toEqual([]);
  });
});

describe('social images', () => {
  it('are rendered once, then every one comes from the cache on a rebuild', () => {
    const dir = copySite();
    const cache = tempDir('social-cache-');
    build(dir, { SOCIAL_IMAGE_CACHE: cache });
    const images = filesUnder(join(dir, 'dist', 'social'));
    const cached = readdirSync(cache);
    expect(images.length).toBeGreaterThanOrEqual(21);
    expect(cached).toHaveLength(images.length);
    const written = new Map(cached.map((file) => [file, statSync(join(cache, file)).mtimeMs]));
    build(dir, { SOCIAL_IMAGE_CACHE: cache });
    // Nothing was rendered again: the same files, none rewritten, and the site holds the cached bytes.
    expect(new Map(readdirSync(cache).map((file) => [file, statSync(join(cache, file)).mtimeMs]))).toEqual(written);
    const cachedBytes = new Set(cached.map((file) => readFileSync(join(cache, file)).toString('base64')));
    for (const image of images) expect(cachedBytes.has(readFileSync(join(dir, 'dist', 'social', image)).toString('base64')), image).toBe(true);
  });
});
