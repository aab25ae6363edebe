/**
 * Which shard builds which guide (`npm run build -- --shard 2/4`). A guide's shard depends on its id and
 * the shard count only, never on the other guides: adding, removing or editing one guide leaves every
 * other guide in its shard, so a CI cache of the other shards stays valid.
 */

/** Shard `index` of `count`, counted from 1 as the command line writes it. */
export interface Shard {
  index: number;
  count: number;
}

/** Reads "2/4"; anything else is refused with words saying what is expected. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard ${JSON.stringify(text)}: expected INDEX/COUNT with 1 <= INDEX <= COUNT, for example --shard 2/4.`);
  }
  return { index, count };
}

/**
 * FNV-1a (32 bit) of the id's UTF-16 code units, then MurmurHash3's finaliser: tiny, the same on every
 * machine, and the finaliser mixes the last characters (ids often differ only there) into the low bits
 * that the modulo keeps, which FNV-1a alone leaves uneven.
 */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The shard (1..count) that builds the guide with this id. */
export function shardOf(id: string, count: number): number {
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`shard count ${count}: expected a whole number of at least 1.`);
  return (hashOf(id) % count) + 1;
}

/** The ids of each shard (index 0 holds shard 1), each list in the order given. */
export function partition(ids: readonly string[], count: number): string[][] {
  const shards = Array.from({ length: count }, (): string[] => []);
  for (const id of ids) shards[shardOf(id, count) - 1]!.push(id);
  return shards;
}
