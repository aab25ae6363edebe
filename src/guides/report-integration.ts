import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { staleWarning } from './checked';
import { countUnconfirmed, staleGuide, unconfirmedReport } from './unconfirmed';

/**
 * After the build, from the guide pages as readers get them: a warning (not an error) for each guide not
 * checked against its sources for 12 months, and the count of unconfirmed claims the pages show.
 */
export function guideReport(): AstroIntegration {
  return {
    name: 'guides:report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const guidesDir = join(fileURLToPath(dir), 'guides');
        const pages = readdirSync(guidesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html'));
        const unconfirmed = new Map<string, number>();
        for (const page of pages.sort()) {
          const html = readFileSync(join(guidesDir, page), 'utf8');
          const stale = staleGuide(html);
          if (stale) logger.warn(staleWarning(`content/guides/${stale.id}.mdx`, stale.checked));
          unconfirmed.set(`/guides/${page.replace(/index\.html$/, '')}`, countUnconfirmed(html));
        }
        logger.info(unconfirmedReport(unconfirmed));
      },
    },
  };
}
