import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server';
import { distDir } from './site';

declare module 'vitest' {
  interface ProvidedContext {
    baseURL: string;
  }
}

const root = join(import.meta.dirname, '..', '..', '..');

/** Builds the site once (the README's build, search index included) and serves dist/ on loopback for the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!(process.env['SKIP_BUILD'] === '1' && existsSync(distDir))) {
    const build = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const { server, url } = await serveStatic(distDir);
  project.provide('baseURL', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
