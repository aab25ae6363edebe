import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, copySite, projectRoot, type BuildResult } from '../../support/build-site';
import { serveStatic } from './server';
import { distDir } from './site';
import { SECOND_DEPLOYMENT, type SecondDeployment } from './second-deployment';

declare module 'vitest' {
  interface ProvidedContext {
    baseURL: string;
    /** The social-image cache after the first build: file name -> modification time (empty when SKIP_BUILD kept an old dist). */
    socialCacheAfterFirstBuild: Record<string, number>;
  }
}

/**
 * Two builds for every test of the built site, no more:
 * 1. the README's build of the project (search index, service worker), with an empty social-image cache: the
 *    cold build, served on loopback for the browser tests;
 * 2. started at once in the background and awaited only by the tests that need it (through the server's
 *    /__second-deployment, which answers when the build is over: an event, not a poll): a second deployment, from
 *    a copy with one guide retitled and one style changed, at another address (SITE_URL), reusing the first
 *    build's social-image cache (so it is the warm build).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const socialCache = mkdtempSync(join(tmpdir(), 'guides-social-cache-'));
  const firstBuilt = !(process.env['SKIP_BUILD'] === '1' && existsSync(distDir));
  if (firstBuilt) {
    const build = await buildSite(projectRoot, { SOCIAL_IMAGE_CACHE: socialCache });
    if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  }
  const cacheAfterFirst = Object.fromEntries(readdirSync(socialCache).map((file) => [file, statSync(join(socialCache, file)).mtimeMs]));

  const guide = join(projectRoot, 'content', 'guides', SECOND_DEPLOYMENT.guideFile);
  const css = join(projectRoot, 'src', 'styles', 'global.css');
  const edits = {
    [`content/guides/${SECOND_DEPLOYMENT.guideFile}`]: readFileSync(guide, 'utf8').replace(`title: "${SECOND_DEPLOYMENT.oldTitle}"`, `title: "${SECOND_DEPLOYMENT.newTitle}"`),
    'src/styles/global.css': `${readFileSync(css, 'utf8')}\n${SECOND_DEPLOYMENT.addedStyle}\n`,
  };
  const edited = copySite({ content: 'all', files: edits });
  const second: Promise<BuildResult> = buildSite(edited.dir, { SITE_URL: SECOND_DEPLOYMENT.siteURL, SOCIAL_IMAGE_CACHE: socialCache, SKIP_SEARCH_INDEX: '1' });

  const { server, url } = await serveStatic(distDir, {
    '/__second-deployment': async () => {
      const result = await second;
      const answer: SecondDeployment = { dir: edited.dir, dist: join(edited.dir, 'dist'), status: result.status, output: result.output, socialCache };
      return JSON.stringify(answer);
    },
  });
  project.provide('baseURL', url);
  project.provide('socialCacheAfterFirstBuild', firstBuilt ? cacheAfterFirst : {});
  return async () => {
    await second;
    // Keep-alive connections (the tests' fetch, Chromium) would hold close() open.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    edited.remove();
    rmSync(socialCache, { recursive: true, force: true });
  };
}
