import { EVERY_UNSEEN } from './characters';

/**
 * A value as a reader can check it by eye: every character that shows nothing or changes how the
 * text around it displays (the set `firstUnseen` refuses: controls, format characters such as U+200B
 * and U+202E, separators other than the space...) is written as \u{XXXX}, so a review shows what
 * would really be used.
 */
export function visibleText(value: string): string {
  return value.replace(EVERY_UNSEEN, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`);
}
