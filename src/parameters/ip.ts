import type { Problem } from './problems';

/** An IPv6 address as eight 16-bit groups. */
export type Ipv6Groups = readonly number[];

/** Parses an IPv4 address in dotted-quad form; undefined when it is not one. */
export function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    octets.push(Number(part));
  }
  return octets;
}

/**
 * Parses any valid spelling of an IPv6 address (compressed, upper case, leading zeros,
 * embedded IPv4); returns its eight groups, or the problem that makes it no address.
 */
export function parseIpv6(text: string): { groups: number[] } | { problem: Problem } {
  if (text.includes('%')) return { problem: { code: 'ipv6Zone' } };
  if (text.includes('/')) return { problem: { code: 'ipv6PrefixLength' } };
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) {
    return { problem: { code: 'ipv6Character', character: text.replace(/[0-9A-Fa-f:.]/g, '')[0] ?? '' } };
  }
  const halves = text.split('::');
  if (halves.length > 2) return { problem: { code: 'ipv6DoubleColons' } };
  const parseHalf = (half: string, isLast: boolean): number[] | Problem => {
    if (half === '') return [];
    const groups: number[] = [];
    const parts = half.split(':');
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index] ?? '';
      if (isLast && index === parts.length - 1 && part.includes('.')) {
        const octets = parseIpv4(part);
        if (!octets || octets.some((octet) => octet > 255)) return { code: 'ipv6EmbeddedIpv4', part };
        groups.push(((octets[0] ?? 0) << 8) | (octets[1] ?? 0), ((octets[2] ?? 0) << 8) | (octets[3] ?? 0));
        continue;
      }
      if (!/^[0-9A-Fa-f]{1,4}$/.test(part)) {
        return part === '' ? { code: 'ipv6EmptyGroup' } : { code: 'ipv6Group', part };
      }
      groups.push(parseInt(part, 16));
    }
    return groups;
  };
  const head = parseHalf(halves[0] ?? '', halves.length === 1);
  if (!Array.isArray(head)) return { problem: head };
  if (halves.length === 1) {
    return head.length === 8 ? { groups: head } : { problem: { code: 'ipv6GroupCount', count: head.length } };
  }
  const tail = parseHalf(halves[1] ?? '', true);
  if (!Array.isArray(tail)) return { problem: tail };
  if (head.length + tail.length > 7) return { problem: { code: 'ipv6TooManyGroups' } };
  return { groups: [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail] };
}

/** Writes eight groups in the canonical form of RFC 5952 (lower case, no leading zeros, longest zero run as "::"). */
export function formatIpv6(groups: Ipv6Groups): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; ) {
    if (groups[start] !== 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0) end++;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** An IPv4 range that is not a public unicast address (RFC 6890), by kind; private ranges may still be a host's own address. */
export type Ipv4RangeKind = 'private' | 'shared' | 'this-network' | 'loopback' | 'link-local' | 'multicast' | 'reserved';

/** Each kind's ranges, read on the dotted address (problem-messages.ts names the ranges). */
const IPV4_RANGES: readonly [Ipv4RangeKind, RegExp][] = [
  ['private', /^(10|172\.(1[6-9]|2\d|3[01])|192\.168)\./],
  ['shared', /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./],
  ['this-network', /^0\./],
  ['loopback', /^127\./],
  ['link-local', /^169\.254\./],
  ['multicast', /^2(2[4-9]|3\d)\./],
  ['reserved', /^2(4\d|5[0-5])\./],
];

/** The kind of special range a canonical dotted IPv4 address falls in, or undefined for a public unicast address. */
export function ipv4SpecialRange(address: string): Ipv4RangeKind | undefined {
  return IPV4_RANGES.find(([, range]) => range.test(address))?.[0];
}

/** What an IPv6 address is for (RFC 4291 section 2.4, RFC 4193): only a global unicast address is routed on the internet. */
export type Ipv6Scope = 'global' | 'unspecified-or-loopback' | 'link-local' | 'unique-local' | 'multicast' | 'reserved';

export function ipv6Scope(groups: Ipv6Groups): Ipv6Scope {
  const first = groups[0] ?? 0;
  if ((first & 0xe000) === 0x2000) return 'global';
  if (groups.slice(0, 7).every((group) => group === 0) && (groups[7] ?? 0) <= 1) return 'unspecified-or-loopback';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xfe00) === 0xfc00) return 'unique-local';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  return 'reserved';
}
