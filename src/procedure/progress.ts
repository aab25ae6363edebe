/**
 * Step progress on a guide's Steps list: which steps the reader has done, per guide and per set of
 * values (a run for OU=Sales is not one for OU=Finance), kept in one bounded localStorage entry and
 * carried by a link as `done=1.2.5`. No DOM: components/step-progress/controller.ts drives it.
 */

export { PROGRESS_KEY } from './progress-key';

/** How many runs the browser keeps: the oldest go first. */
export const MAX_RUNS = 50;

/** One run of a guide: the steps done with one set of values. Short names keep the stored entry small. */
export interface ProgressRun {
  /** The guide's id ("group/slug"), as in its path. */
  g: string;
  /** valuesKey() of the values the run was done with. */
  k: string;
  /** The step numbers done (1-based, ascending). */
  d: number[];
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

const isStepList = (value: unknown, total: number): value is number[] =>
  Array.isArray(value) && value.every((step) => Number.isInteger(step) && step >= 1 && step <= total);

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
  const done = [...new Set(run.d)].filter((step) => step >= 1 && step <= run.n).sort((a, b) => a - b);
  return (done.length > 0 ? [{ ...run, d: done }, ...others] : others).slice(0, MAX_RUNS);
}

/** "3 of 7 steps done". */
export function progressText(done: number, total: number): string {
  return `${done} of ${total} ${total === 1 ? 'step' : 'steps'} done`;
}

/** The first step not done (1-based), or undefined when every step is done. */
export function nextStep(done: readonly number[], total: number): number | undefined {
  for (let step = 1; step <= total; step++) if (!done.includes(step)) return step;
  return undefined;
}

/**
 * The steps done according to a query string's `done=1.2.5`. Untrusted: only whole step numbers
 * within 1..total count (no signs, no leading zeros); anything else is ignored. Undefined without `done=`.
 */
export function parseDone(search: string, total: number): number[] | undefined {
  const pair = search
    .replace(/^\?/, '')
    .split('&')
    .find((part) => part.startsWith('done='));
  if (pair === undefined) return undefined;
  const steps = pair
    .slice('done='.length)
    .split('.')
    .filter((part) => /^[1-9]\d{0,3}$/.test(part))
    .map(Number)
    .filter((step) => step <= total);
  return [...new Set(steps)].sort((a, b) => a - b);
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
export function progressLink(path: string, valuesQuery: string, done: readonly number[]): string {
  if (done.length === 0) return path + valuesQuery;
  return `${path}${valuesQuery === '' ? '?' : `${valuesQuery}&`}done=${[...done].sort((a, b) => a - b).join('.')}`;
}
