import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copySite, inBatches, projectRoot, type BuildResult } from '../support/build-site';

/**
 * Authoring mistakes must stop the build with the file (and line) to fix, never ship a silently
 * wrong page. Each case builds a site of one broken guide (the groups, no other guide), two at a time.
 */
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

const registry = readFileSync(join(projectRoot, 'content', 'step-ids.json'), 'utf8');
/** The published step ids with a fixture guide's added: it published "old-name" and "kept". */
const publishedSteps = (guide: string): string => JSON.stringify({ ...(JSON.parse(registry) as object), [guide]: ['old-name', 'kept'] });
/** A Steps list of two steps: "old-name" was renamed "new-name". */
const renamedSteps = '\n## Steps\n\n1. <Step id="kept" /> **Keep this.** Text.\n2. <Step id="new-name" /> **Renamed.** Text.\n';

const CASES = {
  noTitle: ['windows-server/no-title.mdx', frontmatter(validFields.replace('title: Broken guide\n', '')) + '\nBody.\n'],
  unknownPlaceholder: ['windows-server/unknown-placeholder.mdx', frontmatter(validFields) + "\nIntro.\n\n```powershell\n$x = 1\n$name = '<<acountName>>'\n```\n"],
  unknownProduct: ['windows-server/unknown-product.mdx', frontmatter(validFields.replace('appliesTo: [Windows Server 2008 R2]', 'appliesTo: [SBS 2008]')) + '\nBody.\n'],
  misreadPlaceholder: ['windows-server/misread-placeholder.mdx', frontmatter(validFields) + "\nIntro.\n\n```cmd\nnetsh interface show interface\necho it's <<lanInterface>>\n```\n"],
  unknownFenceAttribute: ['windows-server/unknown-fence-attribute.mdx', frontmatter(validFields) + '\nIntro.\n\n```cmd title="Show it" run="laptop" lines="1"\nipconfig\n```\n'],
  shellTabs: [
    'windows-server/shell-tabs.mdx',
    frontmatter(validFields) +
      '\nIntro.\n\n<ShellTabs>\n<ShellTab shell="bash" appliesTo="Windows Server 2012 R2 or later">\n\n```powershell\nGet-Date\n```\n\n</ShellTab>\n</ShellTabs>\n',
  ],
  unlistedError: ['windows-server/unlisted-error.mdx', frontmatter(validFields) + '\n<ErrorMessage>Something failed.</ErrorMessage>\n'],
  // Frontmatter 13 lines with its fences, a blank line, "## Steps" (15), a blank line: the items are lines 17-19.
  stepIds: ['windows-server/step-ids.mdx', frontmatter(validFields) + '\n## Steps\n\n1. <Step id="check-it" /> **Check it.**\n2. **No id.**\n3. <Step id="check-it" /> **Again.**\n'],
  removedStep: ['windows-server/removed-step.mdx', frontmatter(validFields) + renamedSteps, { 'content/step-ids.json': publishedSteps('windows-server/removed-step') }],
  // The control: the same fixture site with a correct guide builds, so each failure above is the mistake's.
  // It renamed a published step id, with its alias.
  valid: [
    'windows-server/valid.mdx',
    frontmatter(`${validFields}\nstepAliases: { old-name: new-name }`) + '\nIntro.\n\n```powershell\n$name = \'<<accountName>>\'\n```\n' + renamedSteps,
    { 'content/step-ids.json': publishedSteps('windows-server/valid') },
  ],
} as const satisfies Record<string, readonly [string, string] | readonly [string, string, Record<string, string>]>;

const results = new Map<keyof typeof CASES, BuildResult>();
const removals: (() => void)[] = [];
beforeAll(async () => {
  const names = Object.keys(CASES) as (keyof typeof CASES)[];
  const built = await inBatches(
    names.map((name) => async () => {
      const [file, source, extra = {}] = CASES[name] as readonly [string, string, Record<string, string>?];
      const copy = copySite({ content: 'groups-only', files: { [`content/guides/${file}`]: source, ...extra } });
      removals.push(copy.remove);
      return buildSite(copy.dir, { SKIP_SEARCH_INDEX: '1', SKIP_SOCIAL_IMAGES: '1' });
    }),
    2,
  );
  names.forEach((name, index) => results.set(name, built[index]!));
}, 600_000);
afterAll(() => removals.forEach((remove) => remove()));

const result = (name: keyof typeof CASES): BuildResult => results.get(name)!;

describe('authoring mistakes fail the build', () => {
  it('the fixture site builds with a correct guide', () => {
    expect(result('valid').status, result('valid').output).toBe(0);
  });

  it('a guide without a title names the file and the field', () => {
    const { status, output } = result('noTitle');
    expect(status).not.toBe(0);
    expect(output).toContain('no-title.mdx');
    expect(output).toContain('every guide needs a title');
  });

  it('a placeholder that names no parameter gives the file, line and column', () => {
    const { status, output } = result('unknownPlaceholder');
    expect(status).not.toBe(0);
    // Frontmatter is 12 lines between its fences, then a blank line, "Intro.", a blank line, the fence, "$x = 1": the placeholder is on line 19.
    expect(output).toContain('content/guides/windows-server/unknown-placeholder.mdx:19:10');
    expect(output).toContain('acountName');
  });

  it('a malformed group of shell tabs gives the file, the line and what is wrong', () => {
    const { status, output } = result('shellTabs');
    expect(status).not.toBe(0);
    // Line 17 is <ShellTabs>, line 18 the tab with an unknown shell (see the placeholder case for the count).
    expect(output).toContain('content/guides/windows-server/shell-tabs.mdx:17:1: a <ShellTabs> group needs exactly the tabs shell="cmd" then shell="powershell"');
    expect(output).toContain('content/guides/windows-server/shell-tabs.mdx:18:1: <ShellTab> needs shell= one of cmd, powershell (it has "bash")');
  });

  it('an appliesTo entry that is not a known product names the file, the entry and the allowed names', () => {
    const { status, output } = result('unknownProduct');
    expect(status).not.toBe(0);
    expect(output).toContain('unknown-product.mdx');
    expect(output).toContain('"SBS 2008" is not a known product name');
    expect(output).toContain('Small Business Server 2008');
  });

  it('a placeholder of a cmd block that PowerShell reads differently from cmd.exe gives the file, line and column', () => {
    const { status, output } = result('misreadPlaceholder');
    expect(status).not.toBe(0);
    // The netsh line follows the fence: the placeholder is on line 19.
    expect(output).toContain('content/guides/windows-server/misread-placeholder.mdx:19:11: <<lanInterface>> sits where PowerShell reads the line differently from cmd.exe');
  });

  it('an unknown run= value or code block attribute gives the file, line and column', () => {
    const { status, output } = result('unknownFenceAttribute');
    expect(status).not.toBe(0);
    // Frontmatter is 14 lines with its fences, then a blank line, "Intro.", a blank line: the fence is on line 17.
    expect(output).toContain('content/guides/windows-server/unknown-fence-attribute.mdx:17:24: unknown run="laptop" (known: client, exchange-shell, schema-master, undo, example)');
    expect(output).toContain('content/guides/windows-server/unknown-fence-attribute.mdx:17:37: unknown code block attribute "lines" (known: title, run)');
  });

  it('an error message shown in the body but not listed in the frontmatter is refused', () => {
    const { status, output } = result('unlistedError');
    expect(status).not.toBe(0);
    expect(output).toContain('unlisted-error.mdx');
    expect(output).toContain('is not listed in the frontmatter\'s errorMessages');
  });

  it('a step without an id, or with one another step has, gives the file and line', () => {
    const { status, output } = result('stepIds');
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/windows-server/step-ids.mdx:18: step 2 has no id');
    expect(output).toContain('content/guides/windows-server/step-ids.mdx:19: step id "check-it" is already the id of the step on line 17');
  });

  it('a published step id that is gone without an alias in the frontmatter is refused, naming the id and the fix', () => {
    const { status, output } = result('removedStep');
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/windows-server/removed-step.mdx: step id "old-name" was published (content/step-ids.json) and is gone: add stepAliases: { old-name: <the id of the step that replaces it> }');
  });
});
