import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { firstBuild } from './second-deployment';
import { distDir } from './site-paths';

export { distDir };

/**
 * The global setup's build of the site, awaited once per test file before anything reads dist/ or opens a page
 * (every browser file imports this module, directly or through session.ts).
 */
await firstBuild();

/** Every built HTML page as a URL path ("/guides/x/y/", "/404.html"). */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(join(dir, entry.name));
      return entry.name.endsWith('.html') ? [join(dir, entry.name)] : [];
    });
  return walk(distDir)
    .map((file) => `/${relative(distDir, file).replace(/\\/g, '/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** Guide pages only. */
export function guidePages(): string[] {
  return builtPages().filter((path) => path.startsWith('/guides/'));
}
