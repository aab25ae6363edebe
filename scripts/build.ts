/**
 * npm run build [-- --shard 2/4 | --merge 4 | --shards N]
 *
 * - no option: the whole site into dist/, in one `astro build`, or in BUILD_SHARDS shards run as parallel
 *   processes and merged;
 * - --shard 2/4: one slice of the guides, with the whole site's navigation, into dist-shards/2/ (a CI job);
 * - --merge 4: dist-shards/1..4/ into dist/, then the steps that need the whole site: sitemap, social
 *   images, search index, service worker (the CI job after the matrix);
 * - --shards N: build N shards in parallel here, then merge.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isSitemapFile, mergeSitemaps, planMerge, type ShardFile } from '../src/build/merge';
import { reportGuides } from '../src/guides/report-integration';
import { parseShard } from '../src/build/shards';
import { writeSocialImages } from '../src/metadata/social-images-integration';
import { buildSearchIndex } from '../src/search/pagefind-integration';
import { finishMarkdownTwins } from '../src/markdown-twin/integration';
import { buildServiceWorker } from '../src/offline/service-worker-integration';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const shardDir = (index: number): string => join(root, 'dist-shards', String(index));

/**
 * One process unless BUILD_SHARDS says otherwise: on the 2-core benchmark machine (loaded), 1,000 guides took
 * 43 s in one process and 103 s in two parallel shards (each shard pays Vite, the client bundle and the
 * guide index again). Shards pay on a CI matrix, where each has a machine of its own.
 */
function defaultShardCount(): number {
  const set = Number(process.env['BUILD_SHARDS']);
  return Number.isSafeInteger(set) && set >= 1 ? set : 1;
}

/**
 * The folder a shard builds from: a copy of the project's sources (node_modules linked). Astro writes its
 * generated modules (the content collections' imports among them) to <root>/.astro/, which shards building
 * at once from one root would overwrite for each other. A copy, not links: Vite follows links to the real
 * files, which then lie outside the root, and Astro both drops their styles and names their scoped styles
 * from that other path.
 */
function shardRoot(index: number): string {
  const dir = join(root, 'dist-shards', '.roots', String(index));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'components', 'content', 'public']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs `astro build`, for the whole site or for one shard (GUIDES_SHARD), and rejects on failure. */
function astroBuild(shard?: string): Promise<void> {
  const index = shard ? parseShard(shard).index : undefined;
  return new Promise((resolve, reject) => {
    // NODE_OPTIONS is left out: tsx's loader would only slow the build down.
    const child = spawn(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: index === undefined ? root : shardRoot(index),
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: '', ...(shard && index !== undefined ? { GUIDES_SHARD: shard, GUIDES_SHARD_OUT: shardDir(index) } : {}) },
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro build${shard ? ` of shard ${shard}` : ''} failed (exit code ${code})`))));
  });
}

function filesOf(dir: string): ShardFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => ({ path, digest: createHash('sha256').update(readFileSync(join(dir, path))).digest('hex') }));
}

/** dist-shards/1..count/ into dist/, then the steps that need every page. */
async function merge(count: number): Promise<void> {
  const started = performance.now();
  const dirs = Array.from({ length: count }, (_, index) => shardDir(index + 1));
  rmSync(join(root, 'dist-shards', '.roots'), { recursive: true, force: true });
  for (const dir of dirs) if (!existsSync(dir)) throw new Error(`${dir} is missing: build it first with npm run build -- --shard N/${count}`);
  const shards = dirs.map(filesOf);
  const plan = planMerge(shards, isSitemapFile);
  const dist = join(root, 'dist');
  rmSync(dist, { recursive: true, force: true });
  for (const { path, from } of plan.copy) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    copyFileSync(join(dirs[from]!, path), join(dist, path));
  }
  // The site's address as the shards' sitemap index wrote it: astro.config.mjs stays the one place that sets it.
  const site = /<loc>([^<]*)sitemap-0\.xml<\/loc>/.exec(readFileSync(join(dirs[0]!, 'sitemap-index.xml'), 'utf8'))?.[1];
  if (!site) throw new Error(`${join(dirs[0]!, 'sitemap-index.xml')} names no sitemap-0.xml: cannot tell the site's address.`);
  const parts = shards.flatMap((files, index) => files.filter((file) => /^sitemap-\d+\.xml$/.test(file.path)).map((file) => readFileSync(join(dirs[index]!, file.path), 'utf8')));
  for (const [name, xml] of mergeSitemaps(parts, site)) writeFileSync(join(dist, name), xml);
  console.log(`Merged ${count} shard(s): ${plan.copy.length} files in ${Math.round(performance.now() - started)} ms.`);
  await finish(dist);
}

/** What the integrations do at the end of a whole build, once the merged dist/ holds every page. */
async function finish(dist: string): Promise<void> {
  reportGuides(dist, { warn: (message) => console.warn(message), info: (message) => console.log(message) });
  let started = performance.now();
  console.log(`${finishMarkdownTwins(dist).guides} Markdown twins match their pages; llms-full.txt written in ${Math.round(performance.now() - started)} ms.`);
  started = performance.now();
  if (process.env['SKIP_SOCIAL_IMAGES'] !== '1') {
    const { rendered, cached } = await writeSocialImages(dist);
    console.log(`${rendered + cached} social images (${rendered} rendered, ${cached} from the cache) in ${Math.round(performance.now() - started)} ms.`);
  }
  started = performance.now();
  if (process.env['SKIP_SEARCH_INDEX'] !== '1') console.log(`Search index: ${await buildSearchIndex(dist)} pages in ${Math.round(performance.now() - started)} ms.`);
  started = performance.now();
  const { count, size } = await buildServiceWorker(dist);
  console.log(`Service worker: ${count} files precached (${size} bytes) in ${Math.round(performance.now() - started)} ms.`);
}

async function main(): Promise<void> {
  const one = option('--shard');
  const mergeCount = option('--merge');
  if (one) return astroBuild(`${parseShard(one).index}/${parseShard(one).count}`);
  if (mergeCount) return merge(parseShard(`1/${mergeCount}`).count);
  const count = option('--shards') ? parseShard(`1/${option('--shards')}`).count : defaultShardCount();
  if (count === 1) return astroBuild();
  rmSync(join(root, 'dist-shards'), { recursive: true, force: true });
  await Promise.all(Array.from({ length: count }, (_, index) => astroBuild(`${index + 1}/${count}`)));
  await merge(count);
}

await main();
