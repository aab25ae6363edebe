// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { transformerCodeBlockFrame } from './src/markdown/code-block-frame.ts';
import { transformerPlaceholders } from './src/markdown/placeholder-spans.ts';
import { placeholderCheck } from './src/markdown/placeholder-check.ts';
import { pagefindIndex } from './src/search/pagefind-integration.ts';

export default defineConfig({
  site: 'https://guides.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefindIndex()],
  vite: { plugins: [placeholderCheck()] },
  markdown: {
    // Smart punctuation would turn the straight quotes of error messages and inline code into typographic ones.
    processor: satteri({ features: { smartPunctuation: false } }),
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      transformers: [transformerPlaceholders(), transformerCodeBlockFrame()],
    },
  },
});
