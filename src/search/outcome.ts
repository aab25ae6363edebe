import type { SearchOutcome } from './query';

const guides = (count: number): string => (count === 1 ? '1 guide' : `${count} guides`);

/** The reader's query as the status quotes it: one line, not too long. */
function quoted(query: string): string {
  const line = query.replace(/\s+/g, ' ').trim();
  return `\u201C${line.length > 60 ? `${line.slice(0, 59)}\u2026` : line}\u201D`;
}

/**
 * What the search says about an outcome: found guides are found; otherwise "No guide matches",
 * and the guides shown are labelled as the closest, never as results.
 */
export function outcomeStatus(outcome: SearchOutcome, query: string): string {
  if (outcome.found && outcome.forSuggestion) return `No guide matches ${quoted(query)}. Showing ${guides(outcome.hits.length)} for ${quoted(outcome.suggestion ?? '')}.`;
  if (outcome.found) {
    const left = outcome.missing.length > 0 ? ` Not on these pages: ${outcome.missing.join(', ')}.` : '';
    return `${guides(outcome.hits.length)} found.${left}`;
  }
  return `No guide matches ${quoted(query)}.`;
}

/** The label over the guides shown when none matches. */
export const CLOSEST_LABEL = 'Closest guides (they share only some of your words):';
