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
    ['CONTOSO\\a"b', 'cannot contain """'],
    ['CONTOSO\\a\\b', 'only one backslash'],
    ['CON*TOSO\\a', 'cannot contain "*"'],
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
    ['OU=a\u0007b,DC=contoso,DC=com', 'control character U+0007'],
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
  it.each(['203.0.113.5', '0.0.0.0', '255.255.255.255', '10.0.0.1'])('accepts %s', (value) => {
    expect(ok('ipv4', value)).toBe(value);
  });

  it.each([
    ['256.1.1.1', 'at most 255'],
    ['10.0.0', 'four numbers'],
    ['10.0.0.01', 'leading zeros'],
    ['a.b.c.d', 'four numbers'],
    ['1.2.3.4 & calc', 'four numbers'],
  ])('refuses %s', (value, expected) => {
    expect(message('ipv4', value)).toContain(expected);
  });
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
  ])('accepts %s as %s', (value, canonical) => {
    expect(ok('ipv6Prefix64', value)).toBe(canonical);
  });

  it.each([
    ['2001:db8:1f0b:65b::', 'with its length, /64'],
    ['2001:db8:1f0b::/48', 'must be a /64 prefix (you typed /48)'],
    ['2001:db8:1f0b:65b::1/64', 'did you mean 2001:db8:1f0b:65b::/64?'],
    ['2001:db8:zz::/64', 'not "z"'],
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
    ['My LAN" & calc & "', 'cannot contain """'],
    ['%COMSPEC%', 'cannot contain "%"'],
    ['a\tb', 'U+0009'],
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
    ['C:\\a"b', 'cannot contain """'],
    ['C:\\%TEMP%', 'cannot contain "%"'],
    ['C:\\a\\\\b', 'Two backslashes'],
    ['C:\\folder \\x', 'end with a space or a period'],
    ['C:\\a\\..\\b', '"." or ".."'],
  ])('refuses %s', (value, expected) => {
    expect(message('windowsPath', value)).toContain(expected);
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
    expect(message('iisSiteName', 'a" & calc')).toContain('cannot contain """');
    expect(message('iisSiteName', '%windir%')).toContain('cannot contain "%"');
  });
});
