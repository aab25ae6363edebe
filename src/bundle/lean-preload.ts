import type { Plugin } from 'vite';

/** The id under which Vite bundles its dynamic-import preload helper. */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * The preload helper as a few bytes: Vite's own (914 B gzip) sits in every first view because the
 * search box and the parameter form load their code with import(). This one keeps what matters, fetching a lazy
 * module's static imports in parallel with it (modulepreload), and leaves out what the site does not use: CSS
 * dependencies, CSP nonces, relative bases and the vite:preloadError event (our callers catch a failed import).
 */
export function leanPreloadCode(base: string): string {
  return [
    'const seen = new Set();',
    `export const __vitePreload = (load, deps) => {`,
    `  for (const dep of deps || []) {`,
    `    if (seen.has(dep)) continue;`,
    `    seen.add(dep);`,
    `    const link = document.createElement('link');`,
    `    link.rel = 'modulepreload';`,
    `    link.href = ${JSON.stringify(base)} + dep;`,
    `    document.head.append(link);`,
    `  }`,
    `  return load();`,
    `};`,
  ].join('\n');
}

/** A Vite plugin that bundles leanPreloadCode in place of Vite's preload helper (client build only). */
export function leanPreloadHelper(): Plugin {
  let base = '/';
  return {
    name: 'guides:lean-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? leanPreloadCode(base) : undefined;
    },
  };
}
