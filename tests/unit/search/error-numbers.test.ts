import { describe, expect, it } from 'vitest';
import { errorNumber, errorNumberForms, numberSpellings } from '../../../src/search/error-numbers';
import { conceptsOnPage, planQuery } from '../../../src/search/query';

describe('error numbers in every base', () => {
  it('reads decimal, hex, the HRESULT with and without 0x, and the signed HRESULT as the same number', () => {
    for (const token of ['8344', '0x2098', '0x80072098', '80072098', '-2147016552', '2147016552']) expect(errorNumber(token)).toBe(8344);
    expect(errorNumber('0x520')).toBe(0x520);
    expect(errorNumber('5')).toBe(5);
  });

  it('reads no error number in other words or numbers', () => {
    for (const token of ['sysprep', '0x80004005', '123456', '0x12345', '-2147467259', '2001:db8::1']) expect(errorNumber(token)).toBeUndefined();
  });

  it('spells a number as Microsoft Learn and event logs do', () => {
    expect(numberSpellings(8344)).toEqual(['8344', '0x2098', '0x00002098', '0x80072098', '80072098', '-2147016552']);
    expect(errorNumberForms(5)).toEqual([['5'], ['0x5'], ['0x00000005'], ['0x80070005'], ['80070005'], ['2147024891']]);
  });

  it('finds a page that spells the error in another base: 8344 with its text, as the hex form and the HRESULT', () => {
    const page = 'Insufficient access rights to perform the operation. 0x80072098';
    for (const query of ['8344 Insufficient access rights', '0x2098 insufficient access rights', '-2147016552']) {
      expect(conceptsOnPage(planQuery(query).concepts, page).every(Boolean)).toBe(true);
    }
  });
});

describe('error constants', () => {
  it('reads a constant as one idea, held only by a page that has it whole', () => {
    const { concepts } = planQuery('ERROR_DS_INSUFF_ACCESS_RIGHTS');
    expect(concepts).toEqual([{ typed: 'error_ds_insuff_access_rights', forms: [['errordsinsuffaccessrights']] }]);
    expect(conceptsOnPage(concepts, 'Access rights: insufficient. Error.')).toEqual([false]);
    expect(conceptsOnPage(concepts, 'ERROR_DS_INSUFF_ACCESS_RIGHTS 8344')).toEqual([true]);
  });
});
