import type { GuideStep } from './steps';

/**
 * Stable step ids. Every step of a guide's Steps list carries an id in the MDX
 * (`1. <Step id="load-module" /> **Load the module**`); the page's anchor, `done=` progress, the
 * runbook's `-FromStep` and the printed runbook name the step by it, so rewording or reordering steps
 * breaks no bookmark. The ids once published are recorded in `content/step-ids.json` (the registry,
 * written by `npm run step-ids`); an id that leaves a guide must stay reachable through an alias in its
 * frontmatter (`stepAliases: { old-id: new-id }`), or the build stops. No DOM, no file system.
 */

/** Lower-case words joined by hyphens: safe in a URL fragment, a query value, a cmd.exe label and a PowerShell string. */
export const STEP_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MAX_STEP_ID = 60;

export const isStepId = (id: string): boolean => id.length <= MAX_STEP_ID && STEP_ID_PATTERN.test(id);

/** The published step ids of every guide ("group/slug" -> ids), as content/step-ids.json holds them. */
export type StepIdRegistry = Readonly<Record<string, readonly string[]>>;

/** Old id -> current id, from a guide's frontmatter. */
export type StepAliases = Readonly<Record<string, string>>;

/** An authoring mistake at a line of the guide's file. */
export interface StepIdProblem {
  line: number;
  message: string;
}

/**
 * What is wrong with a guide's step ids: a step without one, an id that is not lower-case words with
 * hyphens, or one used twice. `bodyStart` is the file line of the body's first line.
 */
export function stepIdProblems(steps: readonly GuideStep[], bodyStart: number): StepIdProblem[] {
  const problems: StepIdProblem[] = [];
  const seen = new Map<string, number>();
  steps.forEach((step, index) => {
    const line = bodyStart + step.line - 1;
    if (step.id === undefined) {
      problems.push({ line, message: `step ${index + 1} has no id: open the item with <Step id="a-name-for-it" /> (lower-case words and hyphens)` });
      return;
    }
    if (!isStepId(step.id)) {
      problems.push({ line, message: `step id "${step.id}" must be lower-case letters and digits in words joined by hyphens, starting with a letter, at most ${MAX_STEP_ID} characters` });
      return;
    }
    const first = seen.get(step.id);
    if (first !== undefined) problems.push({ line, message: `step id "${step.id}" is already the id of the step on line ${first}` });
    else seen.set(step.id, line);
  });
  return problems;
}

/**
 * What the registry and the aliases say is wrong: a published id the guide no longer has and no alias
 * maps, an alias to an id the guide does not have, an alias that is itself a step's id, or an alias
 * that is not an id.
 */
export function aliasProblems(ids: readonly string[], aliases: StepAliases, published: readonly string[]): string[] {
  const current = new Set(ids);
  const problems: string[] = [];
  for (const [old, target] of Object.entries(aliases)) {
    if (!isStepId(old)) problems.push(`stepAliases: "${old}" is not a step id (lower-case words joined by hyphens)`);
    else if (current.has(old)) problems.push(`stepAliases: "${old}" is the id of a step of this guide; an alias names an id the guide no longer has`);
    if (!current.has(target)) problems.push(`stepAliases: "${old}" points to "${target}", which is no step id of this guide`);
  }
  for (const id of published) {
    if (!current.has(id) && aliases[id] === undefined) {
      problems.push(`step id "${id}" was published (content/step-ids.json) and is gone: add stepAliases: { ${id}: <the id of the step that replaces it> } to the frontmatter, so that old links and progress still land`);
    }
  }
  return problems;
}

/** The current id an id from a link, a bookmark or storage stands for: itself, its alias, or undefined. */
export function resolveStepId(id: string, ids: readonly string[], aliases: StepAliases): string | undefined {
  if (ids.includes(id)) return id;
  // Own properties only: a link's "constructor" or "__proto__" is no alias.
  const target = Object.hasOwn(aliases, id) ? aliases[id] : undefined;
  return target !== undefined && ids.includes(target) ? target : undefined;
}

/**
 * The registry with a guide's current ids recorded: ids already there stay (with their aliases, they are
 * what old links hold), new ones are added after them. Keys sorted, so the file's diff shows what changed.
 */
export function recordStepIds(registry: StepIdRegistry, guide: string, ids: readonly string[]): Record<string, string[]> {
  const known = registry[guide] ?? [];
  const next: Record<string, string[]> = { ...Object.fromEntries(Object.entries(registry).map(([key, list]) => [key, [...list]])), [guide]: [...known, ...ids.filter((id) => !known.includes(id))] };
  return Object.fromEntries(Object.keys(next).sort().map((key) => [key, next[key]!]));
}

/** Reads the registry file's text; a malformed file is an authoring mistake, said plainly. */
export function parseStepIdRegistry(text: string): StepIdRegistry {
  const parsed: unknown = JSON.parse(text);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('content/step-ids.json must be an object of "group/slug": [step ids]');
  for (const [guide, ids] of Object.entries(parsed)) {
    if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string' && isStepId(id))) {
      throw new Error(`content/step-ids.json: "${guide}" must list step ids (lower-case words joined by hyphens)`);
    }
  }
  return parsed as StepIdRegistry;
}

/** Step ids and aliases that a heading of the page also has as its anchor: the link would go to one of the two. */
export function stepAnchorClashes(steps: readonly GuideStep[], aliases: StepAliases, headingIds: readonly string[]): string[] {
  const headings = new Set(headingIds);
  return [...steps.flatMap((step) => (step.id === undefined ? [] : [step.id])), ...Object.keys(aliases)]
    .filter((id) => headings.has(id))
    .map((id) => `step id "${id}" is also the anchor of a heading of this page: choose another id`);
}
