import { ParameterPage, type PageParameters } from '../../src/parameters/page-state';
import type { ParameterType } from '../../src/parameters/types';
import { checkValue, type Validator } from '../../src/parameters/validation';
import { placeValue, type QuotingContext } from '../../src/parameters/quoting';
import { MEMORY_KEY } from './memory';
import type { FormContext } from './actions';
import { updatePrintValues } from './print-values';
import { SHELL_CHANGE, withShell } from '../../src/parameters/url-codec';

/** What the page's other elements (the copy buttons) may ask of the form once its code is there. */
export interface ParameterFormControl {
  /** Resolves true at once when no value awaits review, else asks the reader to review the link's values. */
  confirmLinkValues(): Promise<boolean>;
}

const LINK_MARK = 'from the link, not checked yet';

function readMemory(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(MEMORY_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

function writeMemory(values: Record<string, string>): void {
  try {
    if (Object.keys(values).length === 0) localStorage.removeItem(MEMORY_KEY);
    else localStorage.setItem(MEMORY_KEY, JSON.stringify(values));
  } catch {
    // Storage can be disabled: the values still work on this page and in its link.
  }
}

/** The checks the page's parameters need: the validator families it loaded (src/parameters/validators/). */
export interface PageChecks {
  validators: Partial<Record<ParameterType, Validator>>;
  /** From the network family, on a page with derived addresses. */
  addressInPrefix?: ((prefix: string | undefined, id: number) => string | undefined) | undefined;
}

/**
 * The page's parameters as its HTML states them (components/ParameterForm.astro writes each input's type,
 * example and typedOnly, and each derived value's source), with the loaded checks. A parameter the page
 * cannot check is a build defect: it stops here rather than show unchecked values in commands.
 */
function parametersOfPage(root: HTMLElement, checks: PageChecks): PageParameters {
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input[name]')].map((input) => {
    const validator = checks.validators[input.dataset['type'] as ParameterType];
    if (!validator) throw new Error(`No validator loaded for ${input.name} (${input.dataset['type'] ?? 'no type'})`);
    return { name: input.name, example: input.dataset['example'] ?? '', typedOnly: input.hasAttribute('data-typed-only'), check: (raw: string) => checkValue(validator, raw) };
  });
  const derived = [...root.querySelectorAll<HTMLOutputElement>('output[data-derived]')].map((output) => {
    const { addressInPrefix } = checks;
    const from = output.dataset['from'] ?? '';
    const id = Number(output.dataset['addressId']);
    if (!addressInPrefix) throw new Error(`No deriver loaded for ${output.dataset['derived'] ?? ''}`);
    return { name: output.dataset['derived'] ?? '', from: [from], derive: (values: Readonly<Record<string, string>>) => addressInPrefix(values[from], id) };
  });
  return { inputs, derived };
}

/**
 * Drives a guide's parameter form once the reader needs it: fills the fields and every code
 * block from the link, memory or examples, and keeps code, link and memory in step with typing.
 * Values from a link reach a clipboard or a file only after the reader reviews them.
 */
export function enhanceParameterForm(root: HTMLElement, checks: PageChecks): ParameterFormControl {
  const $ = <T extends Element>(selector: string): T => root.querySelector<T>(selector)!;
  const inputs = new Map<string, HTMLInputElement>();
  const spans = new Map<string, HTMLElement[]>();
  const outputs = new Map<string, HTMLOutputElement>();
  for (const input of root.querySelectorAll<HTMLInputElement>('input[name]')) inputs.set(input.name, input);
  for (const span of document.querySelectorAll<HTMLElement>('span[data-param]')) {
    const name = span.dataset['param'] ?? '';
    spans.set(name, [...(spans.get(name) ?? []), span]);
  }
  for (const output of root.querySelectorAll<HTMLOutputElement>('output[data-derived]')) outputs.set(output.dataset['derived'] ?? '', output);

  const state = new ParameterPage(parametersOfPage(root, checks), location.search, readMemory());
  const status = (message: string): void => {
    $('.parameters-status').textContent = message;
  };
  /** The page's link with the reader's values and shell tab choice. */
  const href = (hash: string): string => withShell(state.href(location.pathname, hash), document.documentElement.dataset['shell']);
  const updateLink = (): void => history.replaceState(history.state, '', href(location.hash));

  // The words for a wrong value load with the first wrong value.
  let messages: typeof import('../../src/parameters/problem-messages') | undefined;
  let loadingMessages = false;

  /** Puts every value into its spans and fields; a value that is invalid, or cannot be placed safely, never reaches the code. */
  const render = (): void => {
    const view = state.view();
    for (const [name, entry] of Object.entries(view)) {
      const own = spans.get(name) ?? [];
      const placements = own.map((span) => (entry.valid ? placeValue(entry.value, (span.dataset['context'] ?? 'text') as QuotingContext) : undefined));
      // A value that cannot be placed in one of its spans is invalid in all of them, never half shown.
      const refused = placements.find((placed) => placed && !placed.ok);
      if (refused && !refused.ok) Object.assign(entry, { valid: false, problem: refused.problem });
      own.forEach((span, index) => {
        const placed = entry.valid ? placements[index] : undefined;
        span.textContent = placed?.ok ? placed.text : `<${name}: invalid>`;
        span.classList.toggle('param-invalid', !placed?.ok);
        // Marked in the code itself, for a reader who lands below the notice (#steps).
        const marked = entry.fromLink && placed?.ok === true;
        span.classList.toggle('param-from-link', marked);
        if (marked) span.setAttribute('aria-description', LINK_MARK);
        else span.removeAttribute('aria-description');
      });
      const output = outputs.get(name);
      if (output) output.textContent = entry.valid ? entry.value : 'needs a valid value above';
      const input = inputs.get(name);
      if (!input) continue;
      const field = input.closest<HTMLElement>('.field')!;
      input.setAttribute('aria-invalid', String(!entry.valid));
      field.querySelector('.field-error')!.textContent = entry.problem && messages ? messages.fieldMessage(entry.problem, input.defaultValue) : '';
      const source = field.querySelector<HTMLElement>('.field-source')!;
      source.textContent = entry.fromLink ? 'From the link: check it.' : entry.fromMemory ? 'From your last visit.' : '';
      source.hidden = source.textContent === '';
      field.classList.toggle('is-from-link', entry.fromLink);
    }
    const fromLink = Object.entries(view).filter(([, entry]) => entry.fromLink).map(([name]) => name);
    $<HTMLElement>('.link-notice').hidden = fromLink.length === 0;
    $('.link-notice-names').textContent = fromLink.map((name) => root.querySelector(`label[for="param-${name}"]`)?.textContent ?? name).join(', ');
    updatePrintValues(view, new URL(href(''), location.origin).href);
    const invalid = Object.values(view).some((entry) => !entry.valid);
    document.documentElement.classList.toggle('has-invalid-values', invalid);
    // Step progress (components/step-progress) keeps one run per set of values.
    root.dispatchEvent(new CustomEvent('parameter-values', { bubbles: true, detail: Object.fromEntries([...inputs.keys()].map((name) => [name, state.raw(name)])) }));
    if (invalid && !messages && !loadingMessages) {
      loadingMessages = true;
      void import('../../src/parameters/problem-messages').then((module) => {
        messages = module;
        render();
      });
    }
  };

  const typed = (name: string, value: string): void => {
    state.type(name, value);
    writeMemory(state.remembered(readMemory()));
  };

  let typedEarly = false;
  for (const [name, input] of inputs) {
    // What the reader typed while this module loaded is theirs; the other fields take the link's or memory's values.
    if (input.value !== input.defaultValue) {
      typed(name, input.value);
      typedEarly = true;
    } else {
      input.value = state.raw(name);
    }
    input.addEventListener('input', () => {
      typed(name, input.value);
      render();
      updateLink();
    });
  }
  const acceptLinkValues = (): void => {
    state.acceptLinkValues();
    writeMemory(state.remembered(readMemory()));
    render();
  };
  $('.link-notice-accept').addEventListener('click', acceptLinkValues);

  const form: FormContext = { root, state, inputs, acceptLinkValues, status, href };
  // The printed link carries the shell the reader chose, as the page's link does.
  document.addEventListener(SHELL_CHANGE, () => updatePrintValues(state.view(), new URL(href(''), location.origin).href));
  const actions = (): Promise<typeof import('./actions')> => import('./actions');
  const confirmLinkValues = async (): Promise<boolean> =>
    Object.values(state.view()).some((entry) => entry.fromLink) ? (await actions()).confirmLinkValues(form) : true;
  const later = (run: (module: typeof import('./actions')) => Promise<void>): void =>
    void actions().then(run, () => status('This button could not load. Check your connection and reload the page.'));

  $('[data-action="copy-link"]').addEventListener('click', () => later((module) => module.copyLink(form)));
  $('[data-action="download"]').addEventListener('click', () => {
    if (document.documentElement.classList.contains('has-invalid-values')) status('Fix the values marked invalid first.');
    else later((module) => module.download(form));
  });
  $('[data-action="reset"]').addEventListener('click', () => {
    state.reset();
    for (const [name, input] of inputs) input.value = state.raw(name);
    writeMemory(state.remembered(readMemory()));
    render();
    updateLink();
    status('Back to the example values.');
  });
  $('[data-action="forget"]').addEventListener('click', () => {
    writeMemory({});
    status('Your remembered values are forgotten on this browser. The values on this page stay until you leave it.');
  });
  render();
  if (typedEarly || location.search) updateLink();
  root.classList.add('is-enhanced');
  return { confirmLinkValues };
}
