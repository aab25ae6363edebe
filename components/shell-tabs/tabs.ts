import { isShell, SHELL_CHANGE, shownShell, withShell, type Shell } from '../../src/parameters/url-codec';
import { SHELL_KEY } from '../../src/procedure/shell-choice';

/** The reader's choice on this page, if any (the inline head script set it from the link or memory). */
const currentShell = (): Shell | undefined => {
  const value = document.documentElement.dataset['shell'];
  return isShell(value) ? value : undefined;
};

/**
 * The shell tabs of a page (components/ShellTabs.astro), on the WAI-ARIA tabs pattern: a tablist of two
 * tabs, arrow keys, Home and End move and select (automatic activation), one tab stop. The choice lives on
 * <html data-shell> (CSS shows that tab's panel in every group, on screen and in print), in this browser's
 * memory and in the page's link, so every group of every guide shows the same way.
 */

/** Shows `shell` in every group and puts it in the page's link; `remember`: in this browser's memory too. */
function show(shell: Shell, remember: boolean): void {
  document.documentElement.dataset['shell'] = shell;
  if (remember) {
    try {
      localStorage.setItem(SHELL_KEY, shell);
    } catch {
      // Storage can be disabled: the choice still holds on this page and in its link.
    }
  }
  history.replaceState(history.state, '', withShell(location.pathname + location.search + location.hash, shell));
  document.dispatchEvent(new Event(SHELL_CHANGE));
}

const choose = (shell: Shell): void => show(shell, true);

let groups = 0;

export function enhanceShellTabs(root: HTMLElement): void {
  const list = root.querySelector<HTMLElement>(':scope > .shell-tablist');
  const tabs = [...(list?.querySelectorAll<HTMLButtonElement>('button[data-shell]') ?? [])];
  const panels = [...root.querySelectorAll<HTMLElement>(':scope > .shell-panel')];
  if (!list || tabs.length === 0) return;
  const id = `shell-tabs-${++groups}`;
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', 'Shell');
  for (const tab of tabs) {
    const shell = tab.dataset['shell'] ?? '';
    const panel = panels.find((candidate) => candidate.dataset['shell'] === shell);
    tab.id = `${id}-${shell}-tab`;
    tab.setAttribute('role', 'tab');
    if (panel) {
      panel.id = `${id}-${shell}`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      // Its first content is the "Applies to" line, which takes no focus: the panel does (APG).
      panel.tabIndex = 0;
      tab.setAttribute('aria-controls', panel.id);
    }
    tab.addEventListener('click', () => choose(shownShell(shell)));
  }
  list.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    if (!Object.hasOwn(moves, event.key)) return;
    const next = moves[event.key]!;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    tab.focus();
    choose(shownShell(tab.dataset['shell']));
  });
  const render = (): void => {
    const shown = shownShell(currentShell());
    for (const tab of tabs) {
      const selected = tab.dataset['shell'] === shown;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
  };
  document.addEventListener(SHELL_CHANGE, render);
  render();
  if (groups === 1) {
    // Another window of this site chose: follow it (one choice for every guide).
    window.addEventListener('storage', (event) => {
      if (event.key === SHELL_KEY && isShell(event.newValue) && event.newValue !== currentShell()) show(event.newValue, false);
    });
  }
}
