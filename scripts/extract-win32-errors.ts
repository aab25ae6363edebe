/**
 * Writes src/search/data/win32-errors.tsv from the Markdown sources of Microsoft Learn's
 * "System Error Codes" pages (github.com/MicrosoftDocs/win32, desktop-src/Debug/system-error-codes--*.md).
 * Usage: npx tsx scripts/extract-win32-errors.ts <checkout of MicrosoftDocs/win32> <commit>
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [repo, commit = 'HEAD'] = process.argv.slice(2);
if (!repo) throw new Error('usage: extract-win32-errors.ts <MicrosoftDocs/win32 git dir> [commit]');
const git = (...args: string[]): string => execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const pages = git('ls-tree', '--name-only', commit, 'desktop-src/Debug/')
  .split('\n')
  .filter((path) => /system-error-codes--\d+-\d+-\.md$/.test(path));

const rows = new Map<string, { code: number; line: string }>();
const sources: string[] = [];
for (const page of pages) {
  const text = git('show', `${commit}:${page}`);
  const slug = page.replace(/^.*\//, '').replace(/\.md$/, '');
  sources.push(`https://learn.microsoft.com/en-us/windows/win32/debug/${slug}`);
  // Each entry: **NAME** (underscores escaped), "code (0xhex)", then the message up to the next entry.
  for (const entry of text.split(/<span id="[A-Z0-9_]+"><\/span>/).slice(1)) {
    const match = /^(?:<span[^>]*><\/span>)?\*\*([A-Z0-9_\\]+)\*\*\s+(\d+) \((0x[0-9A-Fa-f]+)\)\s+([\s\S]*)$/.exec(entry.trim());
    if (!match) continue;
    const [, rawName = '', code = '', hex = '', rawMessage = ''] = match;
    const name = rawName.replace(/\\_/g, '_');
    if (Number.parseInt(hex, 16) !== Number(code)) throw new Error(`${page}: ${name} ${code} != ${hex}`);
    const message = rawMessage
      .replace(/\\([_*<>\\[\]])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    rows.set(name, { code: Number(code), line: `${code}\t${name}\t${message}` });
  }
}
const lines = [
  '# Win32 system error codes: decimal code, constant name, message (tab-separated).',
  '# Extracted by scripts/extract-win32-errors.ts from the Markdown sources of the Microsoft Learn pages',
  `# "System Error Codes" (github.com/MicrosoftDocs/win32 at ${git('rev-parse', commit).trim()}):`,
  ...sources.sort().map((url) => `#   ${url}`),
  ...[...rows.values()].sort((a, b) => a.code - b.code).map((row) => row.line),
];
writeFileSync(join(import.meta.dirname, '..', 'src', 'search', 'data', 'win32-errors.tsv'), `${lines.join('\n')}\n`);
console.log(`${rows.size} names from ${pages.length} pages`);
