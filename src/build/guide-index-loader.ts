import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { frontmatterOf, guideIdOf } from './guide-index';

/**
 * An Astro content loader for the guide index (src/build/guide-index.ts): every guide's frontmatter,
 * stored as data only. Unlike the glob loader it gives the entries no module to render, so no MDX of
 * this collection reaches the bundle.
 */
export function guideIndexLoader(base: string): Loader {
  const sync = async ({ store, parseData }: Pick<LoaderContext, 'store' | 'parseData'>): Promise<void> => {
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
  };
  return {
    name: 'guides:guide-index',
    load: async (context) => {
      await sync(context);
      // The dev server: a guide added, renamed or retitled shows in the navigation without a restart.
      const folder = resolve(base);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(folder) && path.endsWith('.mdx')) sync(context).catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}
