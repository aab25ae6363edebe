import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { frontmatterOf, guideIdOf } from './guide-index';

/**
 * An Astro content loader for the guide index (src/build/guide-index.ts): every guide's frontmatter,
 * stored as data only. Unlike the glob loader it gives the entries no module to render, so no MDX of
 * this collection reaches the bundle.
 */
export function guideIndexLoader(base: string): Loader {
  return {
    name: 'guides:guide-index',
    load: async ({ store, parseData }) => {
      store.clear();
      const files = readdirSync(base, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => file.split('\\').join('/'))
        .sort();
      for (const file of files) {
        const id = guideIdOf(file);
        const data = await parseData({ id, data: frontmatterOf(readFileSync(join(base, file), 'utf8'), join(base, file)), filePath: join(base, file) });
        store.set({ id, data, filePath: join(base, file) });
      }
    },
  };
}
