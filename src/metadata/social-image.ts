/**
 * Build time only: the PNGs of social cards (satori lays each card out as SVG, with its text as paths in
 * a font from npm; sharp turns it into PNG), drawn by a pool of child processes
 * (src/metadata/social-image-worker.ts), one per core. Cached by content in node_modules/.cache/social-images/,
 * so that a rebuild reuses every image whose card, template, font, encoding and renderers did not change.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARD_FONT, socialCardElement, type SocialCard } from './social-card';
import { SOCIAL_IMAGE_SIZE } from './link-preview';
import type { SocialImageJob, SocialImageReply, SocialImageSetup } from './social-image-protocol';

const require = createRequire(import.meta.url);

/** The cache folder (gitignored with node_modules); SOCIAL_IMAGE_CACHE moves it, for tests and the benchmark. */
export const SOCIAL_IMAGE_CACHE = process.env['SOCIAL_IMAGE_CACHE'] || join(process.cwd(), 'node_modules', '.cache', 'social-images');

/**
 * What every card shares. The PNG is zlib level 6, not 9: on this card level 9 costs about twice the
 * encoding time for a file 10% smaller (76 against 85 KB), and only link previews fetch it.
 */
function setup(): SocialImageSetup {
  return {
    kind: 'setup',
    size: { ...SOCIAL_IMAGE_SIZE },
    // The font files, from the @fontsource/inter npm package (never the network).
    fonts: ([400, 700] as const).map((weight) => ({ name: CARD_FONT, weight, path: require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`) })),
    png: { compressionLevel: 6 },
  };
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

/** What, besides the card, decides the pixels: the fonts, the encoding and the renderers' versions. */
let renderDigest: string | undefined;
function rendererDigest(): string {
  if (renderDigest) return renderDigest;
  const hash = createHash('sha256');
  const { fonts, png, size } = setup();
  for (const font of fonts) hash.update(readFileSync(font.path));
  hash.update(JSON.stringify({ png, size }));
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

/** The cache file of a card, whether drawn yet or not. */
export function socialImageFile(card: SocialCard, cacheDir = SOCIAL_IMAGE_CACHE): string {
  return join(cacheDir, `${socialImageKey(card)}.png`);
}

/** One process per core, but no more than one per few cards: a process costs about 0.3 s to start. */
function poolSize(cards: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(cards / 4)));
}

/**
 * Draws the cards missing from the cache, in parallel processes, and returns each card's cache file
 * and whether it was there already. Cards with the same key are drawn once.
 */
export async function drawSocialImages(cards: readonly SocialCard[], cacheDir = SOCIAL_IMAGE_CACHE): Promise<Array<{ file: string; cached: boolean }>> {
  const results = cards.map((card) => {
    const file = socialImageFile(card, cacheDir);
    return { file, cached: existsSync(file), card };
  });
  const missing = new Map<string, SocialImageJob>();
  for (const { file, cached, card } of results) if (!cached) missing.set(file, { kind: 'job', element: socialCardElement(card), file });
  if (missing.size > 0) {
    mkdirSync(cacheDir, { recursive: true });
    await drawInProcesses([...missing.values()], poolSize(missing.size));
  }
  return results.map(({ file, cached }) => ({ file, cached }));
}

/** The PNG of one card: from the cache when an identical card was drawn before, else drawn and cached. */
export async function socialImage(card: SocialCard, cacheDir = SOCIAL_IMAGE_CACHE): Promise<{ png: Buffer; cached: boolean }> {
  const [result] = await drawSocialImages([card], cacheDir);
  if (!result) throw new Error('drawSocialImages returned no result for one card');
  return { png: readFileSync(result.file), cached: result.cached };
}

const WORKER = fileURLToPath(new URL('./social-image-worker.ts', import.meta.url));

/** Hands the jobs out to `size` worker processes, two in flight each so that none waits on the messages. */
function drawInProcesses(jobs: SocialImageJob[], size: number): Promise<void> {
  const queue = [...jobs];
  let pending = jobs.length;
  const workers: ChildProcess[] = [];
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const worker of workers) worker.kill();
      if (error) reject(error);
      else resolve();
    };
    const feed = (worker: ChildProcess): void => {
      const job = queue.shift();
      if (job) worker.send(job);
    };
    for (let index = 0; index < size; index++) {
      // Node strips the worker's types itself; NODE_OPTIONS is left out so that no loader of the parent's
      // (tsx, a test runner's) slows each process down.
      const worker = fork(WORKER, [], { env: { ...process.env, NODE_OPTIONS: '' }, execArgv: [], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      workers.push(worker);
      worker.on('message', (reply: SocialImageReply) => {
        if (reply.kind === 'failed') return finish(new Error(`Social image ${reply.file} could not be drawn: ${reply.error}`));
        pending--;
        if (pending === 0) return finish();
        feed(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code, signal) => {
        if (!settled) finish(new Error(`A social image process stopped (${signal ?? `exit code ${code}`}) with ${pending} image(s) left to draw.`));
      });
      worker.send(setup());
      feed(worker);
      feed(worker);
    }
  });
}
