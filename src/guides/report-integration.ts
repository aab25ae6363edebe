import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { staleWarning } from './checked';
import { countUnconfirmed, staleGuide, unconfirmedReport } from './unconfirmed';

/** Where the report goes: Astro's logger in a build, the console in the merge of a sharded build. */
export interface ReportLog {
  warn: (message: string) => void;
  info: (message: string) => void;
}

/**
 * From the guide pages of a built site, as readers get them: a warning (not an error) for each guide not
 * checked against its sources for 12 months, and the count of unconfirmed claims the pages show.
 */
export function reportGuides(dist: string, log: ReportLog): void {
  const guidesDir = join(dist, 'guides');
  const pages = readdirSync(guidesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html'));
  const unconfirmed = new Map<string, number>();
  for (const page of pages.sort()) {
    const html = readFileSync(join(guidesDir, page), 'utf8');
    const stale = staleGuide(html);
    if (stale) log.warn(staleWarning(`content/guides/${stale.id}.mdx`, stale.checked));
    unconfirmed.set(`/guides/${page.replace(/index\.html$/, '')}`, countUnconfirmed(html));
  }
  log.info(unconfirmedReport(unconfirmed));
}

/** The report after `astro build` of the whole site; a shard's build leaves it to the merge, which sees every guide. */
export function guideReport(options: { inShard: boolean }): AstroIntegration {
  return {
    name: 'guides:report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!options.inShard) reportGuides(fileURLToPath(dir), logger);
      },
    },
  };
}
