import type { Problem, ProblemDetails } from './problems';
import { CONTROL } from './types';

/** Names a character so that a reader can find it, even when it is invisible. */
function named(character: string): string {
  return /\s/.test(character) || CONTROL.test(character)
    ? `U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`
    : `"${character}"`;
}

/** Each problem in words: what is wrong and how to fix it. */
const MESSAGES: { [Code in keyof ProblemDetails]: (details: ProblemDetails[Code]) => string } = {
  oneLine: () => 'Type the value on one line.',
  farTooLong: () => 'This value is far too long for any of these fields.',
  accountAsEmail: () => 'Type the account as DOMAIN\\name (the cmdlets and dsacls here take that form), not as an e-mail style name.',
  accountNoBackslash: () => 'Type the NetBIOS domain, a backslash, then the account name.',
  accountDomainEmpty: () => 'The domain part (before the backslash) is empty.',
  accountDomainTooLong: ({ length }) => `A NetBIOS domain name has at most 15 characters (you typed ${length}).`,
  accountDomainCharacter: ({ character }) => `A NetBIOS domain name cannot contain ${named(character)}.`,
  accountDomainPeriod: () => 'A NetBIOS domain name cannot start with a period.',
  accountNameEmpty: () => 'The account name (after the backslash) is empty.',
  accountTwoBackslashes: () => 'Type only one backslash, between the domain and the account name.',
  accountNameTooLong: ({ length }) => `An account name (sAMAccountName) has at most 20 characters (you typed ${length}).`,
  accountNameCharacter: ({ character }) => `An account name cannot contain ${named(character)}.`,
  accountNameDots: () => 'An account name cannot be only periods or spaces.',
  dnAttributeExpected: ({ position }) => `Expected an attribute such as OU=, CN= or DC= at position ${position}.`,
  dnEqualsExpected: ({ type, position }) => `Expected "=" after "${type}" at position ${position}.`,
  dnDoubleQuote: ({ position }) => `A double quote cannot be passed safely to dsacls from Windows PowerShell: write it as \\22 (position ${position}).`,
  dnControl: ({ character, position }) => `Remove the control character ${named(character)} at position ${position}.`,
  dnEscapedQuote: ({ position }) => `A double quote cannot be passed safely to dsacls from Windows PowerShell: write \\22 instead of \\" (position ${position}).`,
  dnBackslash: ({ position }) => `The backslash at position ${position} escapes nothing: put it before a special character (\\, \\+ \\; \\\\) or two hex digits.`,
  dnUnescaped: ({ character, position }) => `${named(character)} at position ${position} must be escaped with a backslash (\\${character}).`,
  dnEquals: ({ position }) => `"=" at position ${position} must be escaped (\\=) inside a value; separate parts with commas.`,
  dnEmptyValue: ({ type }) => `The value of "${type}" is empty.`,
  dnTrailingComma: () => 'The name ends with a comma: remove it or add the missing part.',
  dnNoDomain: () => "An Active Directory name ends with the domain's DC= parts, e.g. ...,DC=contoso,DC=com.",
  dnsEmpty: () => 'Type a domain name.',
  dnsIsAddress: () => 'That is an IP address; type the DNS name of the domain.',
  dnsTooLong: ({ length }) => `A DNS name has at most 253 characters (you typed ${length}).`,
  dnsSingleLabel: () => 'Type the full DNS name, with at least two parts (single-label domains are not supported by Azure AD Connect).',
  dnsEmptyLabel: () => 'Two periods follow each other, or the name starts with one.',
  dnsLabelTooLong: ({ label }) => `"${label.slice(0, 20)}…" is longer than 63 characters, the limit for one part of a DNS name.`,
  dnsCharacter: ({ character }) => `A DNS name has only letters, digits, hyphens and periods, not ${named(character)}.`,
  dnsHyphen: ({ label }) => `A part of a DNS name cannot start or end with a hyphen ("${label}").`,
  ipv4Shape: () => 'Type four numbers from 0 to 255 separated by periods.',
  ipv4LeadingZero: () => 'Remove the leading zeros: some tools read 010 as an octal number (8).',
  ipv4Range: () => 'Each number of an IPv4 address is at most 255.',
  ipv6Zone: () => 'Leave out the zone index (the part from %): a global address has none.',
  ipv6PrefixLength: () => 'Type the address without a prefix length (/64).',
  ipv6Character: ({ character }) => `An IPv6 address has only hexadecimal digits, colons and (for an embedded IPv4 address) dots, not ${named(character)}.`,
  ipv6DoubleColons: () => '"::" may appear only once in an address.',
  ipv6EmbeddedIpv4: ({ part }) => `"${part}" is not a valid embedded IPv4 address.`,
  ipv6EmptyGroup: () => 'A group between two colons is empty (use "::" once for a run of zeros).',
  ipv6Group: ({ part }) => `"${part}" is not a group of 1 to 4 hexadecimal digits.`,
  ipv6GroupCount: ({ count }) => `An IPv6 address has 8 groups; this one has ${count}. Use "::" for a run of zeros.`,
  ipv6TooManyGroups: () => 'This address has too many groups for "::" to stand for any zeros.',
  prefixLengthMissing: () => 'Type the prefix with its length, /64, as the tunnel broker shows it.',
  prefixNot64: ({ typed }) => `This must be a /64 prefix (you typed /${typed}).`,
  prefixHostBits: ({ prefix }) => `The last four groups of a /64 prefix are zero: did you mean ${prefix}?`,
  interfaceEmpty: () => 'Type the connection name as "netsh interface show interface" lists it.',
  interfaceTooLong: () => 'A connection name has at most 256 characters.',
  interfaceCharacter: ({ character }) => `A connection name used in netsh cannot contain ${named(character)} (cmd.exe would change it): rename the connection.`,
  pathDrive: () => 'Type a full path that starts with a drive letter, e.g. C:\\.',
  pathCharacter: ({ character }) => `A Windows path cannot contain ${named(character)} here.`,
  pathDoubleBackslash: () => 'Two backslashes follow each other.',
  pathFolderEnd: ({ folder }) => `A folder name cannot end with a space or a period ("${folder}").`,
  pathDots: () => 'Type the path without "." or ".." parts.',
  pathTooLong: () => 'The path is longer than 259 characters.',
  connectorEmpty: () => 'Type the connector name as Get-ADSyncConnector lists it.',
  connectorTooLong: () => 'A connector name has at most 256 characters.',
  connectorCharacter: ({ character }) => `A connector name here may have letters, digits, spaces and . - _ @ ( ), not ${named(character)}.`,
  siteEmpty: () => 'Type the site name as IIS Manager lists it.',
  siteTooLong: () => 'An IIS site name has at most 259 characters.',
  siteCharacter: ({ character }) => `An IIS site name cannot contain ${named(character)}.`,
  needsSources: ({ sources }) => `Needs a valid ${sources.join(' and ')}.`,
  cannotPlace: ({ reason }) => reason,
};

/** A problem in words. */
export function problemMessage(problem: Problem): string {
  const message = MESSAGES[problem.code] as (details: Problem) => string;
  return message(problem);
}

/** The message at a field: the problem in words, then a right value to follow. */
export function fieldMessage(problem: Problem, example: string): string {
  return example ? `${problemMessage(problem)} Example: ${example}` : problemMessage(problem);
}
