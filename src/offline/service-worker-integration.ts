import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import {
  isPage,
  OFFLINE_PAGE,
  PAGES_CACHE,
  pathOnlyCacheKey,
  PRECACHE_GLOBS,
  precacheTooLarge,
  SEARCH_CACHE,
  SEARCH_CACHE_ENTRIES,
  SEARCH_INDEX_PATTERN,
  SERVICE_WORKER_FILE,
} from './service-worker-config';

/** Writes dist/sw.js with Workbox's generateSW from the rules of service-worker-config.ts; throws when the precache is too large. */
export async function buildServiceWorker(dist: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: PRECACHE_GLOBS,
    swDest: join(dist, SERVICE_WORKER_FILE),
    // Astro names its bundles by content: the name is their version, no revision needed.
    dontCacheBustURLsMatching: /^_astro\//,
    // Workbox would skip a large file with a warning; the check of the total below names it instead.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    // A new deployment takes over at once, so a page never mixes files of two deployments.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    navigationPreload: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    runtimeCaching: [
      {
        // Every page the reader opens, freshest first; offline, the kept copy, else the offline page.
        urlPattern: isPage,
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGES_CACHE,
          plugins: [{ cacheKeyWillBeUsed: pathOnlyCacheKey }],
          precacheFallback: { fallbackURL: `/${OFFLINE_PAGE}` },
        },
      },
      {
        // The search index, file by file as the search loads it (Pagefind asks for its entry file with a ?ts= of the time).
        urlPattern: SEARCH_INDEX_PATTERN,
        handler: 'NetworkFirst',
        options: {
          cacheName: SEARCH_CACHE,
          plugins: [{ cacheKeyWillBeUsed: pathOnlyCacheKey }],
          expiration: { maxEntries: SEARCH_CACHE_ENTRIES, purgeOnQuotaError: true },
        },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('; ')}`);
  const tooLarge = precacheTooLarge(size, count);
  if (tooLarge) throw new Error(tooLarge);
  return { count, size };
}

declare global {
  interface ImportMetaEnv {
    /** True in `astro build` only: components/ServiceWorker.astro registers the worker only where there is one. */
    readonly SERVICE_WORKER: boolean;
  }
}

/**
 * Runs buildServiceWorker after the rest of `astro build` (register it last: it needs every other step's output),
 * and tells the pages whether there is a worker to register (not on the dev server). Not import.meta.env.PROD:
 * a build started by the tests runs with NODE_ENV=test, which makes PROD false.
 */
export function serviceWorker(options: { writeWorker?: boolean } = {}): AstroIntegration {
  return {
    name: 'guides:service-worker',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SERVICE_WORKER': JSON.stringify(command === 'build') } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A shard's pages register the worker all the same; the merge writes it, once every page is there.
        if (options.writeWorker === false) return;
        const started = performance.now();
        const { count, size } = await buildServiceWorker(fileURLToPath(dir));
        logger.info(`Service worker: ${count} files (${size} bytes) precached, in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
