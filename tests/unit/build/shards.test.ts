import { describe, expect, it } from 'vitest';
import { parseShard, partition, shardOf } from '../../../src/build/shards';

const ids = Array.from({ length: 1000 }, (_, index) => `group-${index % 7}/guide-${index}`);

describe('parseShard', () => {
  it('reads INDEX/COUNT', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/4', '5/4', '2/0', '2', '2/4/1', 'a/b', '-1/4', '1.5/4', ''])('refuses %j with the expected form', (text) => {
    expect(() => parseShard(text)).toThrow(`--shard ${JSON.stringify(text)}: expected INDEX/COUNT with 1 <= INDEX <= COUNT, for example --shard 2/4.`);
  });
});

describe('partition', () => {
  it.each([1, 2, 3, 4, 7, 16, 1000, 1500])('puts every guide in exactly one of %i shards', (count) => {
    const shards = partition(ids, count);
    expect(shards).toHaveLength(count);
    expect(shards.flat().sort()).toEqual([...ids].sort());
    shards.forEach((shard, index) => expect(shard.every((id) => shardOf(id, count) === index + 1)).toBe(true));
  });

  it('is stable: the same shard on every run, and no other guide moves when one is added or removed', () => {
    const before = new Map(ids.map((id) => [id, shardOf(id, 4)]));
    expect(partition(ids, 4)).toEqual(partition([...ids], 4));
    const withNew = partition([...ids, 'group-1/a-new-guide'], 4);
    const withoutOne = partition(ids.slice(1), 4);
    for (const shards of [withNew, withoutOne]) shards.forEach((shard, index) => shard.filter((id) => before.has(id)).forEach((id) => expect(before.get(id)).toBe(index + 1)));
  });

  it('keeps the given order within each shard', () => {
    const shards = partition(ids, 3);
    for (const shard of shards) expect(shard).toEqual(ids.filter((id) => shard.includes(id)));
  });

  it('balances 1,000 guides over 2 to 8 shards within 15% of an even split', () => {
    for (let count = 2; count <= 8; count++) {
      for (const shard of partition(ids, count)) expect(Math.abs(shard.length - ids.length / count)).toBeLessThan((0.15 * ids.length) / count);
    }
  });

  it('refuses a count below 1', () => {
    expect(() => shardOf('a', 0)).toThrow('shard count 0: expected a whole number of at least 1.');
  });
});
