import { isShell, SHELL_PARAM, SHELLS, type Shell } from '../parameters/url-codec';

export { DEFAULT_SHELL, isShell, SHELL_CHANGE, SHELL_PARAM, SHELLS, shownShell, withShell, type Shell } from '../parameters/url-codec';

/**
 * The reader's choice of shell tab (Command Prompt or PowerShell) where a step shows both
 * (src/guides/shell-tabs.ts): one choice for every guide, remembered in this browser and carried in the
 * page's link next to the reader's values (`?lanInterface=LAN&shell=powershell`; the link's part is in
 * src/parameters/url-codec.ts, with the values' codec, which the form's code loads anyway). Pure: the inline head
 * script (components/ShellChoiceScript.astro), the tabs, the form's links and the runbook all read it here.
 */

/** The names a reader knows, on the tabs and their headings. */
export const SHELL_LABELS: Readonly<Record<Shell, string>> = { cmd: 'Command Prompt', powershell: 'PowerShell' };

/** The localStorage key that remembers it. */
export const SHELL_KEY = 'guide-shell';

/** The choice a query string carries (the first `shell=` pair, exactly a known name), else undefined. */
export function shellFromSearch(search: string): Shell | undefined {
  const value = new URLSearchParams(search).get(SHELL_PARAM);
  return isShell(value) ? value : undefined;
}

/**
 * The inline head script (components/ShellChoiceScript.astro): before the first paint, the link's choice
 * (which it remembers) or this browser's, marked on <html data-shell>. The same reading as shellFromSearch;
 * written small, since every page with tabs carries it (tests/unit/procedure/shell-choice.test.ts runs it).
 */
export function shellChoiceScript(): string {
  const shells = JSON.stringify(SHELLS);
  const key = JSON.stringify(SHELL_KEY);
  return `{let s=new URLSearchParams(location.search).get(${JSON.stringify(SHELL_PARAM)}),a=${shells};try{a.includes(s)?localStorage.setItem(${key},s):s=localStorage.getItem(${key})}catch{}a.includes(s)&&(document.documentElement.dataset.shell=s)}`;
}
