/**
 * A value as a reader can check it by eye: every character that shows nothing or changes how the
 * text around it displays (controls, format characters such as U+200B and U+202E, separators other
 * than the space) is written as \u{XXXX}, so a review shows what would really be used.
 */
export function visibleText(value: string): string {
  return value.replace(/[\p{C}\p{Zl}\p{Zp}]|(?! )\p{Zs}/gu, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`);
}
