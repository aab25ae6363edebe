/**
 * Step progress on a guide's Steps list: which steps the reader has done, per guide and per set of
 * values (a run for OU=Sales is not one for OU=Finance), kept in one bounded localStorage entry and
 * carried by a link as `done=load-module.grant-ou-permissions`. Steps are named by their stable ids
 * (src/guides/step-ids.ts), so progress survives steps being reworded, added or reordered; an old id reaches
 * its step through the guide's aliases. No DOM: components/step-progress/controller.ts drives it.
 */
import { isStepId, resolveStepId, type StepAliases } from '../guides/step-ids';

export { PROGRESS_KEY } from './progress-key';

/** How many runs the browser keeps: the oldest go first. */
export const MAX_RUNS = 50;

/** One run of a guide: the steps done with one set of values. Short names keep the stored entry small. */
export interface ProgressRun {
  /** The guide's id ("group/slug"), as in its path. */
  g: string;
  /** valuesKey() of the values the run was done with. */
  k: string;
  /** The ids of the steps done, in the guide's order when saved (ids of an older page may since be aliases). */
  d: string[];
  /** How many steps the guide has. */
  n: number;
}

/** A short stable key of a set of values: FNV-1a of the sorted name=value pairs, in base 36. */
export function valuesKey(values: Readonly<Record<string, string>>): string {
  const text = Object.keys(values)
    .sort()
    .map((name) => `${name}=${values[name] ?? ''}`)
    .join('\n');
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

// Progress stored by step numbers (before step ids) is not read: a number no longer says which step it was.
const isStepList = (value: unknown, total: number): value is string[] =>
  Array.isArray(value) && value.length <= total && value.every((step) => typeof step === 'string' && isStepId(step));

/** The runs in a stored entry; anything malformed is dropped, never thrown (storage is shared with other code). */
export function readRuns(stored: string | null): ProgressRun[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((run: unknown): run is ProgressRun => {
      if (!run || typeof run !== 'object') return false;
      const { g, k, d, n } = run as Record<string, unknown>;
      return typeof g === 'string' && typeof k === 'string' && typeof n === 'number' && Number.isInteger(n) && n > 0 && isStepList(d, n);
    })
    .slice(0, MAX_RUNS);
}

/** The run of this guide with these values, if the reader has one. */
export function findRun(runs: readonly ProgressRun[], guide: string, key: string): ProgressRun | undefined {
  return runs.find((run) => run.g === guide && run.k === key);
}

/** The runs after saving one: it becomes the most recent; a run with nothing done is removed; at most MAX_RUNS. */
export function saveRun(runs: readonly ProgressRun[], run: ProgressRun): ProgressRun[] {
  const others = runs.filter((other) => other.g !== run.g || other.k !== run.k);
  const done = [...new Set(run.d)].filter(isStepId).slice(0, run.n);
  return (done.length > 0 ? [{ ...run, d: done }, ...others] : others).slice(0, MAX_RUNS);
}

/** The steps of `ids` (in the guide's order) that `done` names, by their current id or an alias. */
export function doneSteps(done: readonly string[], ids: readonly string[], aliases: StepAliases): string[] {
  const current = new Set(done.map((id) => resolveStepId(id, ids, aliases)));
  return ids.filter((id) => current.has(id));
}

/** "3 of 7 steps done". */
export function progressText(done: number, total: number): string {
  return `${done} of ${total} ${total === 1 ? 'step' : 'steps'} done`;
}

/** The first step (by id, in the guide's order) not done, or undefined when every step is done. */
export function nextStep(done: readonly string[], ids: readonly string[]): string | undefined {
  return ids.find((id) => !done.includes(id));
}

/**
 * The steps done according to a query string's `done=load-module.grant-ou-permissions`, in the guide's
 * order. Untrusted: only the guide's step ids or its aliases count; anything else is ignored. Undefined without `done=`.
 */
export function parseDone(search: string, ids: readonly string[], aliases: StepAliases): string[] | undefined {
  const pair = search
    .replace(/^\?/, '')
    .split('&')
    .find((part) => part.startsWith('done='));
  if (pair === undefined) return undefined;
  return doneSteps(pair.slice('done='.length).split('.'), ids, aliases);
}

/** The query string without its `done=` pair ("" when nothing is left), so a reload does not apply the link's progress again. */
export function withoutDone(search: string): string {
  const rest = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('done='));
  return rest.length > 0 ? `?${rest.join('&')}` : '';
}

/** A link to a guide with the reader's values (`valuesQuery`, from encodeValues in src/parameters/url.ts) and the steps done. */
export function progressLink(path: string, valuesQuery: string, done: readonly string[]): string {
  if (done.length === 0) return path + valuesQuery;
  // Step ids need no escaping in a query string: lower-case letters, digits and hyphens.
  return `${path}${valuesQuery === '' ? '?' : `${valuesQuery}&`}done=${done.join('.')}`;
}
