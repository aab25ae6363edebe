import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCodeBlocks, type SourceCodeBlock } from '../../src/guides/code-blocks';
import { GUIDE_FILES } from '../support/guides';

const root = join(import.meta.dirname, '..', '..');
// The seed is kept in the repository (content/seed/), so that a clean clone tests against it wherever it sits.
const seed = readFileSync(join(root, 'content', 'seed', 'blog-posts.txt'), 'utf8');

interface PageBlock extends SourceCodeBlock {
  file: string;
}

const blocks: PageBlock[] = GUIDE_FILES.flatMap(({ file, source }) => findCodeBlocks(source).map((block) => ({ ...block, file: `content/guides/${file}` })));
const codeLines = blocks.flatMap((block) => block.code.split('\n').map((line) => collapse(line)));

/** Typographic quotes as a reader's paste would need them: straight ASCII. */
function straightQuotes(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A page code line as a pattern: placeholders match any value, either quote style matches the seed's. */
function linePattern(line: string): RegExp {
  const escaped = line
    .split(/(<<[A-Za-z][A-Za-z0-9]*>>)/)
    .map((part, index) => (index % 2 === 1 ? '(.+?)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['"]/g, `['"]`)))
    .join('');
  return new RegExp(`^${escaped}$`);
}

const pagePatterns = codeLines.map((line) => ({ line, pattern: linePattern(line) }));

/** Whether some page code line runs the seed's command (the seed line with its values, or with a value the dump lost). */
function isCovered(seedLine: string): boolean {
  return pagePatterns.some(({ line, pattern }) => {
    if (pattern.test(seedLine)) return true;
    // The dump lost the value after a trailing "-Parameter": the page must supply one.
    return /\s-\w+$/.test(seedLine) && line.startsWith(`${seedLine} `);
  });
}

const seedLines = seed.split('\n').map((line) => collapse(straightQuotes(line.replace(/^\s*•\s*/, ''))));

/** Command lines that stand alone in the seed; trailing "#[explanation]" notes are prose, not code. */
const standaloneCommands = seedLines
  .filter((line) => /^(\$(?!cmd\b)\w+ =|Initialize-|Get-|Set-|Import-Module|CD |netsh |%windir%|#Object type)/.test(line))
  .map((line) => line.replace(/\s*#\[.*$/, '').replace(/\s*#\[.*$/, '').trim());

/**
 * Seed commands a guide runs in a safer form. The seed changes folder, then imports the module from
 * "the current folder": had the CD failed, that would import whatever AdSyncPrep.psm1 the current
 * folder holds. The guide imports it by its full path instead.
 */
const SAFER: Record<string, string> = {
  'CD "C:\\Program Files\\Microsoft Azure Active Directory Connect\\AdPrep"': "Import-Module '<<aadConnectPath>>\\AdPrep\\AdSyncPrep.psm1'",
  'Import-Module .\\AdSyncPrep.psm1': "Import-Module '<<aadConnectPath>>\\AdPrep\\AdSyncPrep.psm1'",
};

/**
 * Seed commands a guide deliberately runs without one parameter: `privacy` is not a parameter of netsh
 * `ipv6 set interface` in Microsoft's reference (content review 2026-12-05, m9). The page runs the rest.
 */
const WITHOUT_PARAMETER: Record<string, string> = {
  'netsh interface ipv6 set interface "Local Area Connection" forwarding=enabled advertise=enabled routerdiscovery=enabled advertisedefaultroute=enabled privacy=disabled':
    'netsh interface ipv6 set interface <<lanInterface>> forwarding=enabled advertise=enabled routerdiscovery=enabled advertisedefaultroute=enabled',
};

/**
 * Seed commands a guide names in prose, as a warning, and never runs: `netsh int ipv6 reset` removes every
 * user-configured IPv6 setting of the machine, more than the roll-back needs (content review 2026-12-05, m10).
 */
const WARNED_NOT_RUN: Record<string, string> = {
  'netsh int ipv6 reset': 'ipv6-routed-lan/verify-and-publish.mdx',
};

/** Commands the seed gives inside sentences. */
const commandsInProse = [
  "Import-Module 'C:\\Program Files\\Microsoft Azure Active Directory Connect\\AdPrep\\AdSyncPrep.psm1'",
  'adprep /forestprep',
  'netsh int ipv6 show prefix',
  'netsh int ipv6 show addresses',
  'Update-AddressList',
  'SCHEMAUPGRADETOOL',
  'ipconfig',
];

describe('every command of the seed is in a guide', () => {
  it('finds the seed commands (sanity check of this test)', () => {
    expect(standaloneCommands.length).toBeGreaterThan(25);
    expect(standaloneCommands).toContain('netsh interface teredo set state disabled');
  });

  it.each(standaloneCommands)('%s', (command) => {
    const safer = SAFER[command] ?? WITHOUT_PARAMETER[command];
    if (safer) expect(codeLines, `no code block runs the safer form of: ${command}`).toContain(safer);
    else expect(isCovered(command), `no code block runs: ${command}`).toBe(true);
  });

  it.each(Object.entries(WARNED_NOT_RUN))('%s is named as a warning in %s, never run', (command, file) => {
    expect(codeLines.filter((line) => line.toLowerCase().startsWith(command.toLowerCase()))).toEqual([]);
    const page = readFileSync(join(root, 'content', 'guides', file), 'utf8');
    expect(page).toContain(`Do not use \`${command}\``);
  });

  it.each(commandsInProse)('%s (given in prose)', (command) => {
    // The page may add the arguments the prose left out, or feed the command from a pipeline.
    const runs = (line: string): boolean =>
      line.split(/\s*\|\s*/).some((element) => element.toLowerCase().startsWith(command.toLowerCase()));
    expect(
      pagePatterns.some(({ line, pattern }) => pattern.test(command) || runs(line)),
      `no code block runs: ${command}`,
    ).toBe(true);
  });
});

describe('the dsacls scripts keep every permission without Invoke-Expression', () => {
  const grants = [...seed.matchAll(/dsacls(?:\.exe)? '\$(\w+)' \/I:S \/G '`"\$accountName`":(\w+);(?:`")?([^;`]+)(?:`")?;(\w+)'/g)].map(
    ([, ouVariable, right, property, objectClass]) => ({ ouVariable, right, property, objectClass }),
  );

  it('finds all 22 grants of the seed (sanity check of this test)', () => {
    expect(grants).toHaveLength(22);
  });

  it.each(grants)('$right;$property;$objectClass on $ouVariable', ({ ouVariable, right, property, objectClass }) => {
    const expected = new RegExp(
      `^dsacls(\\.exe)? \\$${ouVariable} /I:S /G "\\$\\{accountName\\}:${right};${property};${objectClass}"( \\| Out-Null)?$`,
    );
    expect(codeLines.filter((line) => expected.test(line)), `expected a direct call matching ${expected}`).toHaveLength(1);
  });

  it('no guide builds a command string for Invoke-Expression', () => {
    expect(codeLines.filter((line) => /Invoke-Expression|\biex\b/i.test(line))).toEqual([]);
  });
});

describe('code blocks are safe to paste', () => {
  it('has code blocks', () => {
    expect(blocks.length).toBeGreaterThan(20);
  });

  it('no code block contains a typographic quote or dash that would break cmd.exe or netsh', () => {
    const offending = blocks
      .filter((block) => /[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u2013\u2014\u00A0]/.test(block.code))
      .map((block) => `${block.file}:${block.line}`);
    expect(offending).toEqual([]);
  });

  it('no PowerShell block changes folder without -LiteralPath, or loads code by a path relative to the current folder', () => {
    // A failed change of folder, pasted or in a script, must never make the next line run from the current one.
    const lines = blocks.filter((block) => block.language === 'powershell').flatMap((block) => block.code.split('\n').map((line) => ({ block, line })));
    const offending = lines
      .filter(({ line }) => /^\s*(cd|chdir|sl|pushd|Set-Location|Push-Location)\b(?![^\n]*-LiteralPath)/i.test(line) || /(Import-Module|^\s*\.)\s+(-Name\s+)?['"]?\.\.?[\\/]/i.test(line))
      .map(({ block, line }) => `${block.file}:${block.line}: ${line.trim()}`);
    expect(offending).toEqual([]);
  });

  it('every code block names its language', () => {
    expect(blocks.filter((block) => !['powershell', 'cmd', 'text'].includes(block.language)).map((b) => `${b.file}:${b.line} ${b.language}`)).toEqual([]);
  });
});
