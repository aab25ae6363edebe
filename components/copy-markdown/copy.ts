import { fillTwin } from '../../src/markdown-twin/twin';

/** The parameter form element (ParameterForm.astro) as this code uses it. */
interface ReviewingForm extends HTMLElement {
  confirmLinkValues?: () => Promise<boolean>;
}

/**
 * Copies the guide as Markdown with the reader's values: the page's twin (same origin, placeholders only)
 * with each code block replaced by the block's code as Copy copies it. The same gates as Copy: no value
 * marked invalid, and a link's values only after the reader reviewed them.
 */
export async function copyMarkdown(root: HTMLElement): Promise<void> {
  const message = root.querySelector('.copy-markdown-message')!;
  const say = (words: string): void => {
    message.textContent = words;
  };
  const blocks = [...document.querySelectorAll('pre code')];
  if (blocks.some((code) => code.querySelector('.param-invalid'))) return say('Not copied: fix the values marked invalid first.');
  if (blocks.some((code) => code.querySelector('.param-from-link'))) {
    const form = document.querySelector<ReviewingForm>('guide-parameters');
    if (!(await (form?.confirmLinkValues?.() ?? Promise.resolve(false)))) return say('Not copied: check the values from the link first.');
  }
  try {
    const response = await fetch(root.dataset['twin'] ?? '', { credentials: 'same-origin' });
    if (!response.ok) throw new Error(String(response.status));
    // Read after the review: the values the reader confirmed are the ones copied.
    const markdown = fillTwin(await response.text(), blocks.map((code) => code.textContent ?? ''));
    if (markdown === undefined) return say('Not copied: this page and its Markdown differ. Reload the page and try again.');
    await navigator.clipboard.writeText(markdown);
    say('Copied as Markdown, with your values.');
  } catch {
    say('Not copied: the Markdown could not be read. Check your connection and try again.');
  }
}
