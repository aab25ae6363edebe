import { readdirSync } from 'node:fs';
import { guideIdOf } from './guide-index';
import { parseShard, shardOf, type Shard } from './shards';

/** The shard this build is (GUIDES_SHARD=2/4, set by scripts/build.ts), or undefined for the whole site. */
export function currentShard(): Shard | undefined {
  const value = process.env['GUIDES_SHARD'];
  return value ? parseShard(value) : undefined;
}

/**
 * The glob loader's pattern for this build: every guide, or the files of this shard's guides (by id, as
 * shardOf places them). A shard with no guide gets a pattern that matches nothing.
 */
export function shardPattern(base: string): string | string[] {
  const shard = currentShard();
  if (!shard) return '**/*.mdx';
  const files = readdirSync(base, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.mdx') && shardOf(guideIdOf(file), shard.count) === shard.index)
    .sort();
  return files.length > 0 ? files : ['no-guide-in-this-shard.mdx'];
}
