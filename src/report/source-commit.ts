import { execFileSync } from 'node:child_process';

let cached: string | undefined | null = null;

/**
 * The commit the site is built from (build time only): SOURCE_COMMIT when the deployment sets it (a CI's
 * checkout, a copy without .git), else `git rev-parse HEAD` in the working folder, else undefined.
 */
export function sourceCommit(): string | undefined {
  if (cached !== null) return cached;
  const given = process.env['SOURCE_COMMIT']?.trim();
  if (given) {
    if (!/^[0-9a-f]{7,40}$/i.test(given)) throw new Error(`SOURCE_COMMIT must be a git commit id (7 to 40 hex digits), not "${given}"`);
    return (cached = given.toLowerCase());
  }
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    cached = /^[0-9a-f]{40}$/.test(head) ? head : undefined;
  } catch {
    cached = undefined;
  }
  return cached;
}
