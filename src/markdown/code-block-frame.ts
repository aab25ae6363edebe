import type { ShikiTransformer } from 'shiki';
import type { Element, ElementContent } from 'hast';
import { codeRun, languageLabel, parseCodeMeta, RUN_LABELS } from './code-meta';

/**
 * Wraps each highlighted block in a figure with a caption (title, where it runs, shell name) and a copy
 * button; the button stays hidden until the copy-button element's script enables it.
 */
export function transformerCodeBlockFrame(): ShikiTransformer {
  return {
    name: 'guides:code-block-frame',
    root(root) {
      const pre = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'pre');
      if (!pre) return;
      const language = this.options.lang;
      const { title } = parseCodeMeta(this.options.meta?.__raw);
      const run = codeRun(this.options.meta?.__raw);
      const caption: ElementContent[] = [];
      if (title) caption.push(span('code-title', title));
      if (run) caption.push(span('code-run', RUN_LABELS[run]));
      caption.push(span('code-language', languageLabel(language)));
      caption.push({
        type: 'element',
        tagName: 'copy-button',
        // Not guide text: indexed, its "Copy" was glued to the block's first word ("Copynetsh").
        properties: { dataPagefindIgnore: '' },
        children: [
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['copy-code'], hidden: true },
            children: [{ type: 'text', value: 'Copy' }],
          },
        ],
      });
      // Pagefind joins a figcaption's last word to the code's first ("Promptnetsh") without a space between them.
      caption.push({ type: 'text', value: ' ' });
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['code-block'], dataLanguage: language, ...(run ? { dataRun: run } : {}) },
        children: [{ type: 'element', tagName: 'figcaption', properties: {}, children: caption }, pre],
      };
      root.children = root.children.map((node) => (node === pre ? figure : node));
    },
  };
}

function span(className: string, text: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: [className] }, children: [{ type: 'text', value: text }] };
}
