import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/support/chromium';
import { serveStatic } from '../browser/support/server';

/**
 * The same site either way (issue 22): the guides built in one process (`astro build`) and in three
 * shards plus the merge (`npm run build -- --shards 3`, scripts/build.ts) give the same pages, sitemap,
 * feed, social images, service worker and search results. Asset file names are normalised (a shard's
 * content hash may differ without the file differing in use); everything else must be byte for byte.
 */
const root = join(import.meta.dirname, '..', '..');
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function copySite(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'components', 'content', 'public', 'scripts']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function run(dir: string, command: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(join(root, 'node_modules', '.bin', command), args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    timeout: 500_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();

/** `_astro/controller.B2x9_k.js` -> `_astro/controller.js`: the names, wherever they appear. */
const normalise = (text: string): string => text.replace(/(_astro\/[\w.-]+?)\.[\w-]{8}\.(js|css|mjs)/g, '$1.$2');

let one: string;
let sharded: string;

beforeAll(() => {
  // Each build draws its social images from an empty cache of its own: both draw every image.
  one = join(copySite('guides-one-'), 'dist');
  run(join(one, '..'), 'astro', ['build'], { SOCIAL_IMAGE_CACHE: mkdtempSync(join(tmpdir(), 'social-one-')) });
  sharded = join(copySite('guides-sharded-'), 'dist');
  run(join(sharded, '..'), 'tsx', ['scripts/build.ts', '--shards', '3'], { SOCIAL_IMAGE_CACHE: mkdtempSync(join(tmpdir(), 'social-sharded-')) });
}, 900_000);

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

  it('draw the same social images', () => {
    const images = filesUnder(one).filter((file) => file.endsWith('.png'));
    expect(images.length).toBeGreaterThan(20);
    for (const image of images) expect(readFileSync(join(sharded, image)).equals(readFileSync(join(one, image))), image).toBe(true);
  });

  it('give the same search results in Chromium', async () => {
    const browser = await launchChromium();
    const results = async (dist: string): Promise<unknown[]> => {
      const { server, url } = await serveStatic(dist);
      try {
        const page = await browser.newPage();
        await page.goto(`${url}/`);
        // A string, not a function: Vitest would rewrite a function's import() into its own loader, which the page lacks.
        const found = (await page.evaluate(`(async () => {
          const pagefind = await import('/pagefind/pagefind.js');
          await pagefind.init();
          const all = [];
          for (const query of ${JSON.stringify(['dsacls', 'netsh interface ipv6', '0x80070520', 'Wow6432Node', 'sysprep access denied', 'GroupWriteBack'])}) {
            const { results } = await pagefind.search(query);
            all.push({ query, hits: await Promise.all(results.map(async (result) => ({ score: result.score, ...(await result.data()) }))) });
          }
          return all;
        })()`)) as unknown[];
        await page.close();
        return found;
      } finally {
        server.close();
      }
    };
    try {
      const fromOne = await results(one);
      expect(JSON.stringify(fromOne)).toContain('/guides/');
      expect(await results(sharded)).toEqual(fromOne);
    } finally {
      await browser.close();
    }
  });
});
