import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * @sparticuz/chromium's flags are tuned for AWS Lambda: one process (which crashes when a test
 * closes a browser context) and web security off (which would hide what a reader's browser does).
 */
const LAMBDA_ONLY_ARGS = /^--(headless|single-process|disable-web-security|allow-running-insecure-content|disable-site-isolation-trials|disable-features=)/;

/** A real Chromium: CHROMIUM_PATH, a system one, or the one shipped inside the @sparticuz/chromium npm package. Never downloads. */
export async function chromiumExecutable(): Promise<{ path: string; args: string[] }> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return { path: fromEnv, args: [] };
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return { path: system, args: [] };
  try {
    const packaged = (await import('@sparticuz/chromium')).default;
    return { path: await packaged.executablePath(), args: packaged.args.filter((arg) => !LAMBDA_ONLY_ARGS.test(arg)) };
  } catch (error) {
    throw new Error(
      `No Chromium found: set CHROMIUM_PATH, install one (apt-get install chromium), or run npm ci to get @sparticuz/chromium. (${String(error)})`,
    );
  }
}

/** Launches headless Chromium with no background network traffic (these machines only reach loopback). */
export async function launchChromium(): Promise<Browser> {
  const { path, args } = await chromiumExecutable();
  return chromium.launch({
    executablePath: path,
    headless: true,
    args: [
      ...args,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
