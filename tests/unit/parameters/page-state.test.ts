import { describe, expect, it } from 'vitest';
import { ParameterPage } from '../../../src/parameters/page-state';
import { pageParameters } from '../../../src/parameters/page-parameters';
import { fieldMessage } from '../../../src/parameters/problem-messages';
import { PARAMETERS, type InputParameter } from '../../../src/parameters/registry';
import { asLinkSends, HOSTILE_VALUES } from '../../support/hostile-values';

const names = ['accountName', 'cloudGroupOU', 'tunnelPrefix'];

describe('ParameterPage', () => {
  it('starts from the examples', () => {
    const page = new ParameterPage(pageParameters(names), '', {});
    expect(page.raw('accountName')).toBe('CONTOSO\\MSOL_a1b2c3d4e5f6');
    expect(page.view()['tunnelServerIPv6']).toEqual({ value: '2001:db8:1f0a:65b::1', valid: true, fromLink: false, fromMemory: false });
    expect(page.href('/guides/x/', '')).toBe('/guides/x/');
  });

  it('prefers the link over memory over the examples, and flags link values the reader did not type', () => {
    const page = new ParameterPage(pageParameters(names), '?accountName=EVIL%5Cx', { accountName: 'CONTOSO\\mine', cloudGroupOU: 'OU=Mine,DC=contoso,DC=com' });
    expect(page.raw('accountName')).toBe('EVIL\\x');
    expect(page.raw('cloudGroupOU')).toBe('OU=Mine,DC=contoso,DC=com');
    expect(page.view()['accountName']?.fromLink).toBe(true);
    expect(page.view()['cloudGroupOU']?.fromLink).toBe(false);
  });

  it('does not flag a link value the reader already has in memory: it is theirs, from their last visit', () => {
    const page = new ParameterPage(pageParameters(names), '?accountName=CONTOSO%5Cmine', { accountName: 'CONTOSO\\mine' });
    expect(page.view()['accountName']).toMatchObject({ fromLink: false, fromMemory: true });
  });

  it('says which values come from memory until the reader types them; the examples come from nowhere', () => {
    const page = new ParameterPage(pageParameters(names), '?cloudGroupOU=OU%3DX%2CDC%3Dy%2CDC%3Dz', { accountName: 'CONTOSO\\mine', cloudGroupOU: 'OU=Mine,DC=contoso,DC=com' });
    expect(page.view()['accountName']).toMatchObject({ fromLink: false, fromMemory: true });
    expect(page.view()['cloudGroupOU']).toMatchObject({ fromLink: true, fromMemory: false });
    expect(page.view()['tunnelPrefix']).toMatchObject({ fromLink: false, fromMemory: false });
    page.type('accountName', 'CONTOSO\\mine');
    expect(page.view()['accountName']).toMatchObject({ fromLink: false, fromMemory: false });
  });

  it('typing clears the flag; accepting keeps the link values and remembers them', () => {
    const page = new ParameterPage(pageParameters(names), '?accountName=A%5Cb&cloudGroupOU=OU%3DX%2CDC%3Dy%2CDC%3Dz', {});
    page.type('accountName', 'A\\c');
    expect(page.view()['accountName']?.fromLink).toBe(false);
    expect(page.view()['cloudGroupOU']?.fromLink).toBe(true);
    expect(page.remembered({})).toEqual({ accountName: 'A\\c' });
    page.acceptLinkValues();
    expect(page.view()['cloudGroupOU']?.fromLink).toBe(false);
    expect(page.remembered({})).toEqual({ accountName: 'A\\c', cloudGroupOU: 'OU=X,DC=y,DC=z' });
  });

  it('never remembers a link value the reader did not type or accept', () => {
    const page = new ParameterPage(pageParameters(names), '?accountName=EVIL%5Cx', {});
    expect(page.remembered({ domainName: 'corp.example' })).toEqual({ domainName: 'corp.example' });
  });

  it('shows invalid values as invalid with the message, and derived values as missing', () => {
    const page = new ParameterPage(pageParameters(names), '', {});
    page.type('tunnelPrefix', '2001:db8::1/64');
    const view = page.view();
    expect(view['tunnelPrefix']).toMatchObject({ valid: false, value: '2001:db8::1/64' });
    expect(view['tunnelPrefix']?.problem).toEqual({ code: 'prefixHostBits', prefix: '2001:db8::/64' });
    expect(fieldMessage(view['tunnelPrefix']!.problem!, '2001:db8:1f0a:65b::/64')).toBe(
      'The last four groups of a /64 prefix are zero: did you mean 2001:db8::/64? Example: 2001:db8:1f0a:65b::/64',
    );
    expect(view['tunnelClientIPv6']).toMatchObject({ valid: false, value: '' });
  });

  it('shows canonical values and keeps what was typed in the link', () => {
    const page = new ParameterPage(pageParameters(names), '', {});
    page.type('tunnelPrefix', '2001:DB8:0:0::/64');
    expect(page.view()['tunnelPrefix']?.value).toBe('2001:db8::/64');
    expect(page.view()['tunnelClientIPv6']?.value).toBe('2001:db8::2');
    expect(page.href('/g/', '#steps')).toBe('/g/?tunnelPrefix=2001%3ADB8%3A0%3A0%3A%3A%2F64#steps');
  });

  it('reset returns to the examples and forgets this page\'s values', () => {
    const page = new ParameterPage(pageParameters(names), '?accountName=A%5Cb', { accountName: 'A\\b', domainName: 'x.com' });
    page.reset();
    expect(page.raw('accountName')).toBe('CONTOSO\\MSOL_a1b2c3d4e5f6');
    expect(page.href('/g/', '')).toBe('/g/');
    expect(page.remembered({ accountName: 'A\\b', domainName: 'x.com' })).toEqual({ domainName: 'x.com' });
  });
});

describe('a parameter only the reader may set (the folder a guide imports code from)', () => {
  it('ignores its value in a link, and keeps it out of the links the page makes', () => {
    const page = new ParameterPage(pageParameters(['aadConnectPath', 'accountName']), '?aadConnectPath=D%3A%5CEvil&accountName=A%5Cb', {});
    expect(page.raw('aadConnectPath')).toBe('C:\\Program Files\\Microsoft Azure Active Directory Connect');
    expect(page.view()['aadConnectPath']).toMatchObject({ valid: true, fromLink: false });
    expect(page.raw('accountName')).toBe('A\\b');
    expect(page.ignoredFromLink()).toEqual(['aadConnectPath']);
    page.type('aadConnectPath', 'D:\\AADConnect');
    expect(page.href('/guides/x/', '')).toBe('/guides/x/?accountName=A%5Cb');
  });

  it('takes what the reader typed on an earlier visit', () => {
    const page = new ParameterPage(pageParameters(['aadConnectPath']), '?aadConnectPath=D%3A%5CEvil', { aadConnectPath: 'D:\\AADConnect' });
    expect(page.raw('aadConnectPath')).toBe('D:\\AADConnect');
  });

  it('ignores nothing when the link does not try to set it', () => {
    expect(new ParameterPage(pageParameters(['aadConnectPath', 'accountName']), '?accountName=A%5Cb', {}).ignoredFromLink()).toEqual([]);
  });
});

/**
 * The browser's hostile-values suite loads a sample of rows by link and from memory (one page load per state it
 * can show); this is the proof for every row: the page's state reads each row arriving by an attacker's link, or
 * from memory, as the same value as the reader typing it, in every input parameter, and marks only the link's.
 */
describe('every hostile row, by link and from memory, is the value typed', () => {
  const inputs = (PARAMETERS as readonly { kind: string }[]).filter((parameter): parameter is InputParameter => parameter.kind === 'input');
  const names = inputs.map((parameter) => parameter.name);

  it.each(HOSTILE_VALUES.map((row) => [row.attack, row.value] as const))('%s', (_attack, value) => {
    for (const { name, typedOnly } of inputs) {
      const typed = new ParameterPage(pageParameters(names), '', {});
      typed.type(name, value);
      const { fromLink: _typedLink, fromMemory: _typedMemory, ...asTyped } = typed.view()[name]!;
      const linked = new ParameterPage(pageParameters(names), `?${name}=${asLinkSends(value)}`, {}).view()[name]!;
      const remembered = new ParameterPage(pageParameters(names), '', { [name]: value }).view()[name]!;
      expect(remembered, `${name} from memory`).toEqual({ ...asTyped, fromLink: false, fromMemory: true });
      if (typedOnly) {
        expect(linked, `${name}: a link cannot set it`).toEqual(new ParameterPage(pageParameters(names), '', {}).view()[name]);
      } else if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) {
        // A lone surrogate is invalid UTF-8 in a link: the link's value is dropped and the field keeps its example.
        expect(linked, `${name}: a malformed link value is dropped`).toEqual(new ParameterPage(pageParameters(names), '', {}).view()[name]);
      } else {
        expect(linked, `${name} by link`).toEqual({ ...asTyped, fromLink: true, fromMemory: false });
      }
    }
  });
});
