import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import {
  isNavigation,
  OFFLINE_PAGE,
  PAGES_CACHE,
  pathOnlyCacheKey,
  PRECACHE_GLOBS,
  PRECACHE_LIMIT_BYTES,
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
    // A single file too large is a mistake the size check below names; Workbox would only warn and skip it.
    maximumFileSizeToCacheInBytes: PRECACHE_LIMIT_BYTES + 1,
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
        urlPattern: isNavigation,
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGES_CACHE,
          plugins: [{ cacheKeyWillBeUsed: pathOnlyCacheKey }],
          precacheFallback: { fallbackURL: `/${OFFLINE_PAGE}` },
        },
      },
      {
        // The search index, file by file as the search loads it.
        urlPattern: SEARCH_INDEX_PATTERN,
        handler: 'NetworkFirst',
        options: { cacheName: SEARCH_CACHE, expiration: { maxEntries: SEARCH_CACHE_ENTRIES, purgeOnQuotaError: true } },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('; ')}`);
  const tooLarge = precacheTooLarge(size, count);
  if (tooLarge) throw new Error(tooLarge);
  return { count, size };
}

/** Runs buildServiceWorker after the rest of `astro build` (register it last: it needs every other step's output). */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'guides:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { count, size } = await buildServiceWorker(fileURLToPath(dir));
        logger.info(`Service worker: ${count} files (${size} bytes) precached, in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
