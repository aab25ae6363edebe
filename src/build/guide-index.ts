/**
 * The light index of every guide: its id and frontmatter, read without compiling its MDX. Navigation,
 * the feed and What's new read it, so that a shard (src/build/shards.ts) builds full navigation while it
 * compiles only its own guides. Pure: no Astro, no file system.
 */
import { slug } from 'github-slugger';
import { load } from 'js-yaml';

/**
 * The id Astro's glob loader gives the file at this path (relative to content/guides, "/"-separated):
 * each folder and the file name slugged as GitHub does, without the extension or a final "/index".
 * The build checks that both agree (src/guides/load.ts), so a change in Astro's rule cannot go unseen.
 */
export function guideIdOf(relativePath: string): string {
  return relativePath
    .replace(/\.mdx$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** The frontmatter of an MDX file as data (YAML, as Astro reads it); an error names the file. */
export function frontmatterOf(source: string, file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter (a guide opens with --- and its fields).`);
  let data: unknown;
  try {
    data = load(match[1] ?? '');
  } catch (error) {
    throw new Error(`${file}: its frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: its frontmatter is not a set of fields.`);
  return data as Record<string, unknown>;
}
