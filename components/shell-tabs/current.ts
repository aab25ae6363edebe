import { isShell, type Shell } from '../../src/procedure/shell-choice';

/** The event the tabs send on <document> when the reader chooses another shell. */
export const SHELL_CHANGE = 'shell-choice';

/** The reader's shell tab choice on this page, if any (the inline head script set it from the link or memory). */
export const currentShell = (): Shell | undefined => {
  const value = document.documentElement.dataset['shell'];
  return isShell(value) ? value : undefined;
};
