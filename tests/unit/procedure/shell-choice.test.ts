import { describe, expect, it } from 'vitest';
import { DEFAULT_SHELL, isShell, SHELLS, shellFromSearch, shownShell, withShell } from '../../../src/procedure/shell-choice';

describe('the shell tab choice in a link', () => {
  it('reads the first shell= pair when it names a tab, exactly', () => {
    expect(shellFromSearch('?shell=powershell')).toBe('powershell');
    expect(shellFromSearch('?lanInterface=LAN&shell=cmd&done=1.2')).toBe('cmd');
    expect(shellFromSearch('shell=powershell')).toBe('powershell');
    expect(shellFromSearch('?shell=%70owershell')).toBe('powershell');
    expect(shellFromSearch('?shell=powershell&shell=cmd')).toBe('powershell');
  });

  it('ignores anything else: unknown names, case, spaces, markup, empty, absent', () => {
    for (const search of ['', '?', '?shell=', '?shell=PowerShell', '?shell=bash', '?shell=powershell%20', '?shell=%3Cb%3E', '?shell', '?Shell=powershell', '?shells=powershell', '?shell=%E0%A4%A']) {
      expect(shellFromSearch(search), search).toBeUndefined();
    }
  });

  it('an untrusted value is a shell only when it is one of the tabs', () => {
    expect(SHELLS.every(isShell)).toBe(true);
    for (const value of [undefined, null, 1, '', 'CMD', 'pwsh', ['cmd'], {}, 'cmd ']) expect(isShell(value), String(value)).toBe(false);
    expect(shownShell(undefined)).toBe(DEFAULT_SHELL);
    expect(shownShell('nonsense')).toBe('cmd');
    expect(shownShell('powershell')).toBe('powershell');
  });

  it('puts the choice into a link, keeping its values, their order and its hash', () => {
    expect(withShell('/guides/a/b/', 'powershell')).toBe('/guides/a/b/?shell=powershell');
    expect(withShell('/guides/a/b/?lanInterface=LAN%202', 'powershell')).toBe('/guides/a/b/?lanInterface=LAN%202&shell=powershell');
    expect(withShell('/g/?a=1&shell=cmd&b=2#steps', 'powershell')).toBe('/g/?a=1&b=2&shell=powershell#steps');
    expect(withShell('/g/?a=1&done=1.2', 'cmd')).toBe('/g/?a=1&done=1.2&shell=cmd');
    expect(withShell('/g/#x?shell=cmd', 'cmd')).toBe('/g/?shell=cmd#x?shell=cmd');
  });

  it('without a choice, drops any shell= pair (every one) and leaves the rest as it was', () => {
    expect(withShell('/g/?shell=powershell', undefined)).toBe('/g/');
    expect(withShell('/g/?a=1&shell=x&shell=cmd#h', undefined)).toBe('/g/?a=1#h');
    expect(withShell('/g/?a=%26shell%3Dcmd', undefined)).toBe('/g/?a=%26shell%3Dcmd');
    expect(withShell('/g/?shellfish=1', undefined)).toBe('/g/?shellfish=1');
    expect(withShell('/g/', undefined)).toBe('/g/');
  });

  it('round trip: the link it writes reads back as the same choice', () => {
    for (const shell of SHELLS) {
      const href = withShell('/g/?x=1&shell=cmd#s', shell);
      expect(shellFromSearch(new URL(href, 'https://example.org').search)).toBe(shell);
    }
  });
});
