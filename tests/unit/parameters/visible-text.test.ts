import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../src/parameters/visible-text';

describe('visibleText', () => {
  it('keeps printable text, spaces and non-Latin letters as they are', () => {
    expect(visibleText("OU=Cloud Groups,DC=contoso,DC=com")).toBe('OU=Cloud Groups,DC=contoso,DC=com');
    expect(visibleText("OU=Отдел,DC=x; '$(calc)'")).toBe("OU=Отдел,DC=x; '$(calc)'");
  });

  it('spells out invisible, direction-changing and line-breaking characters', () => {
    expect(visibleText('a\u200Bb')).toBe('a\\u{200B}b');
    expect(visibleText('a\u202Eb')).toBe('a\\u{202E}b');
    expect(visibleText('a\u2028calc\u2029')).toBe('a\\u{2028}calc\\u{2029}');
    expect(visibleText('a\ncalc\r\t\u0000')).toBe('a\\u{000A}calc\\u{000D}\\u{0009}\\u{0000}');
    expect(visibleText('a\u00A0b\u3000c')).toBe('a\\u{00A0}b\\u{3000}c');
    expect(visibleText('\u{E0041}x')).toBe('\\u{E0041}x');
    // Every character the validators refuse as unseen is spelled out, such as a Hangul filler (an invisible letter).
    expect(visibleText('a\u3164b')).toBe('a\\u{3164}b');
  });
});
