import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The one way the tests build a site: the project itself, or a copy of it with some files changed. */
export const projectRoot = join(import.meta.dirname, '..', '..');

/** Build caches under node_modules, which each copy keeps for itself. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache', '.vitest-cache']);

/** What a copy of the site needs besides its content. */
const SITE_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'components', 'public', 'scripts'];

export interface SiteCopyOptions {
  /** 'all': every guide; 'groups-only': only content/groups.json (and step-ids.json), for a build of one fixture guide. */
  content: 'all' | 'groups-only';
  /** Files to write, relative to the copy (a guide: "content/guides/windows-server/x.mdx"). */
  files?: Record<string, string>;
}

/** A copy of the site in a temporary folder (node_modules linked), with `files` written over it; `remove()` deletes it. */
export function copySite(options: SiteCopyOptions): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'guides-site-'));
  for (const entry of SITE_FILES) cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  if (options.content === 'all') cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  else {
    mkdirSync(join(dir, 'content', 'guides'), { recursive: true });
    cpSync(join(projectRoot, 'content', 'groups.json'), join(dir, 'content', 'groups.json'));
    // The published step ids: a fixture guide's steps are new, so none of them is checked against it.
    cpSync(join(projectRoot, 'content', 'step-ids.json'), join(dir, 'content', 'step-ids.json'));
  }
  // Every package linked, but a node_modules of its own: Astro and Vite keep their caches there (the content
  // store in node_modules/.astro), and copies built at the same time must not read each other's guides.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(projectRoot, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  for (const [file, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BuildResult {
  status: number | null;
  /** stdout and stderr, interleaved as they came. */
  output: string;
}

/**
 * Builds the site in `dir` with extra environment: `astro build` (one process, what `npm run build` runs at this
 * size), or another command of node_modules/.bin (the sharded build: ['tsx', 'scripts/build.ts', '--shards', '3']).
 * Never throws on a failed build: the result says so.
 */
export function buildSite(dir: string, env: Record<string, string> = {}, command: readonly string[] = ['astro', 'build'], timeoutMs = 600_000): Promise<BuildResult> {
  const [program = 'astro', ...args] = command;
  return new Promise((resolve) => {
    let output = '';
    const build = spawn(join(projectRoot, 'node_modules', '.bin', program), args, {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      timeout: timeoutMs,
    });
    build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.on('close', (status, signal) => resolve({ status, output: signal ? `${output}\n(stopped by ${signal} after ${timeoutMs} ms)` : output }));
  });
}

/** Runs tasks at most `limit` at a time (builds on a 2-core machine), in order of the list. */
export async function inBatches<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Every file under a built site, as paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}
