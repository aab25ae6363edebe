import { describe, expect, it } from 'vitest';
import { DEFAULT_SHELL, isShell, SHELL_KEY, shellChoiceScript, SHELLS, shellFromSearch, shownShell, withShell } from '../../../src/procedure/shell-choice';

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
    // The choice comes from a page attribute: anything but a tab's name is no choice.
    for (const junk of ['bash', 'PowerShell', '', '"><b>', 42, null]) expect(withShell('/g/?a=1&shell=cmd', junk), String(junk)).toBe('/g/?a=1');
  });

  it('round trip: the link it writes reads back as the same choice', () => {
    for (const shell of SHELLS) {
      const href = withShell('/g/?x=1&shell=cmd#s', shell);
      expect(shellFromSearch(new URL(href, 'https://example.org').search)).toBe(shell);
    }
  });
});

describe('the inline head script', () => {
  /** Runs the script as a page would, with this address and storage; gives the mark on <html> and what is stored. */
  const run = (search: string, stored: string | null, storage: 'works' | 'throws' = 'works'): { shell: string | undefined; stored: string | null } => {
    const dataset: Record<string, string> = {};
    let memory = stored;
    const localStorage = {
      getItem: (key: string) => {
        if (storage === 'throws') throw new Error('denied');
        return key === SHELL_KEY ? memory : null;
      },
      setItem: (key: string, value: string) => {
        if (storage === 'throws') throw new Error('denied');
        if (key === SHELL_KEY) memory = value;
      },
    };
    new Function('location', 'localStorage', 'document', shellChoiceScript())({ search }, localStorage, { documentElement: { dataset } });
    return { shell: dataset['shell'], stored: memory };
  };

  it('takes a link choice and remembers it; else the remembered one; else marks nothing', () => {
    expect(run('?shell=powershell', null)).toEqual({ shell: 'powershell', stored: 'powershell' });
    expect(run('?a=1&shell=cmd', 'powershell')).toEqual({ shell: 'cmd', stored: 'cmd' });
    expect(run('', 'powershell')).toEqual({ shell: 'powershell', stored: 'powershell' });
    expect(run('', null)).toEqual({ shell: undefined, stored: null });
  });

  it('reads the link as shellFromSearch does, and never marks an unknown value, from the link or from storage', () => {
    for (const search of ['?shell=PowerShell', '?shell=bash', '?shell=%3Cb%3E', '?shell=', '?shell=%70owershell', '?shell=powershell&shell=cmd']) {
      expect(run(search, null).shell, search).toBe(shellFromSearch(search));
    }
    expect(run('?shell=bash', '"><img>')).toEqual({ shell: undefined, stored: '"><img>' });
    expect(run('?shell=bash', 'cmd')).toEqual({ shell: 'cmd', stored: 'cmd' });
  });

  it('without storage, still shows the link choice', () => {
    expect(run('?shell=powershell', null, 'throws')).toEqual({ shell: 'powershell', stored: null });
    expect(run('', null, 'throws')).toEqual({ shell: undefined, stored: null });
  });
});
