import type { ParameterPage } from '../../src/parameters/page-state';
import { visibleText } from '../../src/parameters/visible-text';
import { copyLinkText } from '../copy-link';

// Loaded on the first click on Copy link or Download script, or when a value from a link needs review:
// typing needs none of it, so the first touch of the form loads less.

/** What the form's core hands its buttons. */
export interface FormContext {
  root: HTMLElement;
  state: ParameterPage;
  inputs: ReadonlyMap<string, HTMLInputElement>;
  /** The reader confirmed the link's values: they become theirs. */
  acceptLinkValues(): void;
  status(message: string): void;
  /** The page's link with the reader's values and shell tab choice, and `hash`. */
  href(hash: string): string;
}

const NOT_REVIEWED = 'Nothing was handed over: check the values from the link first.';

/** Shows the link's values (as text) in a modal dialog; resolves true when the reader uses them, at once when none awaits review. */
export function confirmLinkValues(form: FormContext): Promise<boolean> {
  const { root, state, inputs } = form;
  const linked = [...inputs.keys()].map((name) => [name, state.view()[name]] as const).filter(([, entry]) => entry?.fromLink);
  if (linked.length === 0) return Promise.resolve(true);
  const dialog = root.querySelector<HTMLDialogElement>('dialog.review-dialog')!;
  dialog.querySelector('.review-values')!.replaceChildren(
    ...linked.flatMap(([name, entry]) => {
      const term = document.createElement('dt');
      term.textContent = root.querySelector(`label[for="param-${name}"]`)?.textContent ?? name;
      const value = document.createElement('dd');
      const code = document.createElement('code');
      code.textContent = visibleText(entry?.value ?? '');
      value.append(code);
      if (!entry?.valid) value.append(' (not valid: the commands show it as invalid)');
      return [term, value];
    }),
  );
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        const confirmed = dialog.returnValue === 'confirm';
        if (confirmed) form.acceptLinkValues();
        else if (dialog.returnValue === 'edit') inputs.get(linked[0]?.[0] ?? '')?.focus();
        resolve(confirmed);
      },
      { once: true },
    );
  });
}

/** Copies the link that reopens the page with the reader's values, once the link's values are reviewed. */
export async function copyLink(form: FormContext): Promise<void> {
  if (!(await confirmLinkValues(form))) return form.status(NOT_REVIEWED);
  await copyLinkText(new URL(form.href(''), location.origin).href, 'Link copied: it opens this page with your values.', form.status);
}

/** Saves the runbook script with the reader's values, once the link's values are reviewed. */
export async function download(form: FormContext): Promise<void> {
  if (!(await confirmLinkValues(form))) return form.status(NOT_REVIEWED);
  form.status(await import('./download').then(({ downloadScript }) => downloadScript(form.root)));
}
