// Runs before `npm test`: installs PowerShell 7 as a .NET tool where the .NET SDK exists, so that a newcomer's
// `npm ci && npm test` parses and runs our commands with PowerShell itself, as CI does. Without the SDK it says
// so loudly; in CI (CI=true) a missing pwsh fails the run, since the parser and runbook tests are our security evidence.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = '7.6.9';
const root = join(import.meta.dirname, '..');
const toolPath = join(root, '.tools', 'pwsh');
const pwsh = process.env.PWSH_PATH || join(toolPath, 'pwsh');
const inCI = /^(1|true)$/i.test(process.env.CI ?? '');
const bar = '!'.repeat(100);

function fail(message) {
  console.error(`\n${bar}\n${message}\n${bar}\n`);
  process.exit(1);
}

if (!existsSync(pwsh)) {
  const dotnet = spawnSync('dotnet', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (dotnet.status !== 0) {
    const words = `!!! No .NET SDK on this machine, so PowerShell 7 cannot be installed: the PowerShell parser and runbook tests will NOT run.\n!!! Install the .NET SDK (https://dotnet.microsoft.com/download) or set PWSH_PATH to a pwsh 7.`;
    if (inCI) fail(`${words}\n!!! CI=true: these tests are required in CI, so the run stops here.`);
    console.warn(`\n${bar}\n${words}\n${bar}\n`);
    process.exit(0);
  }
  console.log(`Installing PowerShell ${VERSION} as a .NET tool in .tools/pwsh (once) ...`);
  const install = spawnSync('dotnet', ['tool', 'install', 'PowerShell', '--version', VERSION, '--tool-path', toolPath], { stdio: 'inherit', timeout: 600_000 });
  if (install.status !== 0 || !existsSync(pwsh)) fail(`!!! dotnet tool install PowerShell --version ${VERSION} failed (exit ${install.status}). Fix the cause above, or set PWSH_PATH to a pwsh 7.`);
}
const version = execFileSync(pwsh, ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', '$PSVersionTable.PSVersion.ToString()'], { encoding: 'utf8', timeout: 120_000 }).trim();
console.log(`PowerShell ${version}: ${pwsh}`);
