import { ParameterPage } from '../../src/parameters/page-state';
import { placeValue, type QuotingContext } from '../../src/parameters/quoting';
import { MEMORY_KEY } from './memory';

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

/**
 * Drives a guide's parameter form once the reader needs it: fills the fields and every code
 * block from the link, memory or examples, and keeps code, link and memory in step with typing.
 */
export function enhanceParameterForm(root: HTMLElement): void {
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

  const state = new ParameterPage([...inputs.keys()], location.search, readMemory());
  const status = (message: string): void => {
    $('.parameters-status').textContent = message;
  };
  const updateLink = (): void => history.replaceState(history.state, '', state.href(location.pathname, location.hash));

  // The words for a wrong value load with the first wrong value.
  let messages: typeof import('../../src/parameters/problem-messages') | undefined;
  let loadingMessages = false;

  /** Puts every value into its spans and fields; a value that is invalid, or cannot be placed safely, never reaches the code. */
  const render = (): void => {
    const view = state.view();
    for (const [name, entry] of Object.entries(view)) {
      for (const span of spans.get(name) ?? []) {
        const placed = entry.valid ? placeValue(entry.value, (span.dataset['context'] ?? 'text') as QuotingContext) : undefined;
        if (placed && !placed.ok) Object.assign(entry, { valid: false, problem: placed.problem });
        span.textContent = placed?.ok ? placed.text : `<${name}: invalid>`;
        span.classList.toggle('param-invalid', !placed?.ok);
      }
      const output = outputs.get(name);
      if (output) output.textContent = entry.valid ? entry.value : 'needs a valid value above';
      const input = inputs.get(name);
      if (!input) continue;
      const field = input.closest<HTMLElement>('.field')!;
      input.setAttribute('aria-invalid', String(!entry.valid));
      field.querySelector('.field-error')!.textContent = entry.problem && messages ? messages.fieldMessage(entry.problem, input.defaultValue) : '';
      field.querySelector<HTMLElement>('.field-source')!.hidden = !entry.fromLink;
      field.classList.toggle('is-from-link', entry.fromLink);
    }
    const fromLink = Object.entries(view).filter(([, entry]) => entry.fromLink).map(([name]) => name);
    $<HTMLElement>('.link-notice').hidden = fromLink.length === 0;
    $('.link-notice-names').textContent = fromLink.map((name) => root.querySelector(`label[for="param-${name}"]`)?.textContent ?? name).join(', ');
    const invalid = Object.values(view).some((entry) => !entry.valid);
    document.documentElement.classList.toggle('has-invalid-values', invalid);
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
  $('.link-notice-accept').addEventListener('click', () => {
    state.acceptLinkValues();
    writeMemory(state.remembered(readMemory()));
    render();
  });
  $('[data-action="copy-link"]').addEventListener('click', async () => {
    const url = new URL(state.href(location.pathname, ''), location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      status('Link copied: it opens this page with your values.');
    } catch {
      status(`Copy this link: ${url}`);
    }
  });
  $('[data-action="download"]').addEventListener('click', () => {
    if (document.documentElement.classList.contains('has-invalid-values')) status('Fix the values marked invalid first.');
    else void import('./download').then(({ downloadScript }) => status(downloadScript(root)));
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
}
