import { BOTH_SHELLS, firstUnseen, LEADING_MARK, LINE_BREAK, PS_DOUBLE_QUOTE } from './characters';
import { formatIpv6, ipv4SpecialRange, ipv6Scope, parseIpv4, parseIpv6 } from './ip';
import type { Problem } from './problems';

/** The kinds of value a reader can type. */
export type ParameterType =
  | 'ntAccount'
  | 'distinguishedName'
  | 'dnsDomain'
  | 'ipv4'
  | 'publicIpv4'
  | 'ipv6'
  | 'ipv6Prefix64'
  | 'interfaceName'
  | 'windowsPath'
  | 'programFolder'
  | 'connectorName'
  | 'iisSiteName';

/** A checked value: canonical when valid, else what is wrong (its words load only when needed: problem-messages.ts). */
export type ValueCheck = { ok: true; value: string } | { ok: false; problem: Problem };

const fail = (problem: Problem): ValueCheck => ({ ok: false, problem });
const pass = (value: string): ValueCheck => ({ ok: true, value });

/** The first character of `text` that is in `forbidden` or matches one of the patterns. */
function firstOf(text: string, forbidden: string, ...patterns: readonly RegExp[]): string | undefined {
  return [...text].find((character) => forbidden.includes(character) || patterns.some((pattern) => pattern.test(character)));
}

function ntAccount(text: string): ValueCheck {
  if (text.includes('@')) return fail({ code: 'accountAsEmail' });
  const slash = text.indexOf('\\');
  if (slash < 0) return fail({ code: 'accountNoBackslash' });
  const domain = text.slice(0, slash);
  const name = text.slice(slash + 1);
  if (domain === '') return fail({ code: 'accountDomainEmpty' });
  if (domain.length > 15) return fail({ code: 'accountDomainTooLong', length: domain.length });
  // Windows 2000 and later NetBIOS domain names: letters, digits and ! # $ % ^ & ( ) - _ ' { } . ~ (no spaces).
  const badDomain = [...domain].find((character) => !/[A-Za-z0-9!#$%^&()\-_'{}.~]/.test(character));
  if (badDomain) return fail({ code: 'accountDomainCharacter', character: badDomain });
  if (domain.startsWith('.')) return fail({ code: 'accountDomainPeriod' });
  if (name === '') return fail({ code: 'accountNameEmpty' });
  if (name.includes('\\')) return fail({ code: 'accountTwoBackslashes' });
  if (name.length > 20) return fail({ code: 'accountNameTooLong', length: name.length });
  const badName = firstOf(name, '"/\\[]:;|=,+*?<>');
  if (badName) return fail({ code: 'accountNameCharacter', character: badName });
  if (/^[. ]+$/.test(name)) return fail({ code: 'accountNameDots' });
  return pass(`${domain}\\${name}`);
}

const DN_SPECIAL = '"+,;<>\\=#';

function distinguishedName(text: string): ValueCheck {
  const rdns: string[] = [];
  let index = 0;
  const skipSpaces = (): void => {
    while (text[index] === ' ') index++;
  };
  while (index <= text.length) {
    const parts: string[] = [];
    for (;;) {
      skipSpaces();
      const type = /^(?:[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)*)/.exec(text.slice(index))?.[0];
      if (!type) return fail({ code: 'dnAttributeExpected', position: index + 1 });
      index += type.length;
      skipSpaces();
      if (text[index] !== '=') return fail({ code: 'dnEqualsExpected', type, position: index + 1 });
      index++;
      skipSpaces();
      let value = '';
      let trailingSpaces = 0; // unescaped spaces at the end are not part of the value
      while (index < text.length && text[index] !== ',' && text[index] !== '+') {
        const character = text[index] ?? '';
        if (PS_DOUBLE_QUOTE.test(character)) return fail({ code: 'dnDoubleQuote', character, position: index + 1 });
        if (character === '\\') {
          const next = text[index + 1] ?? '';
          if (/^[0-9A-Fa-f]{2}$/.test(text.slice(index + 1, index + 3))) {
            value += text.slice(index, index + 3);
            trailingSpaces = 0;
            index += 3;
            continue;
          }
          if (next === '"') return fail({ code: 'dnEscapedQuote', position: index + 1 });
          if (next !== '' && (DN_SPECIAL.includes(next) || next === ' ')) {
            value += character + next;
            trailingSpaces = 0;
            index += 2;
            continue;
          }
          return fail({ code: 'dnBackslash', position: index + 1 });
        }
        if (';<>'.includes(character) || (character === '#' && value === '')) {
          return fail({ code: 'dnUnescaped', character, position: index + 1 });
        }
        if (character === '=') return fail({ code: 'dnEquals', position: index + 1 });
        value += character;
        trailingSpaces = character === ' ' ? trailingSpaces + 1 : 0;
        index++;
      }
      value = value.slice(0, value.length - trailingSpaces);
      if (value === '' || value === '\\') return fail({ code: 'dnEmptyValue', type });
      parts.push(`${type}=${value}`);
      if (text[index] !== '+') break;
      index++;
    }
    rdns.push(parts.join('+'));
    if (index >= text.length) break;
    index++; // the comma
    if (index >= text.length) return fail({ code: 'dnTrailingComma' });
  }
  if (!/^DC=/i.test(rdns[rdns.length - 1] ?? '')) {
    return fail({ code: 'dnNoDomain' });
  }
  // The DC= parts spell the domain's DNS name: one DNS label each.
  const label = rdns.map((rdn) => /^DC=(.*)$/i.exec(rdn)?.[1]).find((value) => value !== undefined && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(value));
  if (label !== undefined) return fail({ code: 'dnDomainComponent', value: label });
  return pass(rdns.join(','));
}

function dnsDomain(text: string): ValueCheck {
  const name = text.replace(/\.$/, '').toLowerCase();
  if (name === '') return fail({ code: 'dnsEmpty' });
  if (parseIpv4(name)) return fail({ code: 'dnsIsAddress' });
  if (name.length > 253) return fail({ code: 'dnsTooLong', length: name.length });
  const labels = name.split('.');
  if (labels.length < 2) return fail({ code: 'dnsSingleLabel' });
  for (const label of labels) {
    if (label === '') return fail({ code: 'dnsEmptyLabel' });
    if (label.length > 63) return fail({ code: 'dnsLabelTooLong', label });
    const bad = [...label].find((character) => !/[a-z0-9-]/.test(character));
    if (bad) return fail({ code: 'dnsCharacter', character: bad });
    if (label.startsWith('-') || label.endsWith('-')) return fail({ code: 'dnsHyphen', label });
  }
  return pass(name);
}

function ipv4(text: string): ValueCheck {
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
function publicIpv4(text: string): ValueCheck {
  const check = ipv4(text);
  if (!check.ok) return check;
  const kind = ipv4SpecialRange(check.value);
  if (kind) return fail({ code: 'ipv4NotPublic', kind });
  return check;
}

function ipv6(text: string): ValueCheck {
  const parsed = parseIpv6(text);
  if ('problem' in parsed) return fail(parsed.problem);
  return pass(formatIpv6(parsed.groups));
}

function ipv6Prefix64(text: string): ValueCheck {
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

/** A connection name, read by netsh from a line that cmd.exe or PowerShell may read. */
function interfaceName(text: string): ValueCheck {
  if (text === '') return fail({ code: 'interfaceEmpty' });
  if (text.length > 256) return fail({ code: 'interfaceTooLong' });
  const bad = firstOf(text, '', BOTH_SHELLS);
  if (bad) return fail({ code: 'interfaceCharacter', character: bad });
  // netsh reads name=value anywhere on its line as an option, quoted or not.
  if (text.includes('=')) return fail({ code: 'interfaceEquals' });
  if (text.endsWith('\\')) return fail({ code: 'interfaceBackslash' });
  return pass(text);
}

function windowsPath(text: string): ValueCheck {
  if (!/^[A-Za-z]:\\/.test(text)) return fail({ code: 'pathDrive' });
  // [ ] are wildcards for Set-Location and Import-Module -Name, as * and ? are for every command.
  const bad = firstOf(text.slice(2), '<>"|?*%:/[]', PS_DOUBLE_QUOTE);
  if (bad) return fail({ code: 'pathCharacter', character: bad });
  const trimmed = text.length > 3 ? text.replace(/\\+$/, '') : text;
  const components = trimmed.slice(3).split('\\');
  if (trimmed.length > 3 && components.some((component) => component === '')) return fail({ code: 'pathDoubleBackslash' });
  const badEnd = components.find((component) => /[ .]$/.test(component) && component !== '.' && component !== '..');
  if (badEnd) return fail({ code: 'pathFolderEnd', folder: badEnd });
  if (components.some((component) => component === '.' || component === '..')) return fail({ code: 'pathDots' });
  if (trimmed.length > 259) return fail({ code: 'pathTooLong' });
  return pass(trimmed);
}

/**
 * Folders that any signed-in user (or process) can write to. A guide that imports a module from a
 * folder would run, as administrator, whatever such a user put there. Not a complete list (a folder a
 * user created at the root of a drive is writable by that user too): the parameter is also one that
 * a link cannot set (registry.ts, typedOnly), so the reader always types it.
 */
const USER_WRITABLE = /^[A-Z]:\\(Users|Documents and Settings|ProgramData|Windows\\(Temp|Tasks|Tracing)|Temp|Tmp|\$Recycle\.Bin|Public)(\\|$)/i;

/** The folder a program is installed in, from which the guide imports code: a full local path, in no folder users can write to. */
function programFolder(text: string): ValueCheck {
  const check = windowsPath(text);
  if (!check.ok) return check;
  // 8.3 short names (PROGRA~3 is ProgramData) would slip past the list below.
  if (check.value.includes('~')) return fail({ code: 'folderShortName' });
  if (check.value.length <= 3) return fail({ code: 'folderDriveRoot' });
  if (USER_WRITABLE.test(check.value)) return fail({ code: 'folderUserWritable', folder: check.value });
  return check;
}

function connectorName(text: string): ValueCheck {
  if (text === '') return fail({ code: 'connectorEmpty' });
  if (text.length > 256) return fail({ code: 'connectorTooLong' });
  const bad = [...text].find((character) => !/[A-Za-z0-9 ._@()-]/.test(character));
  if (bad) return fail({ code: 'connectorCharacter', character: bad });
  return pass(text);
}

function iisSiteName(text: string): ValueCheck {
  if (text === '') return fail({ code: 'siteEmpty' });
  if (text.length > 259) return fail({ code: 'siteTooLong' });
  const bad = firstOf(text, '\\/?;:@&=+,|<>', BOTH_SHELLS);
  if (bad) return fail({ code: 'siteCharacter', character: bad });
  return pass(text);
}

const VALIDATORS: Record<ParameterType, (text: string) => ValueCheck> = {
  ntAccount,
  distinguishedName,
  dnsDomain,
  ipv4,
  publicIpv4,
  ipv6,
  ipv6Prefix64,
  interfaceName,
  windowsPath,
  programFolder,
  connectorName,
  iisSiteName,
};

/** Checks a value typed by a reader (or taken from a link) and gives its canonical form. */
export function validateValue(type: ParameterType, raw: string): ValueCheck {
  const text = raw.trim();
  if (LINE_BREAK.test(text)) return fail({ code: 'oneLine' });
  if (text.length > 1000) return fail({ code: 'farTooLong' });
  // What the page shows must be what runs: no invisible, direction-changing or look-alike characters, in any type.
  const unseen = firstUnseen(text);
  if (unseen) return fail({ code: 'unseenCharacter', character: unseen.character, position: [...text.slice(0, unseen.index)].length + 1 });
  if (LEADING_MARK.test(text)) return fail({ code: 'leadingMark' });
  return VALIDATORS[type](text);
}
