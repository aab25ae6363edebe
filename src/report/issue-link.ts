/**
 * "Report a problem with this step": a link that opens a new issue in the site's repository, prefilled
 * (GitHub reads `title` and `body` from the query of `/issues/new`:
 * https://docs.github.com/en/issues/tracking-your-work-with-issues/creating-an-issue#creating-an-issue-from-a-url-query).
 * It says the guide, the step id, the page's source commit and the reader's browser, and never a reader's
 * value: everything in it is known at build time, except the browser, which the page adds when the link is
 * about to be used. No DOM: the build (components/StepReport.astro) and the browser both use this module.
 */

/** GitHub's spelling of owner/name: an owner of letters, digits and single hyphens; a name of letters, digits, '.', '_', '-'. */
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9._-]{1,100}$/;

/**
 * The repository named by the site's configuration (REPORT_REPOSITORY=owner/name), or undefined when none is:
 * then no step has the link. A value that is not owner/name stops the build rather than make dead links.
 */
export function reportRepository(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  if (!REPOSITORY.test(text) || text.endsWith('/.') || text.endsWith('/..')) {
    throw new Error(`REPORT_REPOSITORY must be a GitHub repository as owner/name (example: contoso/windows-admin-guides), not "${text}"`);
  }
  return text;
}

/** The body's browser line until the page fills it in. */
export const BROWSER_PENDING = 'Browser: (added when you open this link)';

export interface StepReport {
  /** owner/name, from reportRepository(). */
  repository: string;
  guideTitle: string;
  /** The page's canonical address (no query string: that is where the reader's values travel). */
  pageUrl: string;
  stepId: string;
  /** The guide's file, relative to the repository: "content/guides/group/guide.mdx". */
  sourceFile: string;
  /** The commit the page was built from, or undefined when the build did not know it. */
  commit: string | undefined;
}

/** The new-issue address of a step, with the browser line still to fill in. */
export function stepReportUrl(report: StepReport): string {
  const url = new URL(`https://github.com/${report.repository}/issues/new`);
  url.searchParams.set('title', `Problem with step "${report.stepId}" of "${report.guideTitle}"`);
  url.searchParams.set(
    'body',
    [
      `Guide: ${report.guideTitle}`,
      `Page: ${report.pageUrl}#${report.stepId}`,
      `Step: ${report.stepId}`,
      `Source: ${report.sourceFile} at commit ${report.commit ?? 'unknown'}`,
      BROWSER_PENDING,
      '',
      'What went wrong? (Leave out your own server names, accounts and addresses.)',
      '',
    ].join('\n'),
  );
  return url.href;
}

/** Longest browser description kept: a user agent is about 150 characters; the address must stay short. */
const MAX_BROWSER = 300;

/**
 * The address with the reader's browser (navigator.userAgent) on its browser line, as often as it is called:
 * only that line changes. Control characters are dropped, so the text cannot add lines to the issue.
 */
export function withBrowser(href: string, userAgent: string): string {
  const url = new URL(href);
  const body = url.searchParams.get('body');
  if (body === null) return href;
  const browser = userAgent.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').trim().slice(0, MAX_BROWSER) || 'unknown';
  url.searchParams.set('body', body.replace(/^Browser: .*$/m, `Browser: ${browser}`));
  return url.href;
}
