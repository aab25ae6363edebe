import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, copySite, projectRoot, type BuildResult } from '../../support/build-site';
import { chromiumExecutable } from './chromium';
import { serveStatic } from './server';
import { distDir } from './site-paths';
import { SECOND_DEPLOYMENT, type FirstBuild, type SecondDeployment } from './second-deployment';

declare module 'vitest' {
  interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * Two builds for every test of the built site, no more, started here and awaited by the tests through the server
 * (an answer when the build is over: an event, not a poll), so that the unit and build files run meanwhile:
 * 1. /__first-build: the README's build of the project (search index, service worker), with an empty
 *    social-image cache: the cold build, served on loopback for the browser tests (tests/browser/support/site.ts
 *    waits for it before any file reads dist/);
 * 2. /__second-deployment, started once the first is done: a copy with one guide retitled (and a step id renamed,
 *    with its alias) and one style changed, naming a repository for step reports,
 *    at another address (SITE_URL), reusing the first build's social-image cache (so it is the warm build).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The packaged Chromium unpacks itself into the temporary folder on first use: once, here, before two workers
  // race to it (one would start the other's half-written binary, which crashes).
  await chromiumExecutable();
  const socialCache = mkdtempSync(join(tmpdir(), 'guides-social-cache-'));
  const skip = process.env['SKIP_BUILD'] === '1' && existsSync(distDir);
  const first: Promise<FirstBuild> = (skip ? Promise.resolve({ status: 0, output: 'SKIP_BUILD=1: dist/ kept' }) : buildSite(projectRoot, { SOCIAL_IMAGE_CACHE: socialCache, REPORT_REPOSITORY: '' })).then(
    (result: BuildResult) => ({
      ...result,
      // The cache as the first build left it, to tell which images the second one drew (none with SKIP_BUILD).
      socialCache: skip ? {} : Object.fromEntries(readdirSync(socialCache).map((file) => [file, statSync(join(socialCache, file)).mtimeMs])),
    }),
  );

  const guide = join(projectRoot, 'content', 'guides', SECOND_DEPLOYMENT.guideFile);
  const { renamedStep } = SECOND_DEPLOYMENT;
  const css = join(projectRoot, 'src', 'styles', 'global.css');
  const edited = copySite({
    content: 'all',
    files: {
      [`content/guides/${SECOND_DEPLOYMENT.guideFile}`]: readFileSync(guide, 'utf8')
        .replace(`title: "${SECOND_DEPLOYMENT.oldTitle}"`, `title: "${SECOND_DEPLOYMENT.newTitle}"\nstepAliases: { ${renamedStep.old}: ${renamedStep.new} }`)
        .replace(`<Step id="${renamedStep.old}" />`, `<Step id="${renamedStep.new}" />`),
      'src/styles/global.css': `${readFileSync(css, 'utf8')}\n${SECOND_DEPLOYMENT.addedStyle}\n`,
    },
  });
  const second: Promise<BuildResult> = first.then(() =>
    buildSite(edited.dir, {
      SITE_URL: SECOND_DEPLOYMENT.siteURL,
      SOCIAL_IMAGE_CACHE: socialCache,
      SKIP_SEARCH_INDEX: '1',
      REPORT_REPOSITORY: SECOND_DEPLOYMENT.reportRepository,
      SOURCE_COMMIT: SECOND_DEPLOYMENT.sourceCommit,
    }),
  );

  const { server, url } = await serveStatic(distDir, {
    '/__first-build': async () => JSON.stringify(await first),
    '/__second-deployment': async () => {
      const result = await second;
      const answer: SecondDeployment = { dir: edited.dir, dist: join(edited.dir, 'dist'), status: result.status, output: result.output, socialCache };
      return JSON.stringify(answer);
    },
  }, { cacheAssets: true });
  project.provide('baseURL', url);
  return async () => {
    await Promise.allSettled([first, second]);
    // Keep-alive connections (the tests' fetch, Chromium) would hold close() open.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    edited.remove();
    rmSync(socialCache, { recursive: true, force: true });
  };
}
