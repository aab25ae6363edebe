import { errorCodeAliases } from './error-codes';
import { synonymAliases } from './synonyms';

/**
 * Extra words for the search index, so that identifiers are found whole or in part although
 * Pagefind only matches word prefixes: `80070520` for `0x80070520`, `970858` for `KB970858`,
 * `GroupWriteBack` for `Initialize-ADSyncGroupWriteBack`, `appcmd` for `appcmd.exe`.
 */
export function searchAliases(texts: readonly string[]): string[] {
  const aliases = new Set<string>();
  for (const text of texts) {
    for (const token of text.match(/[A-Za-z0-9][A-Za-z0-9_.\-\\]*[A-Za-z0-9]/g) ?? []) {
      for (const alias of aliasesOf(token)) aliases.add(alias);
    }
  }
  return [...aliases].sort();
}

function aliasesOf(token: string): string[] {
  const found: string[] = [];
  const hex = /^0x([0-9A-Fa-f]{4,})$/.exec(token);
  if (hex?.[1]) found.push(hex[1]);
  const kb = /^KB(\d{5,})$/i.exec(token);
  if (kb?.[1]) found.push(kb[1]);
  // Registry paths and file paths: each part on its own.
  const parts = token.split(/[\\]+/).filter((part) => part.length > 2);
  if (parts.length > 1) found.push(...parts);
  for (const part of parts) {
    const exe = /^([A-Za-z][\w-]*)\.exe$/i.exec(part);
    if (exe?.[1]) found.push(exe[1]);
  }
  // Identifiers: every suffix that starts at a hyphen or at an inner capital (PascalCase words).
  for (const part of parts.length > 1 ? parts : [token]) {
    if (!/[a-z][A-Z]|[A-Za-z]-[A-Za-z]/.test(part)) continue;
    const starts = [...part.matchAll(/(?<=-)[A-Za-z]|(?<=[a-z0-9])[A-Z]|(?<=[A-Z])[A-Z](?=[a-z])/g)].map((match) => match.index);
    for (const start of starts) {
      const suffix = part.slice(start);
      if (suffix.length >= 5) found.push(suffix);
    }
  }
  return found.filter((alias) => alias !== token);
}

/** What a guide gives the search index beyond its visible text. */
export interface GuideSearchText {
  title: string;
  summary: string;
  body: string;
  code: readonly string[];
  errorMessages: readonly string[];
}

/**
 * Every extra word of a guide's index entry: identifier parts (searchAliases), the other forms of
 * the jargon it uses (synonyms list), and every spelling of the Win32 errors its messages carry.
 */
export function guideSearchAliases(guide: GuideSearchText): string[] {
  const aliases = new Set([
    ...searchAliases([...guide.code, ...guide.errorMessages, guide.title]),
    ...synonymAliases([guide.title, guide.summary, guide.body, ...guide.errorMessages].join('\n')),
    ...errorCodeAliases(guide.errorMessages),
  ]);
  return [...aliases];
}
