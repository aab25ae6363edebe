import { describe, expect, it } from 'vitest';
import { BROWSER_PENDING, reportRepository, stepReportUrl, withBrowser } from '../../../src/report/issue-link';

const report = {
  repository: 'contoso/windows-admin-guides',
  guideTitle: 'Prepare Active Directory for group writeback',
  pageUrl: 'https://guides.example.org/guides/azure-ad-connect-writeback/group-writeback/',
  stepId: 'grant-ou-permissions',
  sourceFile: 'content/guides/azure-ad-connect-writeback/group-writeback.mdx',
  commit: '0123456789abcdef0123456789abcdef01234567',
};

describe('reportRepository', () => {
  it('is undefined without a configured repository: then no step has the link', () => {
    expect(reportRepository(undefined)).toBeUndefined();
    expect(reportRepository('')).toBeUndefined();
    expect(reportRepository('  ')).toBeUndefined();
  });

  it('takes owner/name as GitHub spells it', () => {
    expect(reportRepository('contoso/windows-admin-guides')).toBe('contoso/windows-admin-guides');
    expect(reportRepository(' Contoso-IT/guides.site_2 ')).toBe('Contoso-IT/guides.site_2');
  });

  it('stops the build at anything else, naming the setting', () => {
    for (const value of ['contoso', 'contoso/', '/guides', 'a/b/c', 'https://github.com/a/b', '-a/b', 'a--b/c', 'a/b c', 'a/..', 'a/b?x=1', 'a/b#x', `${'a'.repeat(40)}/b`]) {
      expect(() => reportRepository(value), value).toThrow('REPORT_REPOSITORY must be a GitHub repository as owner/name');
    }
  });
});

describe('stepReportUrl', () => {
  it('opens a new issue in the repository with the guide, the step id, the source commit and a line for the browser', () => {
    const url = new URL(stepReportUrl(report));
    expect(url.origin + url.pathname).toBe('https://github.com/contoso/windows-admin-guides/issues/new');
    expect([...url.searchParams.keys()]).toEqual(['title', 'body']);
    expect(url.searchParams.get('title')).toBe('Problem with step "grant-ou-permissions" of "Prepare Active Directory for group writeback"');
    expect(url.searchParams.get('body')).toBe(
      [
        'Guide: Prepare Active Directory for group writeback',
        'Page: https://guides.example.org/guides/azure-ad-connect-writeback/group-writeback/#grant-ou-permissions',
        'Step: grant-ou-permissions',
        'Source: content/guides/azure-ad-connect-writeback/group-writeback.mdx at commit 0123456789abcdef0123456789abcdef01234567',
        BROWSER_PENDING,
        '',
        'What went wrong? (Leave out your own server names, accounts and addresses.)',
        '',
      ].join('\n'),
    );
  });

  it('says so when the build did not know its commit', () => {
    expect(new URL(stepReportUrl({ ...report, commit: undefined })).searchParams.get('body')).toContain('at commit unknown');
  });
});

describe('withBrowser', () => {
  const href = stepReportUrl(report);
  const body = (url: string): string => new URL(url).searchParams.get('body') ?? '';
  const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';

  it('fills in the browser line only, and gives the same address when called again', () => {
    const filled = withBrowser(href, UA);
    expect(body(filled)).toBe(body(href).replace(BROWSER_PENDING, `Browser: ${UA}`));
    expect(new URL(filled).searchParams.get('title')).toBe(new URL(href).searchParams.get('title'));
    expect(withBrowser(filled, UA)).toBe(filled);
    expect(body(withBrowser(filled, 'Other/1.0'))).toContain('\nBrowser: Other/1.0\n');
  });

  it('keeps a browser description on its one line, and short', () => {
    const forged = body(withBrowser(href, 'X\nWhat went wrong? injected\r\u2028Step: other'));
    expect(forged.split('\n')).toHaveLength(body(href).split('\n').length);
    expect(forged).toContain('Browser: X What went wrong? injected  Step: other\n');
    expect(body(withBrowser(href, 'x'.repeat(1000)))).toContain(`Browser: ${'x'.repeat(300)}\n`);
    expect(body(withBrowser(href, '\n'))).toContain('Browser: unknown\n');
  });

  it('leaves an address without a body as it is', () => {
    expect(withBrowser('https://github.com/a/b/issues/new', UA)).toBe('https://github.com/a/b/issues/new');
  });
});
