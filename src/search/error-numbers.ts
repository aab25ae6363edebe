// The spellings of one Win32 error number, by arithmetic alone (no table: this runs in the browser).

const hex = (value: number, digits: number): string => value.toString(16).toUpperCase().padStart(digits, '0');

/**
 * Every spelling of a Win32 error number that a reader may meet: decimal, hex (short and 8 digits),
 * and for codes up to 0xFFFF the HRESULT (FACILITY_WIN32: 0x8007XXXX) with and without 0x and as the
 * signed decimal that PowerShell and event logs print.
 */
export function numberSpellings(code: number): string[] {
  const spellings = [String(code), `0x${hex(code, 1)}`, `0x${hex(code, 8)}`];
  if (code > 0 && code <= 0xffff) {
    const hresult = (0x80070000 | code) >>> 0;
    spellings.push(`0x${hex(hresult, 8)}`, hex(hresult, 8), String(hresult - 2 ** 32));
  }
  return spellings;
}

/**
 * The Win32 error number a query token spells, if it is one: `8344` (decimal), `0x2098`, `0x80072098`
 * or `80072098` (an HRESULT of FACILITY_WIN32), `-2147016552` (the same, signed). Decimal numbers of
 * 1 to 5 digits are read as error numbers too: a year or a port only gains spellings no page has.
 */
export function errorNumber(token: string): number | undefined {
  const text = token.trim();
  let match = /^0x8007([0-9a-f]{4})$/i.exec(text) ?? /^8007([0-9a-f]{4})$/i.exec(text);
  if (match?.[1]) return Number.parseInt(match[1], 16);
  match = /^0x([0-9a-f]{1,4})$/i.exec(text);
  if (match?.[1]) return Number.parseInt(match[1], 16);
  // The sign may be lost on the way (the query's words drop punctuation): 2147024891 is -2147024891.
  match = /^-?(\d{10})$/.exec(text);
  if (match?.[1]) {
    const hresult = 2 ** 32 - Number(match[1]);
    return hresult >= 0x80070000 && hresult <= 0x8007ffff ? hresult - 0x80070000 : undefined;
  }
  if (/^\d{1,5}$/.test(text) && Number(text) <= 0xffff) return Number(text);
  return undefined;
}

/** The forms (as search words: lower case, no punctuation) under which a page holds an error number. */
export function errorNumberForms(code: number): string[][] {
  return [...new Set(numberSpellings(code).map((spelling) => spelling.toLowerCase().replace(/[^a-z0-9]+/g, '')))].map((word) => [word]);
}
