import type { ValueView } from './page-state';

/** What a printed runbook says beside a value, so nobody runs a link's unchecked value or an example by mistake. */
export function valueNote(entry: Pick<ValueView, 'value' | 'valid' | 'fromLink'>, example: string | undefined): string {
  if (!entry.valid) return 'Not valid: the commands show it as invalid';
  if (entry.fromLink) return 'From a link, not checked yet';
  return entry.value === example ? 'Example value' : '';
}
