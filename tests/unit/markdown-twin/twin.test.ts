import { describe, expect, it } from 'vitest';
import { bodyMarkdown, codeSpan, FILLED_NOTE, fillTwin, guideTwin, PLACEHOLDERS_INTRO, twinCode, type TwinGuide } from '../../../src/markdown-twin/twin';

const SITE = 'https://guides.example.org';
const body = [
  'Intro with a [site link](/guides/a/b/#x) and an [outside one](https://learn.microsoft.com/).',
  '',
  '<Aside type="caution" title="Read this first">Once on, it is **on**. See [the overview](/guides/a/).</Aside>',
  '',
  '<ErrorMessage>Access is denied.</ErrorMessage>',
  '',
  '## Steps',
  '',
  '1. <Step id="set-ou" /> **Set the OU:**',
  '',
  '   ```powershell title="Set it"',
  "   $ou = '<<cloudGroupOU>>'",
  '',
  "   Write-Host 'done' # <Aside> in code stays",
  '   ```',
  '',
  '   <Unconfirmed>Not tested',
  '   in a lab.</Unconfirmed>',
  '',
  '2. <Step id="run" /> Run `x <<lanInterface>>` by hand.',
  '',
  '```cmd',
  'netsh interface set interface <<lanInterface>> forwarding=enabled',
  '```',
].join('\n');

const guide: TwinGuide = {
  title: 'Group writeback',
  summary: 'Let it write groups back.',
  pageUrl: `${SITE}/guides/a/group/`,
  site: SITE,
  appliesTo: ['Azure AD Connect', 'Exchange Server 2013 CU8 or later'],
  body,
  placeholders: [
    { name: 'cloudGroupOU', label: 'OU for written-back groups', example: 'OU=CloudGroups,DC=contoso,DC=com' },
    { name: 'lanInterface', label: 'LAN interface', example: 'Local Area Connection' },
  ],
  post: 'A post',
  sources: [{ title: 'Group writeback', publisher: 'Microsoft Learn', url: 'https://learn.microsoft.com/x' }],
};

describe('the Markdown twin', () => {
  const twin = guideTwin(guide);

  it('opens with the title, summary, where it applies, the page and each placeholder with its example', () => {
    expect(twin.split('\n').slice(0, 12)).toEqual([
      '# Group writeback',
      '',
      '> Let it write groups back.',
      '',
      'Applies to: Azure AD Connect, Exchange Server 2013 CU8 or later.',
      '',
      `Page: ${SITE}/guides/a/group/`,
      '',
      PLACEHOLDERS_INTRO,
      '',
      '- `<<cloudGroupOU>>`: OU for written-back groups. Example: `OU=CloudGroups,DC=contoso,DC=com`',
      '- `<<lanInterface>>`: LAN interface. Example: `Local Area Connection`',
    ]);
    expect(twin.endsWith(`## Sources\n\n- The blog post "A post"\n- [Group writeback](https://learn.microsoft.com/x) (Microsoft Learn)\n`)).toBe(true);
  });

  it('keeps code verbatim with its placeholders, and turns components into labelled blockquotes', () => {
    const markdown = bodyMarkdown(body, SITE);
    expect(markdown).toContain(`Intro with a [site link](${SITE}/guides/a/b/#x) and an [outside one](https://learn.microsoft.com/).`);
    expect(markdown).toContain(`> **Caution: Read this first.** Once on, it is **on**. See [the overview](${SITE}/guides/a/).`);
    expect(markdown).toContain('> **Error message:** Access is denied.');
    expect(markdown).toContain('1. **Set the OU:**');
    expect(markdown).toContain('   ```powershell title="Set it"\n   $ou = \'<<cloudGroupOU>>\'\n\n   Write-Host \'done\' # <Aside> in code stays\n   ```');
    expect(markdown).toContain('   > **Unconfirmed: no source confirms this.** Not tested\n   > in a lab.');
    expect(markdown).toContain('2. Run `x <<lanInterface>>` by hand.');
    expect(markdown).not.toContain('<Step');
    expect(twinCode(twin)).toEqual(["$ou = '<<cloudGroupOU>>'\n\nWrite-Host 'done' # <Aside> in code stays", 'netsh interface set interface <<lanInterface>> forwarding=enabled']);
  });

  it('fills in the page code block by block, at the list indentation, and says the values are the reader’s', () => {
    const filled = fillTwin(twin, ["$ou = 'OU=Sales,DC=fabrikam,DC=com'\n\nWrite-Host 'done' # <Aside> in code stays\n", 'netsh interface set interface "LAN 2" forwarding=enabled']);
    expect(filled).toBeDefined();
    expect(filled).toContain("   ```powershell title=\"Set it\"\n   $ou = 'OU=Sales,DC=fabrikam,DC=com'\n\n   Write-Host 'done' # <Aside> in code stays\n   ```");
    expect(filled).toContain('```cmd\nnetsh interface set interface "LAN 2" forwarding=enabled\n```');
    expect(filled).toContain(`Page: ${SITE}/guides/a/group/\n\n${FILLED_NOTE}\n\nIntro with`);
    expect(filled).not.toContain('<<cloudGroupOU>>');
    expect(filled).not.toContain('CloudGroups');
    // Prose keeps what the page shows (inline code is not filled in on the page either).
    expect(filled).toContain('2. Run `x <<lanInterface>>` by hand.');
  });

  it('gives no copy when the page and the twin disagree on the number of blocks', () => {
    expect(fillTwin(twin, ['one'])).toBeUndefined();
    expect(fillTwin(twin, ['a', 'b', 'c'])).toBeUndefined();
  });

  it('writes a guide without placeholders with no placeholder list, and fills it unchanged', () => {
    const plain = guideTwin({ ...guide, placeholders: [], body: 'Just text.\n\n```text\nsample\n```' });
    expect(plain).not.toContain(PLACEHOLDERS_INTRO);
    expect(fillTwin(plain, ['sample'])).toBe(plain);
  });

  it('writes code spans that hold backticks', () => {
    expect(codeSpan('a')).toBe('`a`');
    expect(codeSpan('a`b')).toBe('`` a`b ``');
    expect(codeSpan('``x')).toBe('``` ``x ```');
  });
});
