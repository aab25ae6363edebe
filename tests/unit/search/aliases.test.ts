import { describe, expect, it } from 'vitest';
import { searchAliases } from '../../../src/search/aliases';

describe('searchAliases', () => {
  it('drops the 0x of HRESULT codes and the KB of article numbers', () => {
    expect(searchAliases(['(Exception from HRESULT: 0x80070520)', 'see KB970858'])).toEqual(expect.arrayContaining(['80070520', '970858']));
  });

  it('gives the suffixes of cmdlet names at each word', () => {
    const aliases = searchAliases(['Initialize-ADSyncGroupWriteBack -AdConnectorAccount $accountName']);
    expect(aliases).toEqual(expect.arrayContaining(['ADSyncGroupWriteBack', 'SyncGroupWriteBack', 'GroupWriteBack', 'WriteBack', 'ConnectorAccount']));
    expect(aliases).not.toContain('Initialize-ADSyncGroupWriteBack');
  });

  it('splits attribute names and executables', () => {
    const aliases = searchAliases(['msExchSafeSendersHash', '%windir%\\System32\\inetsrv\\appcmd.exe', 'dsacls.exe']);
    expect(aliases).toEqual(expect.arrayContaining(['SafeSendersHash', 'SendersHash', 'appcmd', 'dsacls', 'inetsrv']));
  });

  it('splits registry paths into their keys', () => {
    expect(searchAliases(['HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Internet Explorer\\MAIN'])).toEqual(
      expect.arrayContaining(['Wow6432Node', 'SOFTWARE', 'HKLM']),
    );
  });

  it('adds nothing for plain words', () => {
    expect(searchAliases(['the server was restarted'])).toEqual([]);
  });
});
