import { encodeValues } from '../../src/parameters/url';
import { doneSteps, findRun, nextStep, type ProgressRun, parseDone, progressLink, progressText, PROGRESS_KEY, readRuns, saveRun, valuesKey, withoutDone } from '../../src/procedure/progress';
import { MEMORY_KEY } from '../parameter-form/memory';
import { copyLinkText } from '../copy-link';
import { withShell } from '../../src/parameters/url-codec';

/** The parameter form element (ParameterForm.astro) as this code uses it. */
interface ReviewingForm extends HTMLElement {
  confirmLinkValues?: () => Promise<boolean>;
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The sidebar's " 3/7" beside a guide ("3/7 steps done" to a screen reader). */
function navProgress(done: number, total: number): HTMLElement {
  const badge = Object.assign(document.createElement('small'), { className: 'nav-progress', textContent: ` ${done}/${total}` });
  badge.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ' steps done' }));
  return badge;
}

/** Writes " 3/7" beside each guide of the sidebar with progress: its most recent run. */
export function showSidebarProgress(): void {
  const latest = new Map<string, ProgressRun>();
  for (const run of readRuns(readStorage(PROGRESS_KEY))) if (!latest.has(run.g)) latest.set(run.g, run);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#site-nav a')) {
    const run = latest.get(link.pathname.slice('/guides/'.length, -1));
    if (run) link.append(navProgress(run.d.length, run.n));
  }
}

/**
 * Drives a guide's step progress once the reader ticks a step (or the link or this browser holds progress):
 * counts, marks the next step, keeps one run per set of values (the form's `parameter-values` event
 * says which), copies a link with progress and starts over.
 */
export function enhanceStepProgress(root: HTMLElement): void {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input.step-done')];
  // The address the page opened with: the parameter form rewrites the query string when it loads.
  const opened = performance.getEntriesByType('navigation')[0]?.name;
  const search = opened ? new URL(opened).search : location.search;
  const guide = root.dataset['guide'] ?? '';
  const total = boxes.length;
  // Each step's stable id (components/Step.astro's anchor in the item), in the guide's order.
  const ids = boxes.map((box) => box.closest('li')?.querySelector('.step-anchor')?.id ?? '');
  const aliases = JSON.parse(root.dataset['aliases'] ?? '{}') as Record<string, string>;
  const form = document.querySelector<ReviewingForm>('guide-parameters');
  const count = root.querySelector('.step-progress-count')!;
  const message = root.querySelector('.step-progress-message')!;
  const navLink = document.querySelector<HTMLAnchorElement>(`#site-nav a[href="/guides/${guide}/"]`);
  let values: Record<string, string> = {};
  let key: string | undefined;
  const done = new Set<string>();
  // The link's progress applies once, to the run of the link's values.
  let fromLink = parseDone(search, ids, aliases);
  /** The steps done, in the guide's order. */
  const doneInOrder = (): string[] => ids.filter((id) => done.has(id));

  const save = (): void => {
    if (key === undefined) return;
    try {
      const runs = saveRun(readRuns(readStorage(PROGRESS_KEY)), { g: guide, k: key, d: doneInOrder(), n: total });
      // No key at all when nothing is done anywhere: the sidebar then reads nothing.
      if (runs.length === 0) localStorage.removeItem(PROGRESS_KEY);
      else localStorage.setItem(PROGRESS_KEY, JSON.stringify(runs));
    } catch {
      // Storage can be disabled or full: the progress still works on this page and in its link.
    }
  };

  const render = (): void => {
    const steps = doneInOrder();
    const next = nextStep(steps, ids);
    count.textContent = progressText(steps.length, total);
    boxes.forEach((box, index) => {
      const step = box.closest('li')!;
      box.checked = done.has(ids[index]!);
      step.querySelector('.step-here')?.remove();
      if (ids[index] === next) {
        step.setAttribute('aria-current', 'step');
        const badge = document.createElement('span');
        badge.className = 'step-here screen-only';
        badge.textContent = 'You are here';
        box.after(badge);
      } else {
        step.removeAttribute('aria-current');
      }
    });
    // The sidebar (SiteNav.astro) shows the same count beside this guide.
    navLink?.querySelector('.nav-progress')?.remove();
    if (navLink && steps.length > 0) navLink.append(navProgress(steps.length, total));
  };

  /** Shows the run of the current values: the link's progress first, else the stored one, with any tick made meanwhile. */
  const switchTo = (next: Record<string, string>): void => {
    values = next;
    const nextKey = valuesKey(next);
    if (nextKey === key) return;
    const ticked = key === undefined ? boxes.flatMap((box, index) => (box.checked ? [ids[index]!] : [])) : [];
    key = nextKey;
    done.clear();
    // A stored run may name steps by ids the guide has since renamed: its aliases say which step they are now.
    for (const step of fromLink ?? doneSteps(findRun(readRuns(readStorage(PROGRESS_KEY)), guide, key)?.d ?? [], ids, aliases)) done.add(step);
    for (const step of ticked) done.add(step);
    if (fromLink) history.replaceState(history.state, '', location.pathname + withoutDone(location.search) + location.hash);
    fromLink = undefined;
    save();
    render();
    // Shown once there is progress for this guide: this code also loads for the sidebar's counts alone.
    if (done.size > 0) root.hidden = false;
  };

  document.addEventListener('parameter-values', (event) => switchTo((event as CustomEvent<Record<string, string>>).detail));
  // Until the form's code says otherwise, the values are what its fields show (the examples before it loads);
  // when the link or memory holds values the form's code is loading already: wait for its word.
  const formLoading = form && !form.classList.contains('is-enhanced') && (search !== '' || readStorage(MEMORY_KEY) !== null);
  if (!formLoading) switchTo(Object.fromEntries([...(form?.querySelectorAll<HTMLInputElement>('input[name]') ?? [])].map((input) => [input.name, input.value])));

  boxes.forEach((box, index) =>
    box.addEventListener('change', () => {
      if (key === undefined) return;
      if (box.checked) done.add(ids[index]!);
      else done.delete(ids[index]!);
      save();
      render();
      root.hidden = false;
    }),
  );

  root.querySelector('[data-action="copy-progress"]')!.addEventListener('click', async () => {
    // The same review as the form's Copy link: a link's values are handed on only once the reader checked them.
    if (form && !(await (form.confirmLinkValues?.() ?? Promise.resolve(false)))) {
      message.textContent = 'Nothing was copied: check the values from the link first.';
      return;
    }
    const url = new URL(withShell(progressLink(location.pathname, encodeValues(values), doneInOrder()), document.documentElement.dataset['shell']), location.origin).href;
    await copyLinkText(url, 'Link copied: it opens this guide with your values and the steps you have done.', (words) => {
      message.textContent = words;
    });
  });
  root.querySelector('[data-action="start-over"]')!.addEventListener('click', () => {
    done.clear();
    save();
    render();
    message.textContent = 'Started over: no step is marked done.';
  });
}

let started = false;

/**
 * Starts step progress on this page once: the sidebar's counts and, on a guide with steps, its progress.
 * SiteNav.astro calls it when this browser holds progress, StepProgress.astro with the first tick or a
 * link's done=: whichever comes second does nothing.
 */
export function startProgress(): void {
  if (started) return;
  started = true;
  showSidebarProgress();
  const root = document.querySelector('step-progress');
  if (root instanceof HTMLElement) enhanceStepProgress(root);
}
