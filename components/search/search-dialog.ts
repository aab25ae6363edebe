import { clearOutcome, search, showOutcome, type OutcomeView } from './search-client';

export { loadSearch } from './search-client';

// The header search's combobox: loaded with the search client when the reader heads for the search,
// so a page that is only read ships only the button that opens the dialog.

const enhanced = new WeakSet<HTMLElement>();

/** Makes the search dialog's field a combobox of results (once per element); runs what was typed while this loaded. */
export function enhanceSearchDialog(root: HTMLElement): void {
  if (enhanced.has(root)) return;
  enhanced.add(root);
  const dialog = root.querySelector('dialog')!;
  const input = root.querySelector('input')!;
  const list = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const view: OutcomeView = {
    status: root.querySelector('.search-status')!,
    list,
    suggestion: root.querySelector('.search-suggestion')!,
    closest: root.querySelector('.search-closest')!,
    browse: root.querySelector('.search-browse')!,
  };
  let active = -1;
  let sequence = 0;

  const select = (index: number): void => {
    const options = [...list.querySelectorAll<HTMLElement>('[role="option"]')];
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const run = async (): Promise<void> => {
    const query = input.value;
    const own = ++sequence;
    root.querySelector<HTMLAnchorElement>('.search-page-link')!.href = `/search/?q=${encodeURIComponent(query)}`;
    if (query.trim() === '') {
      clearOutcome(view);
      input.setAttribute('aria-expanded', 'false');
      select(-1);
      return;
    }
    try {
      const outcome = await search(query);
      if (own !== sequence) return; // a newer query is on its way
      showOutcome(view, outcome, query, 'search-hit', true, (suggestion) => {
        input.value = suggestion;
        input.focus();
        void run();
      });
      // The closest guides are offered, not presented as results.
      if (outcome.found) list.removeAttribute('aria-describedby');
      else list.setAttribute('aria-describedby', 'search-closest');
      input.setAttribute('aria-expanded', String(outcome.hits.length > 0));
      select(outcome.found && outcome.hits.length > 0 ? 0 : -1);
    } catch {
      list.replaceChildren();
      view.status.textContent = 'Search is not available right now. Browse the topics or the error messages instead.';
      view.browse.hidden = false;
    }
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    const count = list.children.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      select((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      select((active - 1 + count) % count);
    } else if (event.key === 'Enter') {
      const link = list.children[active]?.querySelector('a');
      if (link) {
        event.preventDefault();
        location.href = link.href;
        dialog.close();
      }
    }
  });
  if (input.value.trim() !== '') void run();
}
