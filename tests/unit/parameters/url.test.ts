import { describe, expect, it } from 'vitest';
import { decodeValues, encodeValues } from '../../../src/parameters/url';

describe('encodeValues', () => {
  it('keeps only values that differ from the examples, in registry order, percent-encoded', () => {
    expect(
      encodeValues({
        cloudGroupOU: 'OU=Cloud Groups,OU=Sync,DC=corp,DC=contoso,DC=com',
        accountName: 'CONTOSO\\AAD_7f3a2b1c',
        domainName: 'contoso.com',
      }),
    ).toBe('?accountName=CONTOSO%5CAAD_7f3a2b1c&cloudGroupOU=OU%3DCloud%20Groups%2COU%3DSync%2CDC%3Dcorp%2CDC%3Dcontoso%2CDC%3Dcom');
  });

  it('gives an empty string when everything is the example', () => {
    expect(encodeValues({ accountName: 'CONTOSO\\MSOL_a1b2c3d4e5f6' })).toBe('');
  });

  it('never throws on a lone surrogate (typed or remembered): the link carries U+FFFD, which the validators refuse too', () => {
    expect(encodeValues({ accountName: 'a\uD800b', lanInterface: '\uDC00x\uD83D\uDE00' })).toBe('?accountName=a%EF%BF%BDb&lanInterface=%EF%BF%BDx%F0%9F%98%80');
  });

  it('never writes derived or unknown parameters', () => {
    expect(encodeValues({ tunnelServerIPv6: '2001:db8::1', foo: 'bar' })).toBe('');
  });
});

describe('decodeValues', () => {
  it('round-trips hostile values exactly', () => {
    const values = { accountName: "x'; Remove-Item C:\\ -Recurse; '&<script>", lanInterface: '" & calc & "\u2018\u201C' };
    expect(decodeValues(encodeValues(values))).toEqual(values);
  });

  it('reads + as a space, as forms write it', () => {
    expect(decodeValues('?iisSiteName=Default+Web+Site')).toEqual({ iisSiteName: 'Default Web Site' });
  });

  it('ignores unknown keys, derived names, prototype keys and keys without a value', () => {
    expect(decodeValues('?foo=1&tunnelServerIPv6=2001:db8::9&__proto__=x&constructor=y&accountName&=z')).toEqual({});
  });

  it('keeps the first of duplicate keys', () => {
    expect(decodeValues('?domainName=a.com&domainName=b.com')).toEqual({ domainName: 'a.com' });
  });

  it('skips malformed percent-encoding without throwing', () => {
    expect(decodeValues('?domainName=%E0%A4%A&accountName=A%5Cb')).toEqual({ accountName: 'A\\b' });
  });

  it('skips values longer than 1,000 characters', () => {
    expect(decodeValues(`?domainName=${'a'.repeat(1001)}`)).toEqual({});
  });
});
