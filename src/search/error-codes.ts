import { numberSpellings } from './error-numbers';
import table from './data/win32-errors.tsv?raw';

/** One Win32 system error: its number, constant name and message, as Microsoft Learn lists them. */
export interface Win32Error {
  code: number;
  name: string;
  message: string;
}

/** Parses the table (data/win32-errors.tsv: code, name, message; # comments). */
export function parseWin32Errors(text: string): Win32Error[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [code = '', name = '', message = ''] = line.split('\t');
      return { code: Number(code), name, message };
    });
}

let parsed: Win32Error[] | undefined;
/** The Win32 system error codes from Microsoft Learn ("System Error Codes" pages, cited in the data file). */
export function win32Errors(): Win32Error[] {
  parsed ??= parseWin32Errors(table);
  return parsed;
}

const comparable = (message: string): string => message.toLowerCase().replace(/[.\s]+$/, '').replace(/\s+/g, ' ');

/**
 * The Win32 errors an error message carries: an HRESULT 0x8007XXXX (FACILITY_WIN32) holds the
 * error number in its low 16 bits; an ERROR_ constant names one; a message may be a Win32 message word for word.
 */
export function win32ErrorsIn(message: string, errors: readonly Win32Error[] = win32Errors()): Win32Error[] {
  const found = new Set<Win32Error>();
  for (const match of message.matchAll(/\b0x8007([0-9A-Fa-f]{4})\b/g)) {
    const code = Number.parseInt(match[1] ?? '', 16);
    for (const error of errors) if (error.code === code) found.add(error);
  }
  for (const match of message.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)) {
    for (const error of errors) if (error.name === match[0]) found.add(error);
  }
  const whole = comparable(message);
  for (const error of errors) if (comparable(error.message) === whole) found.add(error);
  return [...found].sort((a, b) => a.code - b.code);
}

/**
 * Every spelling of a Win32 error that a reader may meet: the constant, the message, and the
 * number's spellings (decimal, hex, the HRESULT with and without 0x and as a signed decimal).
 */
export function errorSpellings(error: Win32Error): string[] {
  return [error.name, error.message, ...numberSpellings(error.code)];
}

/** The spellings of every Win32 error found in a guide's error messages, for its index entry. */
export function errorCodeAliases(messages: readonly string[]): string[] {
  return [...new Set(messages.flatMap((message) => win32ErrorsIn(message)).flatMap(errorSpellings))];
}
