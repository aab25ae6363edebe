import { buildGuideScript } from '../../src/procedure/script';

// Loaded on the first click on "Download script" only.

/** Saves the guide's code, as the reader sees it, as one script; gives the file name. */
export function downloadScript(root: HTMLElement): string | undefined {
  const steps = [...document.querySelectorAll<HTMLElement>('main figure.code-block')].map((figure) => ({
    language: figure.dataset['language'] ?? 'text',
    code: figure.querySelector('pre code')?.textContent ?? '',
    section: sectionOf(figure),
    label: figure.querySelector('.code-title')?.textContent ?? '',
  }));
  const script = buildGuideScript(root.dataset['slug'] ?? 'guide', root.dataset['title'] ?? '', steps);
  if (!script) return undefined;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([script.text], { type: 'text/plain' }));
  link.download = script.filename;
  link.click();
  URL.revokeObjectURL(link.href);
  return script.filename;
}

/** The heading of the section a code block belongs to, for the script's comments. */
function sectionOf(element: Element): string {
  let node: Element | null = element;
  while (node && node.parentElement?.tagName !== 'ARTICLE') node = node.parentElement;
  for (let sibling = node?.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (/^H[2-4]$/.test(sibling.tagName)) return sibling.textContent ?? '';
  }
  return '';
}
