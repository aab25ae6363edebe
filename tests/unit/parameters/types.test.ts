import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../src/parameters/problem-messages';
import { validateValue, type ParameterType } from '../../../src/parameters/types';

function ok(type: ParameterType, raw: string): string {
  const check = validateValue(type, raw);
  if (!check.ok) throw new Error(`expected ${JSON.stringify(raw)} to be a valid ${type}: ${problemMessage(check.problem)}`);
  return check.value;
}

function message(type: ParameterType, raw: string): string {
  const check = validateValue(type, raw);
  if (check.ok) throw new Error(`expected ${JSON.stringify(raw)} to be refused as ${type}`);
  return problemMessage(check.problem);
}

describe('NT account', () => {
  it.each(['CONTOSO\\AAD_7f3a2b1c', 'corp\\svc-sync', 'A\\b', 'CONTOSO-EU\\AAD 1', 'CONTOSO\\name.with.dots'])('accepts %s', (value) => {
    expect(ok('ntAccount', value)).toBe(value);
  });

  it('trims surrounding spaces', () => {
    expect(ok('ntAccount', '  CONTOSO\\AAD_1 ')).toBe('CONTOSO\\AAD_1');
  });

  it.each([
    ['AAD_7f3a2b1c', 'backslash'],
    ['aad@contoso.com', 'DOMAIN\\name'],
    ['\\AAD_1', 'domain part'],
    ['CONTOSO\\', 'account name'],
    ['CONTOSOCONTOSOCONTOSO\\a', 'at most 15 characters (you typed 21)'],
    ['CONTOSO\\abcdefghijklmnopqrstu', 'at most 20 characters (you typed 21)'],
    ["CONTOSO\\x'; calc", 'cannot contain ";"'],
    ['CONTOSO\\a"b', `cannot contain '"'`],
    ['CONTOSO\\a\\b', 'only one backslash'],
    ['CON*TOSO\\a', 'not "*"'],
    ['CON TOSO\\a', 'not U+0020'],
    ["CONTOSO;x\\a", 'not ";"'],
    ['CONT\u2018OSO\\a', 'not "\u2018"'],
    ['CONT\u00C9\\a', 'not "\u00C9"'],
    ['.CONTOSO\\a', 'cannot start with a period'],
    ['CONTOSO\\...', 'only periods or spaces'],
    ['CONTOSO\\a\nb', 'one line'],
  ])('refuses %s', (value, expected) => {
    const text = message('ntAccount', value);
    expect(text).toContain(expected);
  });
});

describe('distinguished name (RFC 4514)', () => {
  it.each([
    'OU=Cloud Groups,OU=Sync,DC=corp,DC=contoso,DC=com',
    'DC=contoso,DC=com',
    'OU=Sales\\, Europe,DC=contoso,DC=com',
    'OU=\\ leading space,DC=contoso,DC=com',
    'OU=trailing\\ ,DC=contoso,DC=com',
    'OU=R\\26D,DC=contoso,DC=com',
    'OU=a\\+b\\;c\\<d\\>e\\=f\\#g\\\\h,DC=contoso,DC=com',
    'CN=Users+OU=x,DC=contoso,DC=com',
    'OU=#1 team,DC=contoso,DC=com'.replace('#', '\\#'),
    '2.5.4.11=Cloud,DC=contoso,DC=com',
  ])('accepts %s', (value) => {
    expect(ok('distinguishedName', value)).toBe(value);
  });

  it('drops the spaces people type after commas', () => {
    expect(ok('distinguishedName', 'OU=Cloud Groups, DC=contoso, DC=com')).toBe('OU=Cloud Groups,DC=contoso,DC=com');
  });

  it.each([
    ['OU=Sales, Europe,DC=contoso,DC=com', 'Expected "=" after "Europe"'],
    ['OU=a;b,DC=contoso,DC=com', '";" at position 5 must be escaped'],
    ['OU=a"b,DC=contoso,DC=com', 'write it as \\22'],
    ['OU=a\\"b,DC=contoso,DC=com', 'write \\22 instead of \\"'],
    ['OU=a\\qb,DC=contoso,DC=com', 'escapes nothing'],
    ['OU=,DC=contoso,DC=com', 'value of "OU" is empty'],
    ['OU=Cloud,DC=contoso,DC=com,', 'ends with a comma'],
    ['OU=Cloud', "ends with the domain's DC= parts"],
    ['contoso.com', 'Expected "=" after "contoso"'],
    ['OU=#x,DC=contoso,DC=com', 'must be escaped'],
    ["OU=x'); Remove-Item C:\\ -Recurse; ('", 'must be escaped'],
    ['OU=a\u0007b,DC=contoso,DC=com', 'control or look-alike character U+0007 at position 5'],
    ['OU=a\u201Cb,DC=contoso,DC=com', 'write it as \\E2\\80\\9C (position 5)'],
    ['OU=a,DC=con toso,DC=com', '"DC=con toso" is not one part of a DNS name'],
    ['OU=a,DC=contoso,DC=-com', '"DC=-com" is not one part'],
  ])('refuses %s', (value, expected) => {
    expect(message('distinguishedName', value)).toContain(expected);
  });
});

describe('DNS domain', () => {
  it.each([
    ['contoso.com', 'contoso.com'],
    ['Corp.Contoso.COM', 'corp.contoso.com'],
    ['contoso.com.', 'contoso.com'],
    ['a-b.c1.example', 'a-b.c1.example'],
  ])('accepts %s as %s', (value, canonical) => {
    expect(ok('dnsDomain', value)).toBe(canonical);
  });

  it.each([
    ['contoso', 'at least two parts'],
    ['-contoso.com', 'start or end with a hyphen'],
    ['contoso..com', 'Two periods'],
    ['con_toso.com', 'not "_"'],
    ['contoso.com; calc', 'not ";"'],
    ['192.0.2.1', 'IP address'],
    [`${'a'.repeat(64)}.com`, 'longer than 63'],
  ])('refuses %s', (value, expected) => {
    expect(message('dnsDomain', value)).toContain(expected);
  });
});

describe('IPv4 address', () => {
  it.each(['203.0.113.5', '10.0.0.1', '192.168.1.20', '100.64.0.1', '8.8.8.8'])('accepts %s', (value) => {
    expect(ok('ipv4', value)).toBe(value);
  });

  it.each([
    ['256.1.1.1', 'at most 255'],
    ['10.0.0', 'four numbers'],
    ['10.0.0.01', 'leading zeros'],
    ['a.b.c.d', 'four numbers'],
    ['1.2.3.4 & calc', 'four numbers'],
    ['0.0.0.0', 'not a host address (0.0.0.0/8)'],
    ['255.255.255.255', 'reserved or broadcast address (240.0.0.0/4)'],
    ['127.0.0.1', 'loopback address'],
    ['169.254.10.1', 'link-local address'],
    ['224.0.0.1', 'multicast address'],
  ])('refuses %s', (value, expected) => {
    expect(message('ipv4', value)).toContain(expected);
  });
});

describe('public IPv4 address (the far end of a tunnel)', () => {
  it.each(['203.0.113.5', '216.66.80.26', '8.8.8.8'])('accepts %s', (value) => {
    expect(ok('publicIpv4', value)).toBe(value);
  });

  it.each([
    ['10.0.0.1', 'private address (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16), not reachable from the internet'],
    ['172.16.5.4', '172.16.0.0/12'],
    ['172.31.255.255', '172.16.0.0/12'],
    ['192.168.1.1', '192.168.0.0/16'],
    ['100.64.0.1', '100.64.0.0/10'],
    ['100.127.255.1', '100.64.0.0/10'],
    ['224.0.0.1', '224.0.0.0/4'],
    ['127.0.0.1', '127.0.0.0/8'],
    ['256.0.0.1', 'at most 255'],
  ])('refuses %s', (value, expected) => {
    expect(message('publicIpv4', value)).toContain(expected);
  });

  it.each(['172.32.0.1', '172.15.255.255', '100.128.0.1', '100.63.255.255', '192.169.0.1', '169.255.0.1', '223.255.255.255', '1.0.0.1'])(
    'takes %s, just outside a special range',
    (value) => {
      expect(ok('publicIpv4', value)).toBe(value);
    },
  );
});

describe('IPv6 address (shown canonical, RFC 5952)', () => {
  it.each([
    ['2001:db8::1', '2001:db8::1'],
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:db8::0:1', '2001:db8::1'],
    ['::', '::'],
    ['::1', '::1'],
    ['fe80::', 'fe80::'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['2001:DB8:1F0A:65B::2', '2001:db8:1f0a:65b::2'],
  ])('accepts %s as %s', (value, canonical) => {
    expect(ok('ipv6', value)).toBe(canonical);
  });

  it.each([
    ['2001:db8::1::2', 'only once'],
    ['2001:db8:1:2:3:4:5:6:7', '8 groups'],
    ['2001:db8:1:2:3:4:5', '8 groups'],
    ['2001:db8::12345', '1 to 4 hexadecimal digits'],
    ['fe80::1%12', 'zone index'],
    ['2001:db8::/64', 'without a prefix length'],
    ['2001:db8::g', 'not "g"'],
    ['::ffff:300.0.0.1', 'embedded IPv4'],
    ['2001:db8::1 & calc', 'dots, not U+0020.'],
    ['2001:db8::1&calc', 'dots, not "&".'],
  ])('refuses %s', (value, expected) => {
    expect(message('ipv6', value)).toContain(expected);
  });
});

describe('IPv6 /64 prefix', () => {
  it.each([
    ['2001:db8:1f0b:65b::/64', '2001:db8:1f0b:65b::/64'],
    ['2001:DB8:0:0::/64', '2001:db8::/64'],
    ['2001:0db8:1f0b:065b:0000:0000:0000:0000/64', '2001:db8:1f0b:65b::/64'],
    ['2001:470:1f0b:65b::/64', '2001:470:1f0b:65b::/64'],
    ['3fff:ffff:ffff:ffff::/64', '3fff:ffff:ffff:ffff::/64'],
  ])('accepts %s as %s', (value, canonical) => {
    expect(ok('ipv6Prefix64', value)).toBe(canonical);
  });

  it.each([
    ['2001:db8:1f0b:65b::', 'with its length, /64'],
    ['2001:db8:1f0b::/48', 'must be a /64 prefix (you typed /48)'],
    ['2001:db8:1f0b:65b::1/64', 'did you mean 2001:db8:1f0b:65b::/64?'],
    ['2001:db8:zz::/64', 'not "z"'],
    ['::/64', 'unspecified or loopback address'],
    ['fe80::/64', 'link-local (fe80::/10)'],
    ['fd12:3456:789a:1::/64', 'unique local prefix (fc00::/7)'],
    ['ff02::/64', 'multicast (ff00::/8)'],
    ['100::/64', 'reserved by the IETF'],
    ['4000::/64', 'reserved by the IETF'],
  ])('refuses %s', (value, expected) => {
    expect(message('ipv6Prefix64', value)).toContain(expected);
  });
});

describe('Windows interface name', () => {
  it.each(['Local Area Connection', 'Ethernet 2', 'IP6Tunnel', 'LAN (ops) & lab'])('accepts %s', (value) => {
    expect(ok('interfaceName', value)).toBe(value);
  });

  it.each([
    ['', 'Type the connection name'],
    ['My LAN" & calc & "', `cannot contain '"'`],
    ['%COMSPEC%', 'cannot contain "%": cmd.exe expands %NAME% even inside quotes'],
    ['a\tb', 'U+0009'],
    ['$(Stop-Computer)', 'cannot contain "$": PowerShell'],
    ['a`b', 'cannot contain "`": PowerShell'],
    ['!COMSPEC!', 'cannot contain "!": cmd.exe expands !NAME! when delayed expansion is on'],
    ['x\u201C (Stop-Computer) \u201Cx', '(which reads \u201C \u201D \u201E as quotes too)'],
    ['x\u201E', 'cannot contain "\u201E"'],
    ['forwarding=disabled', 'netsh would read name=value'],
    ['LAN\\', 'cannot end with a backslash'],
    ['LAN\u00A0 2', 'U+00A0 (no-break space) at position 4'],
  ])('refuses %s', (value, expected) => {
    expect(message('interfaceName', value)).toContain(expected);
  });
});

describe('Windows path', () => {
  it.each([
    ['C:\\Program Files\\Microsoft Azure Active Directory Connect', 'C:\\Program Files\\Microsoft Azure Active Directory Connect'],
    ['D:\\AADConnect\\', 'D:\\AADConnect'],
    ['C:\\', 'C:\\'],
  ])('accepts %s as %s', (value, canonical) => {
    expect(ok('windowsPath', value)).toBe(canonical);
  });

  it.each([
    ['Program Files\\AAD', 'drive letter'],
    ['\\\\server\\share', 'drive letter'],
    ['C:\\a|b', 'cannot contain "|"'],
    ['C:\\a"b', `cannot contain '"'`],
    ['C:\\%TEMP%', 'cannot contain "%"'],
    ['C:\\a\\\\b', 'Two backslashes'],
    ['C:\\folder \\x', 'end with a space or a period'],
    ['C:\\a\\..\\b', '"." or ".."'],
    ['C:\\Program Files\\Micro[s]oft', 'cannot contain "[": PowerShell would read it as a wildcard'],
    ['C:\\AAD*', 'cannot contain "*": PowerShell would read it as a wildcard'],
  ])('refuses %s', (value, expected) => {
    expect(message('windowsPath', value)).toContain(expected);
  });
});

describe('program folder (a folder the guide imports code from)', () => {
  it.each([
    ['C:\\Program Files\\Microsoft Azure Active Directory Connect', 'C:\\Program Files\\Microsoft Azure Active Directory Connect'],
    ['D:\\Program Files\\AADConnect\\', 'D:\\Program Files\\AADConnect'],
    ['E:\\Apps\\AAD Connect', 'E:\\Apps\\AAD Connect'],
  ])('accepts %s as %s', (value, canonical) => {
    expect(ok('programFolder', value)).toBe(canonical);
  });

  it.each([
    ['C:\\Users\\Public\\Downloads', 'C:\\Users\\Public\\Downloads is a folder that users other than administrators can write to'],
    ['c:\\users', 'can write to'],
    ['C:\\Documents and Settings\\x', 'can write to'],
    ['C:\\ProgramData\\AAD', 'can write to'],
    ['C:\\Windows\\Temp\\x', 'can write to'],
    ['C:\\Windows\\Tasks', 'can write to'],
    ['C:\\Temp\\AAD', 'can write to'],
    ['C:\\$Recycle.Bin\\x', 'can write to'],
    ['C:\\PROGRA~3\\AAD', '8.3 short names'],
    ['D:\\', 'not the root of a drive'],
    ['\\\\attacker\\share\\AAD', 'drive letter'],
    ['\\\\?\\C:\\Users\\x', 'drive letter'],
    ['C:\\Program Files\\AAD\u202E', 'U+202E (right-to-left override)'],
  ])('refuses %s', (value, expected) => {
    expect(message('programFolder', value)).toContain(expected);
  });
});

describe('what the page shows is what runs (every type)', () => {
  const types: ParameterType[] = ['ntAccount', 'distinguishedName', 'dnsDomain', 'ipv4', 'publicIpv4', 'ipv6', 'ipv6Prefix64', 'interfaceName', 'windowsPath', 'programFolder', 'connectorName', 'iisSiteName'];
  it.each([
    ['\u200B', 'U+200B (zero-width space)'],
    ['\u200E', 'U+200E (left-to-right mark)'],
    ['\u200F', 'U+200F (right-to-left mark)'],
    ['\u202A', 'U+202A'],
    ['\u202E', 'U+202E (right-to-left override)'],
    ['\u2066', 'U+2066 (left-to-right isolate)'],
    ['\u2069', 'U+2069'],
    ['\uFEFF', 'U+FEFF'],
    ['\u00AD', 'U+00AD (soft hyphen)'],
    ['\u2060', 'U+2060'],
    ['\u180E', 'U+180E'],
    ['\u3164', 'U+3164'],
    ['\uFE0F', 'U+FE0F'],
    ['\u{E0041}', 'U+E0041'],
    ['\u00A0', 'U+00A0 (no-break space)'],
    ['\u2003', 'U+2003'],
    ['\u0007', 'U+0007'],
    ['\u009B', 'U+009B'],
    ['\uE000', 'U+E000'],
    ['\uD800', 'U+D800'],
  ])('refuses %j inside a value of every type, naming it', (character, name) => {
    for (const type of types) {
      const text = message(type, `a${character}b`);
      expect(text, type).toContain(name);
      expect(text, type).toContain('would make the code look different from what runs');
    }
  });

  it.each(['\u2028', '\u2029', '\u0085', '\r\n'])('asks for one line for a line or paragraph separator %j', (separator) => {
    for (const type of types) expect(message(type, `a${separator}b`), type).toBe('Type the value on one line.');
  });

  it('refuses a value that starts with a combining mark', () => {
    expect(message('interfaceName', '\u0301LAN')).toContain('starts with a combining mark');
    expect(ok('interfaceName', 'Re\u0301seau')).toBe('Re\u0301seau');
  });
});

describe('connector name and IIS site name', () => {
  it('accepts real names', () => {
    expect(ok('connectorName', 'contoso.onmicrosoft.com - AAD')).toBe('contoso.onmicrosoft.com - AAD');
    expect(ok('iisSiteName', 'Default Web Site')).toBe('Default Web Site');
    expect(ok('iisSiteName', 'SBS Web Applications')).toBe('SBS Web Applications');
  });

  it('refuses characters outside the bounded set', () => {
    expect(message('connectorName', "x' ; calc")).toContain(`not "'"`);
    expect(message('connectorName', 'a$b')).toContain('not "$"');
    expect(message('iisSiteName', 'Default/ews')).toContain('cannot contain "/"');
    expect(message('iisSiteName', 'a" & calc')).toContain(`cannot contain '"'`);
    expect(message('iisSiteName', '%windir%')).toContain('cannot contain "%"');
    expect(message('iisSiteName', 'Site $(calc)')).toContain('cannot contain "$": PowerShell');
    expect(message('iisSiteName', 'Site!x!')).toContain('cannot contain "!": cmd.exe');
    expect(message('iisSiteName', 'Site\u201D')).toContain('(which reads \u201C \u201D \u201E as quotes too)');
  });
});
