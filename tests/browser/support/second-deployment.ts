import { get } from 'node:http';
import { inject } from 'vitest';

/**
 * Asks the global setup's server for a build's outcome, which it sends when the build is over. node:http, not
 * fetch: fetch gives up after 300 s without headers, and a build on a slow machine may take longer.
 */
function answerOf<T>(path: string): Promise<T> {
  return new Promise((resolve, reject) => {
    get(`${inject('baseURL')}${path}`, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(JSON.parse(body) as T));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** The second build of the site (global-setup.ts): what changed (a title, a step id, a style), and where it is once built. */
export const SECOND_DEPLOYMENT = {
  guideFile: 'azure-ad-connect-writeback/group-writeback.mdx',
  oldTitle: 'Prepare Active Directory for group writeback',
  newTitle: 'Prepare Active Directory for group writeback (second deployment)',
  addedStyle: 'h1 { letter-spacing: 0.02em; }',
  /** A step id renamed since the first deployment, with its alias in the frontmatter: old links must still land. */
  renamedStep: { old: 'grant-ou-permissions', new: 'grant-connector-permissions' },
  siteURL: 'https://docs.example.net',
  /** It names a repository for "Report a problem with this step" (the first deployment names none). */
  reportRepository: 'example-org/windows-admin-guides',
  /** The commit it says it was built from (a copy has no .git; a CI would set its checkout's). */
  sourceCommit: '0123456789abcdef0123456789abcdef01234567',
} as const;

export interface SecondDeployment {
  /** The copy of the project it was built from. */
  dir: string;
  dist: string;
  status: number | null;
  output: string;
  /** The social-image cache shared with the first build. */
  socialCache: string;
}

/** The first build's outcome, and the social-image cache as it left it (file name -> modification time). */
export interface FirstBuild {
  status: number | null;
  output: string;
  socialCache: Record<string, number>;
}

/** Waits for the first build (started by the global setup) and fails with its output if it failed. */
export async function firstBuild(): Promise<FirstBuild> {
  const answer = await answerOf<FirstBuild>('/__first-build');
  if (answer.status !== 0) throw new Error(`astro build failed:\n${answer.output}`);
  return answer;
}

/** Waits for the second deployment's build (started by the global setup) and fails with its output if it failed. */
export async function secondDeployment(): Promise<SecondDeployment> {
  const answer = await answerOf<SecondDeployment>('/__second-deployment');
  if (answer.status !== 0) throw new Error(`the second deployment's build failed:\n${answer.output}`);
  return answer;
}
