/**
 * npm run bench [-- --copies N] [-- --check] [-- --no-starlight]
 *
 * Builds a scaled copy of the guides (every guide N times) with this site and, on the same
 * content, with Astro Starlight; measures build time, peak memory, page weight, search index
 * and browser timings; writes bench-results/report.json and report.md. Not part of npm test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { chromiumExecutable, launchChromium } from '../browser/support/chromium';
import { serveStatic } from '../browser/support/server';
import { renderCode } from '../../src/parameters/placeholders';
import { exampleValues } from '../../src/parameters/registry';
import { shardOf } from '../../src/build/shards';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const copies = Number(args[args.indexOf('--copies') + 1] ?? 0) || 50;
const check = args.includes('--check');
const withStarlight = !args.includes('--no-starlight');
/** Each build runs this many times and the median counts (`--runs 3` on a noisy machine). */
const runs = Math.max(1, Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 1) || 1);
/** `--shards N` builds our site in N shards (default: what `npm run build` chooses for the size). */
const shardArgs = args.includes('--shards') ? ['--shards', String(Number(args[args.indexOf('--shards') + 1]))] : [];
const outDir = join(root, 'bench-results');
const budgets = JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8')) as Record<string, number>;

interface BuildRun {
  wallMs: number;
  peakRssMb: number | null;
}

/** Runs a command, timing it and reading its peak memory with GNU time when the machine has it. */
function measure(command: string, commandArgs: string[], cwd: string, env: Record<string, string> = {}): BuildRun {
  const useTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = spawnSync(useTime ? '/usr/bin/time' : command, useTime ? ['-f', 'PEAK_RSS_KB=%M', command, ...commandArgs] : commandArgs, {
    cwd,
    encoding: 'utf8',
    // NODE_OPTIONS is cleared: tsx puts its loader there, and builds must run as a reader's would.
    env: { ...process.env, NODE_OPTIONS: '', ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed in ${cwd}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const rss = /PEAK_RSS_KB=(\d+)/.exec(result.stderr)?.[1];
  return { wallMs, peakRssMb: rss ? Number(rss) / 1024 : null };
}

/**
 * Empties Astro's cache (cacheDir, node_modules/.astro: the content data store) so that every build is
 * cold, as on a new clone; the generated sites share their node_modules, and so this cache, with a project.
 */
function coldCache(nodeModules: string): void {
  rmSync(join(nodeModules, '.astro'), { recursive: true, force: true });
  // A sharded build keeps one cache per shard (astro.config.mjs).
  rmSync(join(nodeModules, '.astro-shards'), { recursive: true, force: true });
}

/** Runs a build `runs` times; keeps the median wall time and the median peak memory. */
function measureMedian(run: () => BuildRun): BuildRun {
  const results = Array.from({ length: runs }, run);
  const rss = results.map((result) => result.peakRssMb);
  return {
    wallMs: median(results.map((result) => result.wallMs)),
    peakRssMb: rss.every((value): value is number => value !== null) ? median(rss) : null,
  };
}

interface SourceGuide {
  group: string;
  slug: string;
  source: string;
}

function sourceGuides(): SourceGuide[] {
  const base = join(root, 'content', 'guides');
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ group: dirname(file), slug: file.split('/').pop()!.replace(/\.mdx$/, ''), source: readFileSync(join(base, file), 'utf8') }));
}

/** Copy `index` of a guide: distinct slug, title and order. */
function copyOf(guide: SourceGuide, index: number): { slug: string; source: string } {
  if (index === 0) return { slug: guide.slug, source: guide.source };
  return {
    slug: `${guide.slug}-copy-${index}`,
    source: guide.source
      .replace(/^title: "(.*)"$/m, (_m, title: string) => `title: "${title} (copy ${index})"`)
      .replace(/^order: (\d+)$/m, (_m, order: string) => `order: ${Number(order) + index * 100}`),
  };
}

/** A guide with 100 parameterised code blocks, for the parameter update timing. */
function hundredBlocksGuide(): string {
  const blocks = Array.from({ length: 100 }, (_, i) =>
    `${i + 1}. <Step id="step-${i + 1}" /> Step ${i + 1}\n\n   \`\`\`powershell\n   $accountName = '<<accountName>>'\n   $ou = '<<cloudGroupOU>>'\n   Initialize-ADSyncGroupWriteBack -AdConnectorAccount $accountName -GroupWriteBackContainerDN $ou\n   \`\`\``,
  ).join('\n\n');
  return `---\ntitle: "Benchmark: 100 parameterised code blocks"\nsummary: "A page for the parameter update timing."\ngroup: windows-server\norder: 99999\ntopics: [Registry]\nappliesTo: [Windows Server 2008 R2]\npost: "Benchmark page"\nsources: [{ title: Page, publisher: Microsoft Learn, url: \"https://learn.microsoft.com/\" }]\nlastUpdated: 2026-11-25\nchecked: \"2026-11-25\"\ncheckedAgainst: [Windows Server 2008 R2]\n---\n\n## Steps\n\n${blocks}\n`;
}

function ourProject(guides: SourceGuide[], dir: string, count = copies): void {
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'components', 'public', 'scripts']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, 'content', 'guides'), { recursive: true });
  cpSync(join(root, 'content', 'groups.json'), join(dir, 'content', 'groups.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const guide of guides) {
    mkdirSync(join(dir, 'content', 'guides', guide.group), { recursive: true });
    for (let index = 0; index < count; index++) {
      const { slug, source } = copyOf(guide, index);
      writeFileSync(join(dir, 'content', 'guides', guide.group, `${slug}.mdx`), source);
    }
  }
  writeFileSync(join(dir, 'content', 'guides', 'windows-server', 'bench-100-blocks.mdx'), hundredBlocksGuide());
}

/** The same guides as Starlight pages: its frontmatter, its Aside, a blockquote for error messages, example values in code. */
function starlightProject(guides: SourceGuide[], dir: string): void {
  // The site lives inside tests/bench/starlight/ so that its node_modules resolve as in a real project.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module' }));
  const groups = JSON.parse(readFileSync(join(root, 'content', 'groups.json'), 'utf8')) as Array<{ id: string; title: string }>;
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Default Starlight, plus one workaround: under Astro 7.3 its prerender build leaves @astrojs/starlight/locals
    // external, and Node then cannot load the astro:content it imports (ERR_UNSUPPORTED_ESM_URL_SCHEME).
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ site: 'https://guides.example.org', vite: { environments: { prerender: { resolve: { noExternal: ['@astrojs/starlight'] } } } }, integrations: [starlight({ title: 'Windows Admin Guides', sidebar: ${JSON.stringify(
      groups.map((group) => ({ label: group.title, items: [{ autogenerate: { directory: group.id } }] })),
    )} })] });\n`,
  );
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(dir, 'src', 'content', 'docs', 'index.mdx'), '---\ntitle: Windows Admin Guides\n---\n\nGuides.\n');
  const examples = exampleValues();
  for (const guide of guides) {
    mkdirSync(join(dir, 'src', 'content', 'docs', guide.group), { recursive: true });
    for (let index = 0; index < copies; index++) {
      const { slug, source } = copyOf(guide, index);
      const title = /^title: (".*")$/m.exec(source)?.[1] ?? '""';
      const summary = /^summary: (".*")$/m.exec(source)?.[1] ?? '""';
      const body = source
        .replace(/^---\n[\s\S]*?\n---\n/, '')
        .replace(/<ErrorMessage>([\s\S]*?)<\/ErrorMessage>/g, '> $1')
        // Starlight's Aside stands in for our unconfirmed-claim note: the same amount of markup per claim.
        .replace(/<Unconfirmed>([\s\S]*?)<\/Unconfirmed>/g, '<Aside type="caution" title="Unconfirmed">$1</Aside>')
        // Starlight's synced tabs stand in for our shell tabs, with the same "Applies to" line per tab.
        .replace(/<ShellTabs>/g, '<Tabs syncKey="shell">')
        .replace(/<\/ShellTabs>/g, '</Tabs>')
        .replace(/^([ \t]*)<ShellTab shell="(\w+)" appliesTo="([^"]*)">/gm, (_m, indent: string, shell: string, applies: string) =>
          `${indent}<TabItem label="${shell === 'cmd' ? 'Command Prompt' : 'PowerShell'}">\n\n${indent}Applies to ${applies}`)
        .replace(/<\/ShellTab>/g, '</TabItem>')
        // A step's stable id is an empty anchor in our pages; the same anchor in plain HTML here.
        .replace(/<Step id="([\w-]+)" \/>/g, '<span id="$1"></span>')
        .replace(/(```(\w+)[^\n]*\n)([\s\S]*?)(\n\s*```)/g, (_m, open: string, lang: string, code: string, close: string) => open + renderCode(lang, code, examples).code + close);
      writeFileSync(
        join(dir, 'src', 'content', 'docs', guide.group, `${slug}.mdx`),
        `---\ntitle: ${title}\ndescription: ${summary}\n---\nimport { Aside, Tabs, TabItem } from '@astrojs/starlight/components';\n\n${body}`,
      );
    }
  }
}

interface PageWeight {
  requests: number;
  html: { raw: number; gzip: number };
  js: { raw: number; gzip: number; files: number };
  /** Screen stylesheets only: the page's CSS budget. */
  css: { raw: number; gzip: number; files: number };
  /** Stylesheets for print only (media="print"): fetched at idle priority, never in the way of the first view. */
  printCss: { raw: number; gzip: number; files: number };
}

/**
 * The bytes behind a set of requests, as a host would serve them (gzip computed here). Every request must
 * have answered with a body: a failed one stops the benchmark rather than being counted as nothing.
 */
async function responseBodies(requests: readonly Request[]): Promise<Array<{ type: string; url: string; size: number; gzip: number }>> {
  const bodies = await Promise.all(
    requests.map(async (request) => {
      const response = await request.response();
      if (!response) throw new Error(`${request.url()}: no response (${request.failure()?.errorText ?? 'failed'})`);
      // A redirect carries no body of its own; its target is a request of its own in the list.
      if (response.status() >= 300 && response.status() < 400) return undefined;
      const body = await response.body();
      return { type: request.resourceType(), url: request.url(), size: body.length, gzip: gzipSync(body).length };
    }),
  );
  return bodies.filter((body) => body !== undefined);
}

/**
 * What a first view of the page loads, as Chromium requests it: every request made until the load event
 * (what the reader waits for), each awaited to its last byte. Later requests (the service worker after
 * load, code loaded on a first touch) are not part of the first view.
 */
async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(url, { waitUntil: 'load' });
  const bodies = await responseBodies(requests.splice(0));
  const inline = await page.evaluate(() => ({
    js: [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
    css: [...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
    printOnly: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][media="print"]')].map((link) => link.href),
  }));
  await page.close();
  const sum = (types: string[], extra: string[], keep: (url: string) => boolean = (url) => !inline.printOnly.includes(url)): { raw: number; gzip: number; files: number } => {
    const files = bodies.filter((body) => types.includes(body.type) && keep(body.url));
    return {
      raw: files.reduce((total, body) => total + body.size, 0) + extra.reduce((total, text) => total + Buffer.byteLength(text), 0),
      gzip: files.reduce((total, body) => total + body.gzip, 0) + (extra.length ? gzipSync(extra.join('\n')).length : 0),
      files: files.length,
    };
  };
  const html = bodies.find((body) => body.type === 'document');
  return {
    requests: bodies.length,
    html: { raw: html?.size ?? 0, gzip: html?.gzip ?? 0 },
    js: sum(['script'], inline.js),
    css: sum(['stylesheet'], inline.css),
    printCss: sum(['stylesheet'], [], (url) => inline.printOnly.includes(url)),
  };
}

/**
 * The parameter form's code that loads on the reader's first touch of the form (gzip), after a first view
 * with the examples. The form shows is-enhanced only once its module, and so every module it imports,
 * has run: the script requests made by then are the whole of it.
 */
async function formCodeOnTouch(browser: Browser, url: string): Promise<{ gzip: number; files: number; wordsGzip: number }> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const scripts: Request[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request);
  });
  await page.focus('#param-accountName');
  await page.waitForSelector('guide-parameters.is-enhanced');
  const sizes = (await responseBodies(scripts.splice(0))).map((body) => body.gzip);
  // The words for wrong values load with the first wrong value: its message is written with them.
  await page.fill('#param-accountName', 'no backslash');
  await page.waitForFunction(() => document.querySelector('#param-accountName-error')?.textContent !== '');
  const wordSizes = (await responseBodies(scripts.splice(0))).map((body) => body.gzip);
  await page.close();
  const sum = (values: number[]): number => values.reduce((total, size) => total + size, 0);
  return { gzip: sum(sizes), files: sizes.length, wordsGzip: sum(wordSizes) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Time for a typed value to reach 100 code blocks: synchronous update, and until the next frame is painted. */
async function parameterTiming(browser: Browser, url: string): Promise<{ updateMs: number; toFrameMs: number; spans: number }> {
  const page = await browser.newPage();
  await page.goto(url);
  // The code that fills the commands loads on the first touch of the form.
  await page.focus('#param-accountName');
  await page.waitForSelector('guide-parameters.is-enhanced');
  const result = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('#param-accountName')!;
    const updates: number[] = [];
    const frames: number[] = [];
    for (let i = 0; i < 60; i++) {
      const started = performance.now();
      input.value = `CONTOSO\\AAD_${i.toString(16).padStart(8, '0')}`;
      input.dispatchEvent(new Event('input'));
      updates.push(performance.now() - started);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      frames.push(performance.now() - started);
    }
    return { updates, frames, spans: document.querySelectorAll('span[data-param="accountName"]').length };
  });
  await page.close();
  return { updateMs: median(result.updates), toFrameMs: median(result.frames), spans: result.spans };
}

/**
 * First query cold (the reader presses / and types at once: index loading included), first query after
 * intent (the pointer reached the search button and Pagefind finished loading), and warm queries,
 * from typing to rendered results; bytes fetched for the first; bytes of the suggester's words.
 */
async function searchTiming(browser: Browser, base: string, dist: string): Promise<{ firstMs: number; afterIntentMs: number; warmMs: number; firstQueryBytesGzip: number; afterIntentBytesGzip: number; vocabularyBytesGzip: number }> {
  const page = await browser.newPage();
  await page.goto(`${base}/guides/windows-server/usb-dos-boot/`, { waitUntil: 'load' });
  const pagefindRequests: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request);
  });
  await page.keyboard.press('/');
  const firstMs = await timeQuery(page, 'dsacls');
  // The results are on screen: every index file the first query needed was requested by then.
  const firstQueryBytesGzip = (await responseBodies(pagefindRequests.splice(0))).reduce((total, body) => total + body.gzip, 0);
  const warm: number[] = [];
  for (const query of ['netsh', 'sysprep', 'GroupWriteBack', '0x80070520', 'Wow6432Node', 'appcmd', 'tunnel', 'password']) warm.push(await timeQuery(page, query));
  await page.close();
  // Intent: hover the search button and let the preload finish (Pagefind's init fetches its entry, its
  // wasm and its metadata), then open and type.
  const intent = await browser.newPage();
  await intent.goto(`${base}/guides/windows-server/usb-dos-boot/`, { waitUntil: 'load' });
  const loaded = (suffix: RegExp): Promise<unknown> => intent.waitForResponse((response) => suffix.test(new URL(response.url()).pathname)).then((response) => response.body());
  const preload = Promise.all([loaded(/^\/pagefind\/wasm\.en\.pagefind$/), loaded(/^\/pagefind\/pagefind\.en_\w+\.pf_meta$/)]);
  await intent.locator('a.search-open').hover();
  await preload;
  // What the first query itself fetches once intent has loaded Pagefind: index chunks and result fragments.
  const afterIntentRequests: Request[] = [];
  intent.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) afterIntentRequests.push(request);
  });
  await intent.keyboard.press('/');
  const afterIntentMs = await timeQuery(intent, 'dsacls');
  const afterIntentBytesGzip = (await responseBodies(afterIntentRequests.splice(0))).reduce((total, body) => total + body.gzip, 0);
  await intent.close();
  const vocabularyBytesGzip = gzipSync(readFileSync(join(dist, 'pagefind', 'vocabulary.json'))).length;
  return { firstMs, afterIntentMs, warmMs: median(warm), firstQueryBytesGzip, afterIntentBytesGzip, vocabularyBytesGzip };
}

/** From typing a query into the open search dialog to its outcome on screen (ms), timed in the page. */
function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#search-input')!;
    const status = document.querySelector('.search-status')!;
    status.textContent = '';
    const started = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input'));
    // No named helpers in here: tsx would wrap them in a __name() call the page does not have.
    while (!status.textContent) await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - started;
  }, query);
}

/** Lighthouse (mobile) scores of a page, run with the same Chromium as the tests. */
async function lighthouseScores(url: string): Promise<Record<string, number>> {
  const { path } = await chromiumExecutable();
  const output = join(tmpdir(), `lighthouse-${process.pid}.json`);
  // Asynchronous: the static server answering Lighthouse runs in this process.
  const child = spawn(
    join(root, 'node_modules', '.bin', 'lighthouse'),
    [url, '--quiet', '--form-factor=mobile', '--only-categories=performance,accessibility,best-practices,seo', '--output=json', `--output-path=${output}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking'],
    { env: { ...process.env, NODE_OPTIONS: '', CHROME_PATH: path, PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`lighthouse failed: ${stderr.slice(-2000)}`);
  const report = JSON.parse(readFileSync(output, 'utf8')) as { categories: Record<string, { score: number | null }> };
  rmSync(output, { force: true });
  return Object.fromEntries(Object.entries(report.categories).map(([name, category]) => [name, Math.round((category.score ?? 0) * 100)]));
}

function duBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((total, file) => {
    const stats = statSync(join(dir, file));
    return stats.isFile() ? total + stats.size : total;
  }, 0);
}

/** What a guide with parameters loads on first view beyond a guide without: the form's own first script. */
function formFirstView(ours: OursReport): number {
  return Math.max(0, ours.guideWithParameters.js.gzip - ours.guideWithoutParameters.js.gzip);
}

/**
 * Changes one guide's body (not its title or group) after a full build and rebuilds what that needs, with
 * every cache warm: its shard and the merge when the build was sharded, else the whole build.
 */
function oneGuideRebuild(dir: string, socialCache: string): BuildRun & { shards: number } {
  const id = 'windows-server/wow6432node-registry';
  const file = join(dir, 'content', 'guides', `${id}.mdx`);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added for the benchmark's one-guide rebuild.\n`);
  const shardsDir = join(dir, 'dist-shards');
  const shards = existsSync(shardsDir) ? readdirSync(shardsDir).length : 1;
  const build = (extra: string[]): BuildRun => measure(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts', ...extra], dir, { SOCIAL_IMAGE_CACHE: socialCache });
  if (shards <= 1) return { ...build(['--shards', '1']), shards: 1 };
  const slice = build(['--shard', `${shardOf(id, shards)}/${shards}`]);
  const merged = build(['--merge', String(shards)]);
  return { wallMs: slice.wallMs + merged.wallMs, peakRssMb: Math.max(slice.peakRssMb ?? 0, merged.peakRssMb ?? 0) || null, shards };
}

function countPages(dist: string): number {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

interface OursReport {
  pages: number;
  build: BuildRun & { msPerPage: number };
  /** One guide's body changed after a full build: its shard and the merge (search index included), or the whole build when not sharded. */
  oneGuideRebuild: BuildRun & { shards: number };
  /** Site build wall times (search index apart) without social images, with their cache empty (= build) and warm. */
  socialImages: { count: number; withoutMs: number; coldMs: number; warmMs: number };
  searchIndex: BuildRun & { bytesOnDisk: number };
  siteBytesOnDisk: number;
  guideWithParameters: PageWeight;
  guideWithoutParameters: PageWeight;
  formCodeOnTouch: { gzip: number; files: number; wordsGzip: number };
  parameters100Blocks: { updateMs: number; toFrameMs: number; spans: number };
  /** The same guide's HTML (gzip) when the site has one copy of each guide: the page must not grow with the library. */
  guideHtmlGzipOneCopy: number;
  search: { firstMs: number; afterIntentMs: number; warmMs: number; firstQueryBytesGzip: number; afterIntentBytesGzip: number; vocabularyBytesGzip: number };
  lighthouse: Record<string, number>;
}

interface StarlightReport {
  pages: number;
  build: BuildRun & { msPerPage: number };
  siteBytesOnDisk: number;
  guide: PageWeight;
}

interface Report {
  date: string;
  copies: number;
  guides: number;
  ours: OursReport;
  starlight: StarlightReport | undefined;
}

async function main(): Promise<void> {
  const guides = sourceGuides();
  const work = mkdtempSync(join(tmpdir(), 'guides-bench-'));
  let ours: OursReport;
  let starlightReport: StarlightReport | undefined;
  try {
    console.log(`Generating ${guides.length} guides x ${copies} copies...`);
    const oursDir = join(work, 'ours');
    ourProject(guides, oursDir);
    // Social images: a build without them, one with their cache empty (the site's figure, as on a new
    // clone) and one with it warm (a rebuild); the last leaves dist/ complete for the browser figures.
    const socialCache = join(work, 'social-image-cache');
    // `npm run build` as a reader runs it (scripts/build.ts): in shards when that is faster (BUILD_SHARDS,
    // `--shards N`). /usr/bin/time reports the largest peak of any one process: the per-process figure.
    const buildOurs = (env: Record<string, string>): BuildRun => {
      coldCache(join(root, 'node_modules'));
      return measure(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts', ...shardArgs], oursDir, { SKIP_SEARCH_INDEX: '1', SOCIAL_IMAGE_CACHE: socialCache, ...env });
    };
    const withoutImages = measureMedian(() => buildOurs({ SKIP_SOCIAL_IMAGES: '1' }));
    const oursBuild = measureMedian(() => {
      rmSync(socialCache, { recursive: true, force: true });
      return buildOurs({});
    });
    const warmImages = measureMedian(() => buildOurs({}));
    const socialImages = readdirSync(join(oursDir, 'dist', 'social'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png')).length;
    const indexScript = join(work, 'index.mts');
    writeFileSync(indexScript, `import { buildSearchIndex } from ${JSON.stringify(join(root, 'src', 'search', 'pagefind-integration.ts'))};\nawait buildSearchIndex(${JSON.stringify(join(oursDir, 'dist'))});\n`);
    // Node 24 (the project's) strips the types itself, as in the real build: no tsx start-up in the figure.
    const oursIndex = measureMedian(() => measure(join(root, 'node_modules', '.bin', 'node'), [indexScript], oursDir));
    const oursPages = countPages(join(oursDir, 'dist'));
    const oneGuide = oneGuideRebuild(oursDir, socialCache);
    // The HTML growth compares with a site of one copy of each guide: at `--copies 1` that is this very site.
    const smallDir = copies === 1 ? oursDir : join(work, 'ours-one-copy');
    if (copies !== 1) {
      ourProject(guides, smallDir, 1);
      measure(join(root, 'node_modules', '.bin', 'astro'), ['build'], smallDir, { SKIP_SEARCH_INDEX: '1', SOCIAL_IMAGE_CACHE: socialCache });
    }
    const smallHtml = readFileSync(join(smallDir, 'dist', 'guides', 'azure-ad-connect-writeback', 'group-writeback', 'index.html'));
    const guideHtmlGzipOneCopy = gzipSync(smallHtml).length;
    const { server, url } = await serveStatic(join(oursDir, 'dist'));
    const browser = await launchChromium();
    try {
      ours = {
        pages: oursPages,
        siteBytesOnDisk: duBytes(join(oursDir, 'dist')),
        guideHtmlGzipOneCopy,
        build: { ...oursBuild, msPerPage: oursBuild.wallMs / oursPages },
        oneGuideRebuild: oneGuide,
        socialImages: { count: socialImages, withoutMs: withoutImages.wallMs, coldMs: oursBuild.wallMs, warmMs: warmImages.wallMs },
        searchIndex: { ...oursIndex, bytesOnDisk: duBytes(join(oursDir, 'dist', 'pagefind')) },
        guideWithParameters: await pageWeight(browser, `${url}/guides/azure-ad-connect-writeback/group-writeback/`),
        guideWithoutParameters: await pageWeight(browser, `${url}/guides/windows-server/usb-dos-boot/`),
        formCodeOnTouch: await formCodeOnTouch(browser, `${url}/guides/azure-ad-connect-writeback/group-writeback/`),
        parameters100Blocks: await parameterTiming(browser, `${url}/guides/windows-server/bench-100-blocks/`),
        search: await searchTiming(browser, url, join(oursDir, 'dist')),
        lighthouse: await lighthouseScores(`${url}/guides/azure-ad-connect-writeback/group-writeback/`),
      };
    } finally {
      await browser.close();
      server.close();
    }

    if (withStarlight) {
      const starlightModules = join(import.meta.dirname, 'starlight', 'node_modules');
      if (!existsSync(starlightModules)) {
        console.log('Installing Starlight for the benchmark (tests/bench/starlight)...');
        const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: join(import.meta.dirname, 'starlight'), stdio: 'inherit' });
        if (install.status !== 0) throw new Error('npm ci in tests/bench/starlight failed');
      }
      const starlight = join(import.meta.dirname, 'starlight', 'site');
      rmSync(starlight, { recursive: true, force: true });
      mkdirSync(starlight);
      starlightProject(guides, starlight);
      // A Starlight build that fails stops the benchmark: without it there is no ratio to check.
      const starlightBuild = measureMedian(() => {
        coldCache(starlightModules);
        return measure(join(starlightModules, '.bin', 'astro'), ['build'], starlight);
      });
      const starlightPages = countPages(join(starlight, 'dist'));
      const { server: slServer, url: slUrl } = await serveStatic(join(starlight, 'dist'));
      const slBrowser = await launchChromium();
      try {
        starlightReport = {
          pages: starlightPages,
          build: { ...starlightBuild, msPerPage: starlightBuild.wallMs / starlightPages },
          siteBytesOnDisk: duBytes(join(starlight, 'dist')),
          guide: await pageWeight(slBrowser, `${slUrl}/azure-ad-connect-writeback/group-writeback/`),
        };
      } finally {
        await slBrowser.close();
        slServer.close();
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (!process.env['KEEP_BENCH_SITE']) rmSync(join(import.meta.dirname, 'starlight', 'site'), { recursive: true, force: true });
  }
  writeReport({ date: new Date().toISOString(), copies, guides: guides.length * copies, ours, starlight: starlightReport });
}

function writeReport(report: Report): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'report.json'), JSON.stringify(report, null, 2));
  const { ours, starlight } = report;
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const ratio = (a: number, b: number | undefined): string => (b ? (a / b).toFixed(2) : 'n/a');
  const oursTotalMs = ours.build.wallMs + ours.searchIndex.wallMs;
  const oursPeak = Math.max(ours.build.peakRssMb ?? 0, ours.searchIndex.peakRssMb ?? 0);
  const rows: Array<[string, string, string, string]> = [
    ['Pages built', String(ours.pages), String(starlight?.pages ?? 'n/a'), ''],
    ['Build wall time, site (s)', (ours.build.wallMs / 1000).toFixed(1), '', ''],
    ['Build wall time, search index (s)', (ours.searchIndex.wallMs / 1000).toFixed(1), '', ''],
    ['Build wall time, total (s)', (oursTotalMs / 1000).toFixed(1), starlight ? (starlight.build.wallMs / 1000).toFixed(1) : 'n/a', ratio(oursTotalMs, starlight?.build.wallMs)],
    [`One guide's body changed: rebuild (${ours.oneGuideRebuild.shards > 1 ? `its shard of ${ours.oneGuideRebuild.shards} + merge` : 'whole build'}, s) / full build`, `${(ours.oneGuideRebuild.wallMs / 1000).toFixed(1)} / ${ratio(ours.oneGuideRebuild.wallMs, oursTotalMs)}`, '', ''],
    ['Build time per page (ms)', (oursTotalMs / ours.pages).toFixed(1), starlight ? starlight.build.msPerPage.toFixed(1) : 'n/a', ratio(oursTotalMs / ours.pages, starlight?.build.msPerPage)],
    [`Social images (${ours.socialImages.count}): cost with the cache empty (s)`, ((ours.socialImages.coldMs - ours.socialImages.withoutMs) / 1000).toFixed(1), '', ''],
    ['Social images: cost with the cache warm (s)', ((ours.socialImages.warmMs - ours.socialImages.withoutMs) / 1000).toFixed(1), '', ''],
    ['Site build with social images cached / without them', ratio(ours.socialImages.warmMs, ours.socialImages.withoutMs), '', ''],
    ['Peak RSS, site build (MB)', String(Math.round(ours.build.peakRssMb ?? 0)), '', ''],
    ['Peak RSS, search index (MB)', String(Math.round(ours.searchIndex.peakRssMb ?? 0)), '', ''],
    ['Peak RSS (MB)', String(Math.round(oursPeak)), String(Math.round(starlight?.build.peakRssMb ?? 0)), ratio(oursPeak, starlight?.build.peakRssMb ?? undefined)],
    ['Site on disk', kb(ours.siteBytesOnDisk), starlight ? kb(starlight.siteBytesOnDisk) : 'n/a', ratio(ours.siteBytesOnDisk, starlight?.siteBytesOnDisk)],
    ['Guide HTML (gzip)', kb(ours.guideWithParameters.html.gzip), starlight ? kb(starlight.guide.html.gzip) : 'n/a', ratio(ours.guideWithParameters.html.gzip, starlight?.guide.html.gzip)],
    ['Guide HTML growth (this run / one copy of each guide)', ratio(ours.guideWithParameters.html.gzip, ours.guideHtmlGzipOneCopy), '', ''],
    ['Guide JS, with parameters (gzip)', kb(ours.guideWithParameters.js.gzip), starlight ? kb(starlight.guide.js.gzip) : 'n/a', ratio(ours.guideWithParameters.js.gzip, starlight?.guide.js.gzip)],
    ['Guide JS, without parameters (gzip)', kb(ours.guideWithoutParameters.js.gzip), '', ''],
    [`Parameter form code, loaded on first touch (gzip, ${ours.formCodeOnTouch.files} file(s))`, kb(ours.formCodeOnTouch.gzip), '', ''],
    ['Parameter script in all: first view + first touch (gzip)', kb(ours.formCodeOnTouch.gzip + formFirstView(ours)), '', ''],
    ['Parameter form words for wrong values, on the first wrong value (gzip)', kb(ours.formCodeOnTouch.wordsGzip), '', ''],
    ['Guide CSS (gzip)', kb(ours.guideWithParameters.css.gzip), starlight ? kb(starlight.guide.css.gzip) : 'n/a', ratio(ours.guideWithParameters.css.gzip, starlight?.guide.css.gzip)],
    ['Guide print CSS, media="print" only, not in the CSS budget (gzip)', kb(ours.guideWithParameters.printCss.gzip), '', ''],
    ['Requests, first view of a guide', String(ours.guideWithParameters.requests), String(starlight?.guide.requests ?? 'n/a'), ''],
    ['Search index on disk', kb(ours.searchIndex.bytesOnDisk), '', ''],
    ['Search: bytes for a first query (gzip)', kb(ours.search.firstQueryBytesGzip), '', ''],
    ['Search: bytes the first query fetches after intent (gzip)', kb(ours.search.afterIntentBytesGzip), '', ''],
    ['Search: first query to results, cold (ms)', ours.search.firstMs.toFixed(0), '', ''],
    ['Search: first query after intent (pointer on the button, ms)', ours.search.afterIntentMs.toFixed(0), '', ''],
    ['Search: "Did you mean" words, loaded on demand (gzip)', kb(ours.search.vocabularyBytesGzip), '', ''],
    ['Search: warm query to results (ms, median)', ours.search.warmMs.toFixed(1), '', ''],
    [`Parameter update, ${ours.parameters100Blocks.spans} spans (ms, median)`, ours.parameters100Blocks.updateMs.toFixed(2), '', ''],
    ['Parameter update to next frame (ms, median)', ours.parameters100Blocks.toFrameMs.toFixed(1), '', ''],
    ['Lighthouse mobile (perf / a11y / best practices / SEO)', ['performance', 'accessibility', 'best-practices', 'seo'].map((name) => ours.lighthouse[name] ?? 0).join(' / '), '', ''],
  ];
  const markdown = [
    `Benchmark ${report.date}: ${report.copies} copies of every guide; build figures are the median of ${runs} run(s).`,
    '',
    '| Figure | Ours | Starlight | Ours/Starlight |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'report.md'), markdown);
  console.log(markdown);
  if (check) {
    const failures: string[] = [];
    const over = (name: string, value: number, budget: number | undefined): void => {
      if (budget !== undefined && value > budget) failures.push(`${name}: ${value.toFixed(2)} is over its budget of ${budget}`);
    };
    over('guideWithParametersJsGzip', ours.guideWithParameters.js.gzip, budgets['guideWithParametersJsGzip']);
    over('guideWithoutParametersJsGzip', ours.guideWithoutParameters.js.gzip, budgets['guideWithoutParametersJsGzip']);
    over('parameterScriptGzip', ours.formCodeOnTouch.gzip + formFirstView(ours), budgets['parameterScriptGzip']);
    over('guideCssGzip', ours.guideWithParameters.css.gzip, budgets['guideCssGzip']);
    over('htmlGrowthLargeOverSmall', ours.guideWithParameters.html.gzip / ours.guideHtmlGzipOneCopy, budgets['htmlGrowthLargeOverSmall']);
    over('oneGuideRebuildOverFull', ours.oneGuideRebuild.wallMs / oursTotalMs, budgets['oneGuideRebuildOverFull']);
    over('socialImagesColdShareOfBuild', (ours.socialImages.coldMs - ours.socialImages.withoutMs) / oursTotalMs, budgets['socialImagesColdShareOfBuild']);
    over('peakRssMbPerProcess', oursPeak, budgets['peakRssMbPerProcess']);
    over('socialImagesWarmOverWithout', ours.socialImages.warmMs / ours.socialImages.withoutMs, budgets['socialImagesWarmOverWithout']);
    over('parameterUpdateMsMedian', ours.parameters100Blocks.updateMs, budgets['parameterUpdateMsMedian']);
    over('firstResultsMsAfterIndex', ours.search.warmMs, budgets['firstResultsMsAfterIndex']);
    for (const [name, score] of Object.entries(ours.lighthouse)) if (score < (budgets['lighthouseMin'] ?? 100)) failures.push(`Lighthouse ${name}: ${score} is under ${budgets['lighthouseMin'] ?? 100}`);
    if (starlight) {
      over('buildMsPerPageRatio', oursTotalMs / ours.pages / starlight.build.msPerPage, budgets['buildMsPerPageRatio']);
      if (oursPeak && starlight.build.peakRssMb) over('peakRssPerPageRatio', oursPeak / starlight.build.peakRssMb, budgets['peakRssPerPageRatio']);
    }
    if (failures.length > 0) {
      console.error(`Over budget:\n- ${failures.join('\n- ')}`);
      process.exitCode = 1;
    } else console.log('Every figure is within its budget (tests/bench/budgets.json).');
  }
}

await main();
