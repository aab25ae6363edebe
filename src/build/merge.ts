/**
 * How the shards' dist folders become one site (pure planning; scripts/build.ts copies). Every shard
 * writes the pages that are not guides too (home, groups, topics, errors, feed, What's new), from the
 * same guide index, and the same `_astro` assets: a file written by several shards must be the same
 * bytes in each, else the shards disagree and the merge stops rather than pick one.
 */

/** A file of a shard's dist folder: its path ("/"-separated, relative) and a digest of its bytes. */
export interface ShardFile {
  path: string;
  digest: string;
}

/** Each file of the merged site, once, with the shard (0-based) it is copied from. */
export interface MergePlan {
  copy: Array<{ path: string; from: number }>;
}

/** Files the merge writes itself from every shard's, instead of copying one (the sitemap). */
export type MergedHere = (path: string) => boolean;

export function planMerge(shards: ReadonlyArray<readonly ShardFile[]>, mergedHere: MergedHere = () => false): MergePlan {
  const chosen = new Map<string, { from: number; digest: string }>();
  const conflicts: string[] = [];
  shards.forEach((files, shard) => {
    for (const { path, digest } of files) {
      if (mergedHere(path)) continue;
      const first = chosen.get(path);
      if (!first) chosen.set(path, { from: shard, digest });
      else if (first.digest !== digest) conflicts.push(`${path} (shard ${first.from + 1} and shard ${shard + 1})`);
    }
  });
  if (conflicts.length > 0) throw new Error(`The shards wrote different versions of the same file, so they cannot be merged:\n  ${conflicts.join('\n  ')}`);
  return { copy: [...chosen].map(([path, { from }]) => ({ path, from })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

/** A sitemap file of @astrojs/sitemap: the index, or one of its numbered parts. */
export const isSitemapFile: MergedHere = (path) => /^sitemap-(index|\d+)\.xml$/.test(path);

const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';

/**
 * One sitemap from the shards' parts, written as @astrojs/sitemap writes one for the whole site: every
 * <url> once (a page listed by several shards must be listed alike), sorted by address as it sorts them
 * (localeCompare, "en", numeric), 45,000 to a part, and the index giving each part its latest lastmod.
 */
export function mergeSitemaps(parts: readonly string[], site: string, limit = 45_000): Map<string, string> {
  const entries = new Map<string, string>();
  for (const part of parts) {
    for (const entry of part.match(/<url>[\s\S]*?<\/url>/g) ?? []) {
      const loc = /<loc>([^<]*)<\/loc>/.exec(entry)?.[1];
      if (!loc) throw new Error(`A sitemap entry without <loc>: ${entry}`);
      const seen = entries.get(loc);
      if (seen !== undefined && seen !== entry) throw new Error(`The shards list ${loc} differently in their sitemaps:\n  ${seen}\n  ${entry}`);
      entries.set(loc, entry);
    }
  }
  const locs = [...entries.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const files = new Map<string, string>();
  const index: string[] = [];
  for (let start = 0, number = 0; start < locs.length || number === 0; start += limit, number++) {
    const chunk = locs.slice(start, start + limit);
    const name = `sitemap-${number}.xml`;
    files.set(name, `${URLSET_OPEN}${chunk.map((loc) => entries.get(loc)).join('')}</urlset>`);
    const lastmods = chunk.map((loc) => /<lastmod>([^<]*)<\/lastmod>/.exec(entries.get(loc) ?? '')?.[1]).filter((value): value is string => value !== undefined);
    const latest = lastmods.sort().at(-1);
    index.push(`<sitemap><loc>${new URL(name, site).href}</loc>${latest ? `<lastmod>${latest}</lastmod>` : ''}</sitemap>`);
  }
  files.set('sitemap-index.xml', `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index.join('')}</sitemapindex>`);
  return files;
}
