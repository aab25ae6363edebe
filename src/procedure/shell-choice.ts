/**
 * The reader's choice of shell tab (Command Prompt or PowerShell) where a step shows both
 * (src/guides/shell-tabs.ts): one choice for every guide, remembered in this browser and carried in the
 * page's link next to the reader's values (`?lanInterface=LAN&shell=powershell`). Pure: the inline head
 * script (components/ShellChoiceScript.astro), the tabs, the form's links and the runbook all read it here.
 */

/** The tabs a step can have, in the order they show; the first is the default. */
export const SHELLS = ['cmd', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

export const DEFAULT_SHELL: Shell = 'cmd';

/** The names a reader knows, on the tabs and their headings. */
export const SHELL_LABELS: Readonly<Record<Shell, string>> = { cmd: 'Command Prompt', powershell: 'PowerShell' };

/** The query string key that carries the choice. */
export const SHELL_PARAM = 'shell';

/** The localStorage key that remembers it. */
export const SHELL_KEY = 'guide-shell';

/** Whether an untrusted value (link, storage, attribute) names a tab. */
export const isShell = (value: unknown): value is Shell => typeof value === 'string' && (SHELLS as readonly string[]).includes(value);

/** The choice a query string carries (the first `shell=` pair, exactly a known name), else undefined. */
export function shellFromSearch(search: string): Shell | undefined {
  const value = new URLSearchParams(search).get(SHELL_PARAM);
  return isShell(value) ? value : undefined;
}

/** The tab that shows: the choice when there is one, else the first tab. */
export const shownShell = (choice: unknown): Shell => (isShell(choice) ? choice : DEFAULT_SHELL);

/**
 * A site-relative link (`/guides/x/?a=1#steps`) with the choice in its query string: any `shell=` pair is
 * replaced (or dropped when there is no choice), the other pairs are kept as they are, in their order.
 */
export function withShell(href: string, shell: Shell | undefined): string {
  const hashAt = href.indexOf('#');
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const pairs = (queryAt < 0 ? '' : beforeHash.slice(queryAt + 1)).split('&').filter((pair) => pair !== '' && pair.split('=')[0] !== SHELL_PARAM);
  if (shell) pairs.push(`${SHELL_PARAM}=${shell}`);
  return `${path}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}${hash}`;
}

/**
 * The inline head script (components/ShellChoiceScript.astro): before the first paint, the link's choice
 * (which it remembers) or this browser's, marked on <html data-shell>. The same reading as shellFromSearch;
 * written small, since every page carries it (tests/unit/procedure/shell-choice.test.ts runs it).
 */
export function shellChoiceScript(): string {
  const shells = JSON.stringify(SHELLS);
  const key = JSON.stringify(SHELL_KEY);
  return `{let s=new URLSearchParams(location.search).get(${JSON.stringify(SHELL_PARAM)}),a=${shells};try{a.includes(s)?localStorage.setItem(${key},s):s=localStorage.getItem(${key})}catch{}a.includes(s)&&(document.documentElement.dataset.shell=s)}`;
}
