import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Authoring mistakes must stop the build with the file (and line) to fix, never ship a silently
 * wrong page. Each case builds a copy of the site with one broken guide added.
 */
const root = join(import.meta.dirname, '..', '..');
const copies: string[] = [];

function buildWith(file: string, source: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'guides-authoring-'));
  copies.push(dir);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'components', 'content', 'public']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const target = join(dir, 'content', 'guides', file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, source);
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SKIP_SEARCH_INDEX: '1' },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const frontmatter = (fields: string): string => `---\n${fields}\n---\n`;
const validFields = [
  'title: Broken guide',
  'summary: A guide with a mistake.',
  'group: windows-server',
  'order: 90',
  'topics: [Registry]',
  'appliesTo: [Windows Server 2008 R2]',
  'lastUpdated: 2026-11-25',
  'checked: "2026-11-25"',
  'checkedAgainst: [Windows Server 2008 R2]',
  'post: A post',
  'sources: [{ title: Page, publisher: Microsoft Learn, url: "https://learn.microsoft.com/" }]',
].join('\n');

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('authoring mistakes fail the build', () => {
  it('a guide without a title names the file and the field', () => {
    const { status, output } = buildWith(
      'windows-server/no-title.mdx',
      frontmatter(validFields.replace('title: Broken guide\n', '')) + '\nBody.\n',
    );
    expect(status).not.toBe(0);
    expect(output).toContain('no-title.mdx');
    expect(output).toMatch(/title/);
  });

  it('a placeholder that names no parameter gives the file, line and column', () => {
    const source = frontmatter(validFields) + '\nIntro.\n\n```powershell\n$x = 1\n$name = \'<<acountName>>\'\n```\n';
    const { status, output } = buildWith('windows-server/unknown-placeholder.mdx', source);
    expect(status).not.toBe(0);
    // Frontmatter is 12 lines between its fences, then a blank line, "Intro.", a blank line, the fence, "$x = 1": the placeholder is on line 19.
    expect(output).toContain('content/guides/windows-server/unknown-placeholder.mdx:19:10');
    expect(output).toContain('acountName');
  });

  it('an appliesTo entry that is not a known product names the file, the entry and the allowed names', () => {
    const source = frontmatter(validFields.replace('appliesTo: [Windows Server 2008 R2]', 'appliesTo: [SBS 2008]')) + '\nBody.\n';
    const { status, output } = buildWith('windows-server/unknown-product.mdx', source);
    expect(status).not.toBe(0);
    expect(output).toContain('unknown-product.mdx');
    expect(output).toContain('"SBS 2008" is not a known product name');
    expect(output).toContain('Small Business Server 2008');
  });

  it('a placeholder of a cmd block that PowerShell reads differently from cmd.exe gives the file, line and column', () => {
    const source = frontmatter(validFields) + "\nIntro.\n\n```cmd\nnetsh interface show interface\necho it's <<lanInterface>>\n```\n";
    const { status, output } = buildWith('windows-server/misread-placeholder.mdx', source);
    expect(status).not.toBe(0);
    // Frontmatter is 12 lines between its fences, then a blank line, "Intro.", a blank line, the fence, the netsh line: the placeholder is on line 19.
    expect(output).toContain('content/guides/windows-server/misread-placeholder.mdx:19:11: <<lanInterface>> sits where PowerShell reads the line differently from cmd.exe');
  });

  it('an unknown run= value or code block attribute gives the file, line and column', () => {
    const source = frontmatter(validFields) + '\nIntro.\n\n```cmd title="Show it" run="laptop" lines="1"\nipconfig\n```\n';
    const { status, output } = buildWith('windows-server/unknown-fence-attribute.mdx', source);
    expect(status).not.toBe(0);
    // Frontmatter is 13 lines with its fences, then a blank line, "Intro.", a blank line: the fence is on line 17.
    expect(output).toContain('content/guides/windows-server/unknown-fence-attribute.mdx:17:24: unknown run="laptop" (known: client, exchange-shell, schema-master, undo, example)');
    expect(output).toContain('content/guides/windows-server/unknown-fence-attribute.mdx:17:37: unknown code block attribute "lines" (known: title, run)');
  });

  it('an error message shown in the body but not listed in the frontmatter is refused', () => {
    const source = frontmatter(validFields) + '\n<ErrorMessage>Something failed.</ErrorMessage>\n';
    const { status, output } = buildWith('windows-server/unlisted-error.mdx', source);
    expect(status).not.toBe(0);
    expect(output).toContain('unlisted-error.mdx');
    expect(output).toContain('Something failed.');
  });
});
