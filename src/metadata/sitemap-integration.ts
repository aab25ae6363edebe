import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { modifiedTimeOf } from './link-preview';
import { builtPageFile, isIndexable, SITEMAP_INDEX } from './sitemap';

/**
 * @astrojs/sitemap with the pages worth indexing, each guide with its last-updated date (`lastmod`),
 * read from the `article:modified_time` its built page states; then a check that the sitemap exists,
 * since @astrojs/sitemap only logs its own errors and would leave the site without one.
 */
export function siteSitemap(): AstroIntegration[] {
  let outDir: URL | undefined;
  return [
    {
      name: 'guides:sitemap-dates',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
        },
      },
    },
    sitemap({
      filter: isIndexable,
      serialize(item) {
        if (!outDir) throw new Error('the output folder is not known yet');
        const lastmod = modifiedTimeOf(readFileSync(fileURLToPath(new URL(builtPageFile(item.url), outDir)), 'utf8'));
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    {
      name: 'guides:sitemap-check',
      hooks: {
        'astro:build:done': ({ dir }) => {
          if (!existsSync(new URL(SITEMAP_INDEX, dir))) throw new Error(`The build wrote no ${SITEMAP_INDEX}: see the @astrojs/sitemap messages above.`);
        },
      },
    },
  ];
}
