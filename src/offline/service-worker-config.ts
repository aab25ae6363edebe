/**
 * What the service worker keeps (pure: src/offline/service-worker-integration.ts hands it to Workbox's
 * generateSW after the build). Workbox writes every caching rule; this module only chooses them.
 */

/** The worker's file at the site's root, so its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** The page shown for a page that is neither online nor kept (src/pages/offline.astro). */
export const OFFLINE_PAGE = 'offline/index.html';

/** The cache of pages the reader has opened; the offline page lists the guides in it. */
export const PAGES_CACHE = 'pages';

/** The cache of the search index's files, filled when the reader first searches. */
export const SEARCH_CACHE = 'search-index';

/**
 * The site shell, cached at install: the bundled scripts and styles (every lazily loaded chunk, so the form,
 * copy and search work offline), the favicon and the offline page. Guides and the search index are not:
 * they are kept as the reader opens them.
 */
export const PRECACHE_GLOBS = ['_astro/*.{js,css}', 'favicon.svg', OFFLINE_PAGE];

/** The install downloads the whole precache: above this the first visit would cost the reader too much. */
export const PRECACHE_LIMIT_BYTES = 150 * 1024;

/** The search index keeps this many files (index chunks and fragments) at most, the least recent go first. */
export const SEARCH_CACHE_ENTRIES = 400;

/** The error that stops the build when the precache outgrows its limit. */
export function precacheTooLarge(bytes: number, files: number, limit = PRECACHE_LIMIT_BYTES): string | undefined {
  if (bytes <= limit) return undefined;
  return (
    `The service worker would precache ${files} files of ${bytes} bytes, over the ${limit}-byte limit ` +
    `(src/offline/service-worker-config.ts): keep the shell small, or narrow PRECACHE_GLOBS.`
  );
}

/**
 * The cache key of a page or search index file: its address without the query string, where the reader's values
 * travel (and Pagefind's ?ts= cache buster). One entry per page, whatever values it was opened with, and the values
 * are not written into the cache.
 * Workbox copies this function's text into the worker, so it uses nothing from outside itself.
 */
export function pathOnlyCacheKey({ request }: { request: Request }): Promise<string> {
  const url = new URL(request.url);
  url.search = '';
  return Promise.resolve(url.href);
}

/**
 * Whether a request is for a page: a page load, or the page the reader is on, which the worker was not there to
 * keep on the first visit (the page fetches itself again once the worker is there, components/ServiceWorker.astro).
 * Workbox also copies this function's text into the worker.
 */
export function isPage({ request, url, sameOrigin }: { request: Request; url: URL; sameOrigin: boolean }): boolean {
  return request.mode === 'navigate' || (sameOrigin && url.pathname.endsWith('/'));
}

/** Whether a URL is one of the search index's files (a Workbox route pattern, matched against the full URL). */
export const SEARCH_INDEX_PATTERN = /\/pagefind\//;

/** A page address of a guide (/guides/<group>/<guide>/), from a cache key or link. */
export function isGuidePath(pathname: string): boolean {
  return /^\/guides\/[^/]+\/[^/]+\/$/.test(pathname);
}
