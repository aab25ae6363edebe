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
 * embedded IPv4); returns its eight groups, or a reason it is not an address.
 */
export function parseIpv6(text: string): { groups: number[] } | { error: string } {
  if (text.includes('%')) return { error: 'Leave out the zone index (the part from %): a global address has none.' };
  if (text.includes('/')) return { error: 'Type the address without a prefix length (/64).' };
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) {
    const bad = text.replace(/[0-9A-Fa-f:.]/g, '')[0];
    return { error: `An IPv6 address has only hexadecimal digits, colons and (for an embedded IPv4 address) dots, not "${bad}".` };
  }
  const halves = text.split('::');
  if (halves.length > 2) return { error: '"::" may appear only once in an address.' };
  const parseHalf = (half: string, isLast: boolean): number[] | string => {
    if (half === '') return [];
    const groups: number[] = [];
    const parts = half.split(':');
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index] ?? '';
      if (isLast && index === parts.length - 1 && part.includes('.')) {
        const octets = parseIpv4(part);
        if (!octets || octets.some((octet) => octet > 255)) return `"${part}" is not a valid embedded IPv4 address.`;
        groups.push(((octets[0] ?? 0) << 8) | (octets[1] ?? 0), ((octets[2] ?? 0) << 8) | (octets[3] ?? 0));
        continue;
      }
      if (!/^[0-9A-Fa-f]{1,4}$/.test(part)) {
        return part === '' ? 'A group between two colons is empty (use "::" once for a run of zeros).' : `"${part}" is not a group of 1 to 4 hexadecimal digits.`;
      }
      groups.push(parseInt(part, 16));
    }
    return groups;
  };
  const head = parseHalf(halves[0] ?? '', halves.length === 1);
  if (typeof head === 'string') return { error: head };
  if (halves.length === 1) {
    return head.length === 8 ? { groups: head } : { error: `An IPv6 address has 8 groups; this one has ${head.length}. Use "::" for a run of zeros.` };
  }
  const tail = parseHalf(halves[1] ?? '', true);
  if (typeof tail === 'string') return { error: tail };
  if (head.length + tail.length > 7) return { error: 'This address has too many groups for "::" to stand for any zeros.' };
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
