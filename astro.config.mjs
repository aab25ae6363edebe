// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { transformerCodeBlockFrame } from './src/markdown/code-block-frame.ts';
import { transformerPlaceholders } from './src/markdown/placeholder-spans.ts';
import { placeholderCheck } from './src/markdown/placeholder-check.ts';
import { stepIdCheck } from './src/markdown/step-id-check.ts';
import { pagefindIndex } from './src/search/pagefind-integration.ts';
import { siteSitemap } from './src/metadata/sitemap-integration.ts';
import { socialImages } from './src/metadata/social-images-integration.ts';
import { serviceWorker } from './src/offline/service-worker-integration.ts';
import { leanPreloadHelper } from './src/bundle/lean-preload.ts';
import { guideReport } from './src/guides/report-integration.ts';
import { currentShard } from './src/build/shard-env.ts';
import { markdownTwins } from './src/markdown-twin/integration.ts';

// GUIDES_SHARD=2/4 (scripts/build.ts): this build renders one shard of the guides, into its own folders;
// the merge then writes the social images, sitemap, search index and service worker for the whole site.
const shard = currentShard();

export default defineConfig({
  // The one place the site's address is set (a deployment sets SITE_URL): canonical URLs, previews, sitemap, feed.
  site: process.env.SITE_URL || 'https://guides.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(shard ? { outDir: process.env.GUIDES_SHARD_OUT || `./dist-shards/${shard.index}`, cacheDir: `./node_modules/.astro-shards/${shard.index}` } : {}),
  // The service worker last: it precaches what the other steps wrote.
  // markdownTwins: the merge checks the twins and writes llms-full.txt (scripts/build.ts).
  // guideReport: the whole site's staleness and unconfirmed claims (a sharded build reports them at the merge).
  integrations: [mdx({ optimize: true }), guideReport({ inShard: shard !== undefined }), ...siteSitemap(), ...(shard ? [serviceWorker({ writeWorker: false })] : [markdownTwins(), socialImages(), pagefindIndex(), serviceWorker()])],
  vite: {
    plugins: [placeholderCheck(), stepIdCheck(), leanPreloadHelper()],
    build: {
      rolldownOptions: {
        // Astro marks every MDX entry "use astro:head-inject" and rolldown warns about each one
        // (withastro/astro#18087): a thousand guides would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
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
