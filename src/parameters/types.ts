import { formatIpv6, parseIpv4, parseIpv6 } from './ip';

/** The kinds of value a reader can type. */
export type ParameterType =
  | 'ntAccount'
  | 'distinguishedName'
  | 'dnsDomain'
  | 'ipv4'
  | 'ipv6'
  | 'ipv6Prefix64'
  | 'interfaceName'
  | 'windowsPath'
  | 'connectorName'
  | 'iisSiteName';

/** A checked value: canonical when valid, else what is wrong (the page adds the field's example). */
export type ValueCheck = { ok: true; value: string } | { ok: false; message: string };

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

const fail = (message: string): ValueCheck => ({ ok: false, message });
const pass = (value: string): ValueCheck => ({ ok: true, value });

/** Names a character so that a reader can find it, even when it is invisible. */
function describe(character: string): string {
  return /\s/.test(character) || CONTROL.test(character)
    ? `U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`
    : `"${character}"`;
}

function firstOf(text: string, forbidden: string): string | undefined {
  return [...text].find((character) => forbidden.includes(character) || CONTROL.test(character));
}

function ntAccount(text: string): ValueCheck {
  if (text.includes('@')) return fail(`Type the account as DOMAIN\\name (the cmdlets and dsacls here take that form), not as an e-mail style name.`);
  const slash = text.indexOf('\\');
  if (slash < 0) return fail(`Type the NetBIOS domain, a backslash, then the account name.`);
  const domain = text.slice(0, slash);
  const name = text.slice(slash + 1);
  if (domain === '') return fail(`The domain part (before the backslash) is empty.`);
  if (domain.length > 15) return fail(`A NetBIOS domain name has at most 15 characters (you typed ${domain.length}).`);
  const badDomain = firstOf(domain, '\\/:*?"<>|');
  if (badDomain) return fail(`A NetBIOS domain name cannot contain ${describe(badDomain)}.`);
  if (domain.startsWith('.')) return fail(`A NetBIOS domain name cannot start with a period.`);
  if (name === '') return fail(`The account name (after the backslash) is empty.`);
  if (name.includes('\\')) return fail(`Type only one backslash, between the domain and the account name.`);
  if (name.length > 20) return fail(`An account name (sAMAccountName) has at most 20 characters (you typed ${name.length}).`);
  const badName = firstOf(name, '"/\\[]:;|=,+*?<>');
  if (badName) return fail(`An account name cannot contain ${describe(badName)}.`);
  if (/^[. ]+$/.test(name)) return fail(`An account name cannot be only periods or spaces.`);
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
      if (!type) return fail(`Expected an attribute such as OU=, CN= or DC= at position ${index + 1}.`);
      index += type.length;
      skipSpaces();
      if (text[index] !== '=') return fail(`Expected "=" after "${type}" at position ${index + 1}.`);
      index++;
      skipSpaces();
      let value = '';
      let trailingSpaces = 0; // unescaped spaces at the end are not part of the value
      while (index < text.length && text[index] !== ',' && text[index] !== '+') {
        const character = text[index] ?? '';
        if (character === '"') return fail(`A double quote cannot be passed safely to dsacls from Windows PowerShell: write it as \\22 (position ${index + 1}).`);
        if (CONTROL.test(character)) return fail(`Remove the control character ${describe(character)} at position ${index + 1}.`);
        if (character === '\\') {
          const next = text[index + 1] ?? '';
          if (/^[0-9A-Fa-f]{2}$/.test(text.slice(index + 1, index + 3))) {
            value += text.slice(index, index + 3);
            trailingSpaces = 0;
            index += 3;
            continue;
          }
          if (next === '"') return fail(`A double quote cannot be passed safely to dsacls from Windows PowerShell: write \\22 instead of \\" (position ${index + 1}).`);
          if (next !== '' && (DN_SPECIAL.includes(next) || next === ' ')) {
            value += character + next;
            trailingSpaces = 0;
            index += 2;
            continue;
          }
          return fail(`The backslash at position ${index + 1} escapes nothing: put it before a special character (\\, \\+ \\; \\\\) or two hex digits.`);
        }
        if (';<>'.includes(character) || (character === '#' && value === '')) {
          return fail(`${describe(character)} at position ${index + 1} must be escaped with a backslash (\\${character}).`);
        }
        if (character === '=') return fail(`"=" at position ${index + 1} must be escaped (\\=) inside a value; separate parts with commas.`);
        value += character;
        trailingSpaces = character === ' ' ? trailingSpaces + 1 : 0;
        index++;
      }
      value = value.slice(0, value.length - trailingSpaces);
      if (value === '' || value === '\\') return fail(`The value of "${type}" is empty.`);
      parts.push(`${type}=${value}`);
      if (text[index] !== '+') break;
      index++;
    }
    rdns.push(parts.join('+'));
    if (index >= text.length) break;
    index++; // the comma
    if (index >= text.length) return fail(`The name ends with a comma: remove it or add the missing part.`);
  }
  if (!/^DC=/i.test(rdns[rdns.length - 1] ?? '')) {
    return fail(`An Active Directory name ends with the domain's DC= parts, e.g. ...,DC=contoso,DC=com.`);
  }
  return pass(rdns.join(','));
}

function dnsDomain(text: string): ValueCheck {
  const name = text.replace(/\.$/, '').toLowerCase();
  if (name === '') return fail(`Type a domain name.`);
  if (parseIpv4(name)) return fail(`That is an IP address; type the DNS name of the domain.`);
  if (name.length > 253) return fail(`A DNS name has at most 253 characters (you typed ${name.length}).`);
  const labels = name.split('.');
  if (labels.length < 2) return fail(`Type the full DNS name, with at least two parts (single-label domains are not supported by Azure AD Connect).`);
  for (const label of labels) {
    if (label === '') return fail(`Two periods follow each other, or the name starts with one.`);
    if (label.length > 63) return fail(`"${label.slice(0, 20)}…" is longer than 63 characters, the limit for one part of a DNS name.`);
    const bad = [...label].find((character) => !/[a-z0-9-]/.test(character));
    if (bad) return fail(`A DNS name has only letters, digits, hyphens and periods, not ${describe(bad)}.`);
    if (label.startsWith('-') || label.endsWith('-')) return fail(`A part of a DNS name cannot start or end with a hyphen ("${label}").`);
  }
  return pass(name);
}

function ipv4(text: string): ValueCheck {
  const octets = parseIpv4(text);
  if (!octets) return fail(`Type four numbers from 0 to 255 separated by periods.`);
  const parts = text.split('.');
  if (parts.some((part) => part.length > 1 && part.startsWith('0'))) {
    return fail(`Remove the leading zeros: some tools read 010 as an octal number (8).`);
  }
  if (octets.some((octet) => octet > 255)) return fail(`Each number of an IPv4 address is at most 255.`);
  return pass(octets.join('.'));
}

function ipv6(text: string): ValueCheck {
  const parsed = parseIpv6(text);
  if ('error' in parsed) return fail(parsed.error);
  return pass(formatIpv6(parsed.groups));
}

function ipv6Prefix64(text: string): ValueCheck {
  const [address = '', length, ...rest] = text.split('/');
  if (length === undefined) return fail(`Type the prefix with its length, /64, as the tunnel broker shows it.`);
  if (rest.length > 0 || length !== '64') return fail(`This must be a /64 prefix (you typed /${[length, ...rest].join('/')}).`);
  const parsed = parseIpv6(address);
  if ('error' in parsed) return fail(`${parsed.error}`);
  const network = [...parsed.groups.slice(0, 4), 0, 0, 0, 0];
  if (parsed.groups.slice(4).some((group) => group !== 0)) {
    return fail(`The last four groups of a /64 prefix are zero: did you mean ${formatIpv6(network)}/64?`);
  }
  return pass(`${formatIpv6(network)}/64`);
}

function interfaceName(text: string): ValueCheck {
  if (text === '') return fail(`Type the connection name as "netsh interface show interface" lists it.`);
  if (text.length > 256) return fail(`A connection name has at most 256 characters.`);
  const bad = firstOf(text, '"%');
  if (bad) return fail(`A connection name used in netsh cannot contain ${describe(bad)} (cmd.exe would change it): rename the connection.`);
  return pass(text);
}

function windowsPath(text: string): ValueCheck {
  if (!/^[A-Za-z]:\\/.test(text)) return fail(`Type a full path that starts with a drive letter, e.g. C:\\.`);
  const bad = firstOf(text.slice(2), '<>"|?*%:/');
  if (bad) return fail(`A Windows path cannot contain ${describe(bad)} here.`);
  const trimmed = text.length > 3 ? text.replace(/\\+$/, '') : text;
  const components = trimmed.slice(3).split('\\');
  if (trimmed.length > 3 && components.some((component) => component === '')) return fail(`Two backslashes follow each other.`);
  const badEnd = components.find((component) => /[ .]$/.test(component) && component !== '.' && component !== '..');
  if (badEnd) return fail(`A folder name cannot end with a space or a period ("${badEnd}").`);
  if (components.some((component) => component === '.' || component === '..')) return fail(`Type the path without "." or ".." parts.`);
  if (trimmed.length > 259) return fail(`The path is longer than 259 characters.`);
  return pass(trimmed);
}

function connectorName(text: string): ValueCheck {
  if (text === '') return fail(`Type the connector name as Get-ADSyncConnector lists it.`);
  if (text.length > 256) return fail(`A connector name has at most 256 characters.`);
  const bad = [...text].find((character) => !/[A-Za-z0-9 ._@()-]/.test(character));
  if (bad) return fail(`A connector name here may have letters, digits, spaces and . - _ @ ( ), not ${describe(bad)}.`);
  return pass(text);
}

function iisSiteName(text: string): ValueCheck {
  if (text === '') return fail(`Type the site name as IIS Manager lists it.`);
  if (text.length > 259) return fail(`An IIS site name has at most 259 characters.`);
  const bad = firstOf(text, '\\/?;:@&=+$,|"<>%');
  if (bad) return fail(`An IIS site name cannot contain ${describe(bad)}.`);
  return pass(text);
}

const VALIDATORS: Record<ParameterType, (text: string) => ValueCheck> = {
  ntAccount,
  distinguishedName,
  dnsDomain,
  ipv4,
  ipv6,
  ipv6Prefix64,
  interfaceName,
  windowsPath,
  connectorName,
  iisSiteName,
};

/** Checks a value typed by a reader (or taken from a link) and gives its canonical form. */
export function validateValue(type: ParameterType, raw: string): ValueCheck {
  const text = raw.trim();
  if (/[\r\n\u2028\u2029\u0085]/.test(text)) return fail('Type the value on one line.');
  if (text.length > 1000) return fail('This value is far too long for any of these fields.');
  return VALIDATORS[type](text);
}
