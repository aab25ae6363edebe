import { describe, expect, it } from 'vitest';
import { errorCodeAliases, errorSpellings, win32Errors, win32ErrorsIn } from '../../../src/search/error-codes';

describe('the Win32 error table (Microsoft Learn, System Error Codes)', () => {
  const byCode = (code: number) => win32Errors().find((error) => error.code === code);

  it('holds the codes of every page, 0 to 15999, with name and message', () => {
    const codes = win32Errors().map((error) => error.code);
    expect(codes.length).toBeGreaterThan(2500);
    expect(Math.min(...codes)).toBe(0);
    expect(Math.max(...codes)).toBeGreaterThan(15000);
    for (const error of win32Errors()) expect(error.name).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it('has the codes as Microsoft lists them', () => {
    expect(byCode(5)).toEqual({ code: 5, name: 'ERROR_ACCESS_DENIED', message: 'Access is denied.' });
    expect(byCode(1312)).toEqual({ code: 1312, name: 'ERROR_NO_SUCH_LOGON_SESSION', message: 'A specified logon session does not exist. It may already have been terminated.' });
    expect(byCode(1722)?.name).toBe('RPC_S_SERVER_UNAVAILABLE');
  });
});

describe('win32ErrorsIn', () => {
  it('reads the Win32 code in the low 16 bits of an HRESULT 0x8007XXXX', () => {
    expect(win32ErrorsIn('(Exception from HRESULT: 0x80070520)').map((error) => error.name)).toEqual(['ERROR_NO_SUCH_LOGON_SESSION']);
  });

  it('knows a message that is a Win32 message word for word, and a constant by its name', () => {
    expect(win32ErrorsIn('Access is denied.').map((error) => error.code)).toEqual([5]);
    expect(win32ErrorsIn('failed with ERROR_ACCESS_DENIED').map((error) => error.code)).toEqual([5]);
  });

  it('finds nothing in other text', () => {
    expect(win32ErrorsIn('A webpage is not responding on the following website:')).toEqual([]);
    expect(win32ErrorsIn('0x80040154')).toEqual([]); // not FACILITY_WIN32
  });
});

describe('errorSpellings', () => {
  it('gives every form of the error', () => {
    expect(errorSpellings({ code: 1312, name: 'ERROR_NO_SUCH_LOGON_SESSION', message: 'A specified logon session does not exist.' })).toEqual(
      expect.arrayContaining(['0x80070520', '80070520', '-2147023584', '1312', '0x520', '0x00000520', 'ERROR_NO_SUCH_LOGON_SESSION']),
    );
  });

  it('gives a guide every spelling of the errors in its messages', () => {
    expect(errorCodeAliases(['Access is denied.'])).toEqual(expect.arrayContaining(['0x80070005', '80070005', '5', 'ERROR_ACCESS_DENIED', '-2147024891']));
  });
});
