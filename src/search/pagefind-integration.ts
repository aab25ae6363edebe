import { globSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildVocabulary } from './suggest.ts';
import { searchedText } from './page-match.ts';

/** The built guide pages, dist/guides/<group>/<guide>/index.html: the only pages the search covers (guides/<group>/index.html lists a group). */
const GUIDE_PAGES = 'guides/*/*/index.html';

/** Pagefind's own UIs: our search box drives pagefind.js directly, so nothing loads these. */
const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** The index's words, for "Did you mean" (src/search/suggest.ts); loaded only when a query word matches nothing. */
export const VOCABULARY = 'vocabulary.json';

interface Fragment {
  content: string;
  meta: Record<string, string>;
}

/** The text Pagefind indexed for each page (its fragments: gzip, a "pagefind_dcd" signature, then JSON), title and searched metadata included. */
function indexedTexts(fragmentDir: string): string[] {
  return readdirSync(fragmentDir).flatMap((file) => {
    const raw = gunzipSync(readFileSync(join(fragmentDir, file)));
    if (raw.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error(`Unexpected Pagefind fragment format: ${file}`);
    const parsed = JSON.parse(raw.subarray(12).toString('utf8')) as Fragment | Record<string, Fragment>;
    const fragments = typeof parsed.content === 'string' ? [parsed as Fragment] : Object.values(parsed as Record<string, Fragment>);
    return fragments.map((fragment) => searchedText(fragment.meta, fragment.content));
  });
}

/**
 * Indexes the built guide pages of `dist` into dist/pagefind/; throws when Pagefind reports an
 * error or when a guide page is missing from the index.
 */
export async function buildSearchIndex(dist: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // The same pattern that Pagefind is given below: what it must index, to check that it did.
    const pages = globSync(GUIDE_PAGES, { cwd: dist });
    if (pages.length === 0) throw new Error('The search index would be empty: the build produced no guide page.');
    // Without data-pagefind-body Pagefind would index the whole page, navigation and all.
    const unmarked = pages.filter((page) => !readFileSync(join(dist, page), 'utf8').includes('data-pagefind-body'));
    if (unmarked.length > 0) throw new Error(`These guides would be indexed with their navigation (no data-pagefind-body): ${unmarked.join(', ')}.`);
    // One call: Pagefind reads and indexes the files itself, in parallel, with the same output every time.
    const added = await index.addDirectory({ path: dist, glob: GUIDE_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the guides: ${added.errors.join('; ')}`);
    if (added.page_count !== pages.length) throw new Error(`Only ${added.page_count} of ${pages.length} guides are in the search index.`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_BUNDLES) rmSync(join(dist, 'pagefind', file), { force: true });
    writeFileSync(join(dist, 'pagefind', VOCABULARY), JSON.stringify(buildVocabulary(indexedTexts(join(dist, 'pagefind', 'fragment')))));
    return pages.length;
  } finally {
    await pagefind.close();
  }
}

/** Runs buildSearchIndex as the last step of `astro build` (SKIP_SEARCH_INDEX=1 skips it, for the benchmark and the authoring tests). */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'guides:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['SKIP_SEARCH_INDEX'] === '1') {
          logger.warn('SKIP_SEARCH_INDEX=1: no search index was built.');
          return;
        }
        const started = performance.now();
        const count = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${count} guides for search in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
