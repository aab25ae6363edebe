import type { ValueView } from '../../src/parameters/page-state';
import { valueNote } from '../../src/parameters/value-note';
import { visibleText } from '../../src/parameters/visible-text';

/** Keeps the printed table of values (PrintValues.astro) and its link in step with the form: text only, never HTML. */
export function updatePrintValues(view: Readonly<Record<string, ValueView>>, link: string): void {
  const section = document.querySelector('.print-values');
  if (!section) return;
  for (const row of section.querySelectorAll<HTMLTableRowElement>('tr[data-name]')) {
    const entry = view[row.dataset['name'] ?? ''];
    const [, value, note] = row.cells;
    if (!entry || !value || !note) continue;
    value.textContent = visibleText(entry.value);
    note.textContent = valueNote(entry, row.dataset['example']);
  }
  const anchor = section.querySelector('a')!;
  anchor.href = link;
  anchor.textContent = link;
}
