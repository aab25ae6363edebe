/** Validators of IPv4 and IPv6 addresses and prefixes, and the addresses derived from a prefix. */
import { formatIpv6, ipv4SpecialRange, ipv6Scope, parseIpv4, parseIpv6 } from '../ip';
import type { ParameterType } from '../types';
import { fail, pass, type Validator, type ValueCheck } from '../validation';

export function ipv4(text: string): ValueCheck {
  const octets = parseIpv4(text);
  if (!octets) return fail({ code: 'ipv4Shape' });
  const parts = text.split('.');
  if (parts.some((part) => part.length > 1 && part.startsWith('0'))) {
    return fail({ code: 'ipv4LeadingZero' });
  }
  if (octets.some((octet) => octet > 255)) return fail({ code: 'ipv4Range' });
  const address = octets.join('.');
  const kind = ipv4SpecialRange(address);
  if (kind && kind !== 'private' && kind !== 'shared') return fail({ code: 'ipv4NotUnicast', kind });
  return pass(address);
}

/** An address on the internet (the far end of a tunnel): not private, shared (CGN) or special. */
export function publicIpv4(text: string): ValueCheck {
  const check = ipv4(text);
  if (!check.ok) return check;
  const kind = ipv4SpecialRange(check.value);
  if (kind) return fail({ code: 'ipv4NotPublic', kind });
  return check;
}

export function ipv6(text: string): ValueCheck {
  const parsed = parseIpv6(text);
  if ('problem' in parsed) return fail(parsed.problem);
  return pass(formatIpv6(parsed.groups));
}

export function ipv6Prefix64(text: string): ValueCheck {
  const [address = '', length, ...rest] = text.split('/');
  if (length === undefined) return fail({ code: 'prefixLengthMissing' });
  if (rest.length > 0 || length !== '64') return fail({ code: 'prefixNot64', typed: [length, ...rest].join('/') });
  const parsed = parseIpv6(address);
  if ('problem' in parsed) return fail(parsed.problem);
  const network = [...parsed.groups.slice(0, 4), 0, 0, 0, 0];
  if (parsed.groups.slice(4).some((group) => group !== 0)) {
    return fail({ code: 'prefixHostBits', prefix: `${formatIpv6(network)}/64` });
  }
  // A prefix routed to this network from the internet is global unicast (2000::/3); anything else
  // (::/64, link-local, unique local, multicast) would publish a route nobody can reach.
  const scope = ipv6Scope(parsed.groups);
  if (scope !== 'global') return fail({ code: 'prefixNotGlobal', scope });
  return pass(`${formatIpv6(network)}/64`);
}

/** The address with interface id `id` in a canonical "…::/64" prefix (a derived parameter's value). */
export function addressInPrefix(prefix: string | undefined, id: number): string | undefined {
  const parsed = parseIpv6((prefix ?? '').replace(/\/64$/, ''));
  if ('problem' in parsed) return undefined;
  return formatIpv6([...parsed.groups.slice(0, 7), id]);
}

/** The validators of this family, by type (src/parameters/types.ts: VALIDATOR_FAMILY). */
export const validators = { ipv4, publicIpv4, ipv6, ipv6Prefix64 } satisfies Partial<Record<ParameterType, Validator>>;
