import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session';

const session = browserSession();
const { baseURL } = session;
const GROUP = '/guides/azure-ad-connect-writeback/group-writeback/';
const HYBRID = '/guides/azure-ad-connect-writeback/exchange-hybrid-writeback/';
/** Opens a guide with clipboard access, failing on any dialog (a URL must never run script), once the form's code is there (it loads on the first touch of the form). */
async function open(path: string): Promise<Page> {
  const page = await session.open(path, {}, async (opened, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    opened.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
  });
  await page.waitForSelector('guide-parameters.is-ready');
  await page.locator('guide-parameters input').first().focus();
  await page.waitForSelector('guide-parameters.is-enhanced');
  return page;
}

const codeOf = (page: Page): Promise<string[]> => page.locator('main figure.code-block pre').allTextContents();
const spansOf = (page: Page, name: string): Promise<string[]> => page.locator(`span[data-param="${name}"]`).allTextContents();

describe('typing a value', () => {
  it('updates every code block at once, quoted, and the URL without adding history', async () => {
    const page = await open(GROUP);
    const historyLength = await page.evaluate(() => history.length);
    await page.locator('#param-accountName').fill('CONTOSO\\AAD_7f3a2b1c');
    await page.locator('#param-cloudGroupOU').fill('OU=Cloud Groups,OU=Sync,DC=corp,DC=contoso,DC=com');
    const code = (await codeOf(page)).join('\n');
    expect(code).toContain("$accountName = 'CONTOSO\\AAD_7f3a2b1c'");
    expect(code).toContain("$cloudGroupOU = 'OU=Cloud Groups,OU=Sync,DC=corp,DC=contoso,DC=com'");
    expect(code).not.toContain('MSOL_a1b2c3d4e5f6');
    expect(new URL(page.url()).search).toBe(
      '?accountName=CONTOSO%5CAAD_7f3a2b1c&cloudGroupOU=OU%3DCloud%20Groups%2COU%3DSync%2CDC%3Dcorp%2CDC%3Dcontoso%2CDC%3Dcom',
    );
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  it('keeps Shiki colours on substituted values and marks them', async () => {
    const page = await open(GROUP);
    const span = page.locator('span[data-param="accountName"]').first();
    expect(await span.getAttribute('class')).toBe('param');
    expect(await span.getAttribute('style')).toContain('--shiki-light:');
  });

  it('escapes a quote for the single-quoted string it lands in', async () => {
    const page = await open(GROUP);
    await page.locator('#param-cloudGroupOU').fill("OU=O'Brien,DC=contoso,DC=com");
    expect(await spansOf(page, 'cloudGroupOU')).toEqual(["OU=O''Brien,DC=contoso,DC=com"]);
  });

  it('shows an invalid value at the field with a message and an example, never in the code, and refuses to copy', async () => {
    const page = await open(GROUP);
    await page.locator('#param-accountName').fill("CONTOSO\\x';calc;'");
    expect(await page.locator('#param-accountName').getAttribute('aria-invalid')).toBe('true');
    // The words load with the first wrong value.
    await expect.poll(() => page.locator('#param-accountName-error').textContent()).toBe('An account name cannot contain ";". Example: CONTOSO\\MSOL_a1b2c3d4e5f6');
    await page.locator('#param-accountName').fill('CONTOSO\\AAD_7f3a2b1c');
    expect(await page.locator('#param-accountName-error').textContent()).toBe('');
    await page.locator('#param-accountName').fill('CONTOSO\\has space at end is far too long');
    expect(await page.locator('#param-accountName-error').textContent()).toBe('An account name (sAMAccountName) has at most 20 characters (you typed 32). Example: CONTOSO\\MSOL_a1b2c3d4e5f6');
    await page.locator('#param-accountName').fill("CONTOSO\\x';calc;'");
    const code = (await codeOf(page)).join('\n');
    expect(code).not.toContain('calc');
    expect(await spansOf(page, 'accountName')).toEqual(['<accountName: invalid>']);
    const block = page.locator('figure.code-block', { has: page.locator('span.param-invalid') }).first();
    await block.locator('button.copy-code').click();
    expect(await block.locator('button.copy-code').textContent()).toBe('Fix the values marked invalid first');
  });

  it('the copy button copies the code with the values', async () => {
    const page = await open(GROUP);
    await page.locator('#param-accountName').fill('CONTOSO\\AAD_7f3a2b1c');
    const block = page.locator('figure.code-block', { has: page.locator('span[data-param="accountName"]') }).first();
    await block.locator('button.copy-code').click();
    await expect.poll(() => block.locator('button.copy-code').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "$accountName = 'CONTOSO\\AAD_7f3a2b1c'\n$cloudGroupOU = 'OU=CloudGroups,DC=contoso,DC=com'\nInitialize-ADSyncGroupWriteBack -AdConnectorAccount $accountName -GroupWriteBackContainerDN $cloudGroupOU",
    );
  });

  it('derived values follow their source: the tunnel prefix gives ::1 and ::2', async () => {
    const page = await open('/guides/ipv6-routed-lan/hurricane-electric-tunnel/');
    await page.locator('#param-tunnelPrefix').fill('2001:470:1F0A:65B:0:0::/64');
    expect(await page.locator('#param-tunnelPrefix').getAttribute('aria-invalid')).toBe('false');
    expect(await spansOf(page, 'tunnelClientIPv6')).toEqual(['2001:470:1f0a:65b::2']);
    expect(await spansOf(page, 'tunnelServerIPv6')).toEqual(['2001:470:1f0a:65b::1']);
    expect(await page.locator('output[data-derived="tunnelServerIPv6"]').textContent()).toBe('2001:470:1f0a:65b::1');
  });

  it('quotes a netsh interface name with spaces', async () => {
    const page = await open('/guides/ipv6-routed-lan/windows-ipv6-router/');
    await page.locator('#param-lanInterface').fill('Ethernet 2');
    const code = (await codeOf(page)).join('\n');
    expect(code).toContain('netsh interface ipv6 add address interface="Ethernet 2" address=2001:db8:1f0b:65b::1');
    await page.locator('#param-lanInterface').fill('LAN');
    expect((await codeOf(page)).join('\n')).toContain('netsh interface ipv6 set route 2001:db8:1f0b:65b::/64 LAN publish=yes');
  });
});

describe('links keep the values', () => {
  it('a link fills the form and the code, and flags its values for review', async () => {
    const page = await open(`${GROUP}?accountName=CONTOSO%5CAAD_7f3a2b1c&cloudGroupOU=OU%3DCloud%20Groups%2CDC%3Dcorp%2CDC%3Dcom`);
    expect(await page.locator('#param-accountName').inputValue()).toBe('CONTOSO\\AAD_7f3a2b1c');
    expect(await spansOf(page, 'cloudGroupOU')).toEqual(['OU=Cloud Groups,DC=corp,DC=com']);
    const notice = page.locator('.link-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('AD DS connector account, OU for written-back groups');
    expect(await page.locator('[data-field="accountName"] .field-source').isVisible()).toBe(true);
    await notice.getByRole('button', { name: 'I have checked them' }).click();
    expect(await notice.isVisible()).toBe(false);
  });

  it('the Copy link button copies a link that reopens the page filled in, in a fresh browser', async () => {
    const page = await open(GROUP);
    await page.locator('#param-accountName').fill('CONTOSO\\AAD_7f3a2b1c');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.parameters-status').textContent()).toContain('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseURL}${GROUP}?accountName=CONTOSO%5CAAD_7f3a2b1c`);
    const fresh = await session.newContext();
    const second = await fresh.newPage();
    await second.goto(link);
    await second.waitForSelector('guide-parameters.is-enhanced');
    expect(await second.locator('span[data-param="accountName"]').first().textContent()).toBe('CONTOSO\\AAD_7f3a2b1c');
  });

  it('hostile values from a link never run and never leave their token', async () => {
    const hostile = new URLSearchParams({
      accountName: 'x\\y<img src=x onerror="window.pwned=1">',
      cloudGroupOU: "OU=x'\\; Stop-Computer\\; $(calc)\\; ',DC=contoso,DC=com",
    });
    const page = await open(`${GROUP}?${hostile.toString()}`);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await spansOf(page, 'accountName')).toEqual(['<accountName: invalid>']);
    // A DN may hold quotes, escaped semicolons and $( ): it stays inside its single-quoted string.
    expect(await spansOf(page, 'cloudGroupOU')).toEqual(["OU=x''\\; Stop-Computer\\; $(calc)\\; '',DC=contoso,DC=com"]);
    const code = (await codeOf(page)).join('\n');
    expect(code).toContain("$cloudGroupOU = 'OU=x''\\; Stop-Computer\\; $(calc)\\; '',DC=contoso,DC=com'");
    expect(await page.locator('.link-notice').isVisible()).toBe(true);
  });
});

describe('loading', () => {
  it('a guide read with its examples loads the form\'s code only when the reader touches the form', async () => {
    const page = await session.open(GROUP);
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await page.waitForSelector('guide-parameters.is-ready');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('guide-parameters.is-enhanced').count()).toBe(0);
    expect(scripts).toEqual([]);
    await page.locator('#param-accountName').click();
    await page.waitForSelector('guide-parameters.is-enhanced');
    expect(scripts.length).toBeGreaterThan(0);
  });

  it('keeps what the reader typed and clicked before the code arrived', async () => {
    const page = await session.open(GROUP, {}, async (opened, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      // A slow network: the form's code arrives well after the reader starts typing.
      await opened.route(/\/_astro\/controller\.[^/]*\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await route.continue();
      });
    });
    await page.waitForSelector('guide-parameters.is-ready');
    await page.locator('#param-accountName').fill('CONTOSO\\AAD_7f3a2b1c');
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await page.locator('guide-parameters.is-enhanced').count()).toBe(0);
    await expect.poll(() => page.locator('.parameters-status').textContent()).toContain('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${GROUP}?accountName=CONTOSO%5CAAD_7f3a2b1c`);
    expect(await spansOf(page, 'accountName')).toEqual(['CONTOSO\\AAD_7f3a2b1c']);
    expect(new URL(page.url()).search).toBe('?accountName=CONTOSO%5CAAD_7f3a2b1c');
  });

  it('says so when the form\'s code cannot load: the commands keep the examples, never a half-applied value', async () => {
    const page = await session.open(GROUP, {}, async (opened) => {
      await opened.route(/\/_astro\/controller\.[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    });
    await page.waitForSelector('guide-parameters.is-ready');
    await page.locator('#param-accountName').fill('CONTOSO\\AAD_7f3a2b1c');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.parameters-status').textContent()).toBe(
      'The form could not load, so the commands still show the example values. Check your connection and reload the page.',
    );
    expect(await spansOf(page, 'accountName')).toEqual(['CONTOSO\\MSOL_a1b2c3d4e5f6']);
  });
});

describe('memory', () => {
  it('a value typed on one guide is there on the next; the link wins over memory; Forget clears it', async () => {
    const page = await open(GROUP);
    await page.locator('#param-accountName').fill('CONTOSO\\AAD_7f3a2b1c');
    await page.goto(baseURL + HYBRID);
    await page.waitForSelector('guide-parameters.is-enhanced');
    expect(await page.locator('#param-accountName').inputValue()).toBe('CONTOSO\\AAD_7f3a2b1c');
    expect(await spansOf(page, 'accountName')).toEqual(Array<string>(6).fill('CONTOSO\\AAD_7f3a2b1c'));
    expect(await page.locator('.link-notice').isVisible()).toBe(false);

    await page.goto(`${baseURL}${HYBRID}?accountName=OTHER%5Cx`);
    await page.waitForSelector('guide-parameters.is-enhanced');
    expect(await page.locator('#param-accountName').inputValue()).toBe('OTHER\\x');

    await page.getByRole('button', { name: 'Forget my values' }).click();
    await page.goto(baseURL + HYBRID);
    await page.waitForSelector('guide-parameters.is-ready');
    expect(await page.locator('#param-accountName').inputValue()).toBe('CONTOSO\\MSOL_a1b2c3d4e5f6');
  });

  it('Reset returns to the examples and clears the URL', async () => {
    const page = await open(`${GROUP}?accountName=CONTOSO%5CAAD_7f3a2b1c`);
    await page.getByRole('button', { name: 'Reset to examples' }).click();
    expect(await page.locator('#param-accountName').inputValue()).toBe('CONTOSO\\MSOL_a1b2c3d4e5f6');
    expect(new URL(page.url()).search).toBe('');
  });
});

describe('download script', () => {
  it('gives the whole guide as a .ps1 runbook with the values, each step by its own title', async () => {
    const page = await open(HYBRID);
    await page.locator('#param-accountName').fill('CONTOSO\\AAD_7f3a2b1c');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download script' }).click()]);
    expect(download.suggestedFilename()).toBe('exchange-hybrid-writeback.ps1');
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text).toContain("@{ Number = 1; Title = 'Grant write access to the hybrid attributes'; Part = ''; Run = {\r\n");
    expect(text).toContain("$accountName = 'CONTOSO\\AAD_7f3a2b1c'");
    expect(text.match(/dsacls \$HybridOU \/I:S \/G/g)).toHaveLength(20);
  });
});
