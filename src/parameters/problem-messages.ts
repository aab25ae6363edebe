import { BOTH_SHELLS, firstUnseen, PS_DOUBLE_QUOTE } from './characters';
import type { Problem, ProblemDetails } from './problems';

/** The names of the invisible characters a reader is most likely to paste without knowing. */
const NAMES: Readonly<Record<string, string>> = {
  '\u00A0': 'no-break space',
  '\u00AD': 'soft hyphen',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\uFEFF': 'zero-width no-break space (byte order mark)',
};

/** A character as an RFC 4514 escape: a backslash before each byte of its UTF-8 encoding, in hex. */
function utf8Escape(character: string): string {
  return [...new TextEncoder().encode(character)].map((byte) => `\\${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** Names a character so that a reader can find it, even when it is invisible. */
function named(character: string): string {
  if (!/\s/.test(character) && !firstUnseen(character)) return character === '"' ? `'"'` : `"${character}"`;
  const code = `U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[character];
  return name ? `${code} (${name})` : code;
}

/** Why a character cannot be part of a value in a line that cmd.exe and PowerShell both read (characters.ts BOTH_SHELLS). */
function bothShellsReason(character: string): string {
  if (character === '%') return 'cmd.exe expands %NAME% even inside quotes';
  if (character === '!') return 'cmd.exe expands !NAME! when delayed expansion is on, even inside quotes';
  if (character === '$') return 'PowerShell, where Command Prompt lines are often pasted, expands $ inside quotes, and $(...) runs a command';
  if (character === '`') return 'PowerShell, where Command Prompt lines are often pasted, reads the backtick as an escape character';
  if (PS_DOUBLE_QUOTE.test(character)) return 'a double quote would end the quotes around the value, in cmd.exe or in PowerShell (which reads \u201C \u201D \u201E as quotes too)';
  return 'the shell would read it as code';
}

/** What each special IPv4 range is, and where it lies (ip.ts tells the kind). */
const IPV4_KIND: Readonly<Record<ProblemDetails['ipv4NotUnicast']['kind'], string>> = {
  private: 'a private address (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)',
  shared: 'a carrier-grade NAT address (100.64.0.0/10)',
  'this-network': 'not a host address (0.0.0.0/8)',
  loopback: 'a loopback address, this computer itself (127.0.0.0/8)',
  'link-local': 'a link-local address, which Windows gives itself when DHCP fails (169.254.0.0/16)',
  multicast: 'a multicast address (224.0.0.0/4)',
  reserved: 'a reserved or broadcast address (240.0.0.0/4)',
};

const IPV6_SCOPE: Readonly<Record<ProblemDetails['prefixNotGlobal']['scope'], string>> = {
  global: 'a global unicast prefix',
  'unspecified-or-loopback': 'the unspecified or loopback address, not a network',
  'link-local': 'link-local (fe80::/10): it never leaves one link',
  'unique-local': 'a unique local prefix (fc00::/7): it is not routed on the internet',
  multicast: 'multicast (ff00::/8), not a network of hosts',
  reserved: 'reserved by the IETF, not assigned to networks',
};

/** Each problem in words: what is wrong and how to fix it. */
const MESSAGES: { [Code in keyof ProblemDetails]: (details: ProblemDetails[Code]) => string } = {
  oneLine: () => 'Type the value on one line.',
  farTooLong: () => 'This value is far too long for any of these fields.',
  unseenCharacter: ({ character, position }) =>
    `Remove the invisible, control or look-alike character ${named(character)} at position ${position}: it would make the code look different from what runs. Type the value rather than pasting it, or delete and retype that part.`,
  leadingMark: () => 'The value starts with a combining mark, which would merge with the character before it: remove it or type the letter it belongs to first.',
  accountAsEmail: () => 'Type the account as DOMAIN\\name (the cmdlets and dsacls here take that form), not as an e-mail style name.',
  accountNoBackslash: () => 'Type the NetBIOS domain, a backslash, then the account name.',
  accountDomainEmpty: () => 'The domain part (before the backslash) is empty.',
  accountDomainTooLong: ({ length }) => `A NetBIOS domain name has at most 15 characters (you typed ${length}).`,
  accountDomainCharacter: ({ character }) =>
    `A NetBIOS domain name has letters, digits and ! # $ % ^ & ( ) - _ ' { } . ~ only, not ${named(character)}. Type the short domain name, as echo %USERDOMAIN% shows it.`,
  accountDomainPeriod: () => 'A NetBIOS domain name cannot start with a period.',
  accountNameEmpty: () => 'The account name (after the backslash) is empty.',
  accountTwoBackslashes: () => 'Type only one backslash, between the domain and the account name.',
  accountNameTooLong: ({ length }) => `An account name (sAMAccountName) has at most 20 characters (you typed ${length}).`,
  accountNameCharacter: ({ character }) => `An account name cannot contain ${named(character)}.`,
  accountNameDots: () => 'An account name cannot be only periods or spaces.',
  dnAttributeExpected: ({ position }) => `Expected an attribute such as OU=, CN= or DC= at position ${position}.`,
  dnEqualsExpected: ({ type, position }) => `Expected "=" after "${type}" at position ${position}.`,
  dnDoubleQuote: ({ character, position }) =>
    `A double quote cannot be passed safely to dsacls from PowerShell: write it as ${utf8Escape(character)} (position ${position}).`,
  dnEscapedQuote: ({ position }) => `A double quote cannot be passed safely to dsacls from Windows PowerShell: write \\22 instead of \\" (position ${position}).`,
  dnBackslash: ({ position }) => `The backslash at position ${position} escapes nothing: put it before a special character (\\, \\+ \\; \\\\) or two hex digits.`,
  dnUnescaped: ({ character, position }) => `${named(character)} at position ${position} must be escaped with a backslash (\\${character}).`,
  dnEquals: ({ position }) => `"=" at position ${position} must be escaped (\\=) inside a value; separate parts with commas.`,
  dnEmptyValue: ({ type }) => `The value of "${type}" is empty.`,
  dnTrailingComma: () => 'The name ends with a comma: remove it or add the missing part.',
  dnNoDomain: () => "An Active Directory name ends with the domain's DC= parts, e.g. ...,DC=contoso,DC=com.",
  dnDomainComponent: ({ value }) => `"DC=${value}" is not one part of a DNS name: each DC= value has only letters, digits and inner hyphens (DC=contoso,DC=com).`,
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
  ipv4NotUnicast: ({ kind }) => `This is ${IPV4_KIND[kind]}, not the address of a computer here: type the address this server uses.`,
  ipv4NotPublic: ({ kind }) => `This is ${IPV4_KIND[kind]}, not reachable from the internet: type the public IPv4 address that the tunnel details page shows.`,
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
  prefixNotGlobal: ({ scope }) =>
    `This prefix is ${IPV6_SCOPE[scope]}. Type the global prefix the tunnel details page shows (it starts with 2 or 3, in 2000::/3).`,
  interfaceEmpty: () => 'Type the connection name as "netsh interface show interface" lists it.',
  interfaceTooLong: () => 'A connection name has at most 256 characters.',
  interfaceCharacter: ({ character }) =>
    `A connection name used in netsh here cannot contain ${named(character)}: ${bothShellsReason(character)}. Rename the connection (ncpa.cpl, or Rename-NetAdapter) and type the new name.`,
  interfaceEquals: () => 'A connection name used in netsh cannot contain "=": netsh would read name=value as one of its options. Rename the connection and type the new name.',
  interfaceBackslash: () => 'A connection name cannot end with a backslash here: it would escape the closing quote. Rename the connection and type the new name.',
  pathDrive: () => 'Type a full path that starts with a drive letter, e.g. C:\\.',
  pathCharacter: ({ character }) =>
    '*?[]'.includes(character)
      ? `A path here cannot contain ${named(character)}: PowerShell would read it as a wildcard and could pick another folder. Type the folder's real name.`
      : `A Windows path cannot contain ${named(character)} here.`,
  pathDoubleBackslash: () => 'Two backslashes follow each other.',
  pathFolderEnd: ({ folder }) => `A folder name cannot end with a space or a period ("${folder}").`,
  pathDots: () => 'Type the path without "." or ".." parts.',
  pathTooLong: () => 'The path is longer than 259 characters.',
  folderShortName: () => 'Type the full folder names, not 8.3 short names such as PROGRA~1: the guide loads code from this folder, so it must be plain which folder it is.',
  folderDriveRoot: () => 'Type the folder the program is installed in, not the root of a drive.',
  folderUserWritable: ({ folder }) =>
    `${folder} is a folder that users other than administrators can write to: the guide imports code from here, and would run, as administrator, what any of them put there. Type the folder the program is really installed in (by default under C:\\Program Files).`,
  connectorEmpty: () => 'Type the connector name as Get-ADSyncConnector lists it.',
  connectorTooLong: () => 'A connector name has at most 256 characters.',
  connectorCharacter: ({ character }) => `A connector name here may have letters, digits, spaces and . - _ @ ( ), not ${named(character)}.`,
  siteEmpty: () => 'Type the site name as IIS Manager lists it.',
  siteTooLong: () => 'An IIS site name has at most 259 characters.',
  siteCharacter: ({ character }) =>
    BOTH_SHELLS.test(character)
      ? `An IIS site name used in appcmd here cannot contain ${named(character)}: ${bothShellsReason(character)}. Rename the site in IIS Manager and type the new name.`
      : `An IIS site name cannot contain ${named(character)}.`,
  needsSources: ({ sources }) => `Needs a valid ${sources.join(' and ')}.`,
  hereStringEnd: () => "This value cannot be put safely in a PowerShell here-string: it starts with '@, which would end it.",
  commentEnd: () => 'This value cannot be put safely in a PowerShell comment: it has #>, which would end it.',
  cmdCharacter: ({ character }) =>
    `This value cannot be put safely in a Command Prompt line, which cmd.exe and PowerShell may both read: it has ${named(character)}: ${bothShellsReason(character)}. Remove it, or rename what the value names.`,
  cmdBackslash: () =>
    'This value cannot be put safely in a Command Prompt line: it ends with a backslash, which would escape the closing quote. Remove it, or rename what the value names.',
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
