import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { guideSchema, type GuideFrontmatter } from '../../src/guides/schema';

/**
 * The one reader of `content/guides` for the tests: every guide's file, URL path, frontmatter (YAML read by
 * js-yaml and checked by the site's own schema, as the build does) and body.
 */
export const contentDir = join(import.meta.dirname, '..', '..', 'content', 'guides');

export interface GuideFile {
  /** Relative to content/guides: "azure-ad-connect-writeback/group-writeback.mdx". */
  file: string;
  /** The page's URL path: "/guides/azure-ad-connect-writeback/group-writeback/". */
  path: string;
  slug: string;
  group: string;
  frontmatter: GuideFrontmatter;
  /** The MDX after the frontmatter. */
  body: string;
  /** The whole MDX source. */
  source: string;
}

export function readGuide(file: string, source: string): GuideFile {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter`);
  const parsed = guideSchema.safeParse(parseYaml(match[1] ?? ''));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  const name = file.replace(/\.mdx$/, '');
  return {
    file,
    path: `/guides/${name}/`,
    slug: name.replace(/^.*\//, ''),
    group: name.replace(/\/.*$/, ''),
    frontmatter: parsed.data,
    body: source.slice(match[0].length),
    source,
  };
}

/** Every guide's file and text, not yet checked by the schema (for tests of what the schema would refuse). */
export const GUIDE_SOURCES: readonly { file: string; source: string }[] = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\\/g, '/'))
  .sort()
  .map((file) => ({ file, source: readFileSync(join(contentDir, file), 'utf8') }));

export const GUIDE_FILES: readonly GuideFile[] = GUIDE_SOURCES.map(({ file, source }) => readGuide(file, source));
