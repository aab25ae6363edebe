import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MEMORY_KEY } from '../../components/parameter-form/memory';
import { browserSession, formReady } from './support/session';
import { controlClock, stopTimers, untilText } from './support/waits';

const session = browserSession();
const { baseURL } = session;
const GROUP = '/guides/azure-ad-connect-writeback/group-writeback/';
const HYBRID = '/guides/azure-ad-connect-writeback/exchange-hybrid-writeback/';
/**
 * Opens a guide with clipboard access, failing on any alert/confirm/prompt (a URL must never run script), its timers
 * stopped (labels stay until read), once the form's code is there (it loads on the first touch of the form).
 */
async function open(path: string): Promise<Page> {
  const page = await session.openGuide(path, {}, controlClock);
  await stopTimers(page);
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
    // Enter in a field submits nothing: the page stays, with its values.
    await page.locator('#param-accountName').press('Enter');
    expect(await page.locator('#param-accountName').inputValue()).toBe('CONTOSO\\AAD_7f3a2b1c');
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
    await untilText(page.locator('#param-accountName-error'), 'An account name cannot contain ";". Example: CONTOSO\\MSOL_a1b2c3d4e5f6');
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
    await untilText(block.locator('button.copy-code'), 'Copied');
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
    await untilText(page.locator('.parameters-status'), 'Link copied: it opens this page with your values.');
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

describe('review comes before use', () => {
  const LINK = `${GROUP}?accountName=EVIL%5Csvc&cloudGroupOU=OU%3DEvil%27s%20OU%2CDC%3Devil%2CDC%3Dcom`;
  const SENTINEL = 'clipboard before the click';
  const blockWith = (page: Page, name: string) => page.locator('figure.code-block', { has: page.locator(`span[data-param="${name}"]`) }).first();
  const clipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());
  const openLink = async (): Promise<Page> => {
    const page = await open(LINK);
    await page.evaluate((text) => navigator.clipboard.writeText(text), SENTINEL);
    return page;
  };

  it('marks each link value in the code itself, with a sign and a description, not colour alone, until the reader confirms', async () => {
    const page = await openLink();
    const marked = page.locator('span.param-from-link');
    expect(await marked.allTextContents()).toEqual(['EVIL\\svc', "OU=Evil''s OU,DC=evil,DC=com"]);
    expect(await marked.first().getAttribute('aria-description')).toBe('from the link, not checked yet');
    expect(await marked.first().evaluate((span) => getComputedStyle(span).outlineStyle)).toBe('dashed');
    expect(await marked.first().evaluate((span) => getComputedStyle(span, '::before').content)).toBe('"\u26A0\uFE0E\u00A0" / ""');
    expect(await page.locator('span[data-param="aadConnectPath"]').getAttribute('class')).toBe('param');
    await page.getByRole('button', { name: 'I have checked them' }).click();
    expect(await marked.count()).toBe(0);
    expect(await page.locator('span[data-param="accountName"]').getAttribute('aria-description')).toBeNull();
  });

  it('typing a value clears its mark only', async () => {
    const page = await openLink();
    await page.locator('#param-accountName').fill('CONTOSO\\mine');
    expect(await page.locator('span.param-from-link').allTextContents()).toEqual(["OU=Evil''s OU,DC=evil,DC=com"]);
    expect(await page.locator('[data-field="accountName"] .field-source').isVisible()).toBe(false);
    expect(await page.locator('[data-field="cloudGroupOU"] .field-source').textContent()).toBe('From the link: check it.');
  });

  it('Copy asks for the review, shows the values as text, and copies nothing until the reader confirms', async () => {
    const page = await openLink();
    const copy = blockWith(page, 'cloudGroupOU').locator('button.copy-code');
    await copy.click();
    const dialog = page.getByRole('dialog', { name: 'Check the values from the link' });
    await dialog.waitFor();
    expect(await dialog.locator('dt').allTextContents()).toEqual(['AD DS connector account', 'OU for written-back groups']);
    // The values as the reader gave them, before any quoting.
    expect(await dialog.locator('dd').allTextContents()).toEqual(['EVIL\\svc', "OU=Evil's OU,DC=evil,DC=com"]);
    // Focus starts on the safe choice; Escape cancels and gives focus back to the button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Change them');
    await page.keyboard.press('Escape');
    await untilText(copy, 'Not copied: check the values from the link');
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('copy-code'))).toBe(true);
    expect(await clipboard(page)).toBe(SENTINEL);

    await copy.click();
    await dialog.getByRole('button', { name: 'Use these values' }).click();
    await untilText(copy, 'Copied');
    expect(await clipboard(page)).toBe(
      "$accountName = 'EVIL\\svc'\n$cloudGroupOU = 'OU=Evil''s OU,DC=evil,DC=com'\nInitialize-ADSyncGroupWriteBack -AdConnectorAccount $accountName -GroupWriteBackContainerDN $cloudGroupOU",
    );
    expect(await page.locator('span.param-from-link').count()).toBe(0);
    expect(await page.locator('.link-notice').isVisible()).toBe(false);
    // Confirmed: the next copy needs no second review.
    await page.evaluate((text) => navigator.clipboard.writeText(text), SENTINEL);
    await copy.click();
    await untilText(copy, 'Copied');
    expect(await clipboard(page)).not.toBe(SENTINEL);
  });

  it('a block without link values copies at once', async () => {
    const page = await openLink();
    const copy = blockWith(page, 'aadConnectPath').locator('button.copy-code');
    await copy.click();
    await untilText(copy, 'Copied');
    expect(await clipboard(page)).toContain('Import-Module');
    expect(await page.locator('dialog.review-dialog').isVisible()).toBe(false);
  });

  it('Copy link asks too; "Change them" copies nothing and takes the reader to the first link value', async () => {
    const page = await openLink();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Check the values from the link' });
    await dialog.getByRole('button', { name: 'Change them' }).click();
    await untilText(page.locator('.parameters-status'), 'Nothing was handed over: check the values from the link first.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('param-accountName');
    expect(await clipboard(page)).toBe(SENTINEL);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByRole('button', { name: 'Use these values' }).click();
    await untilText(page.locator('.parameters-status'), 'Link copied: it opens this page with your values.');
    expect(await clipboard(page)).toBe(`${baseURL}${LINK}`);
  });

  it('Download script asks too, and downloads only after the reader confirms', async () => {
    const page = await openLink();
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.getByRole('button', { name: 'Download script' }).click();
    const dialog = page.getByRole('dialog', { name: 'Check the values from the link' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await untilText(page.locator('.parameters-status'), 'Nothing was handed over: check the values from the link first.');
    expect(downloads).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: 'Download script' }).click();
        await dialog.getByRole('button', { name: 'Use these values' }).click();
      })(),
    ]);
    expect(readFileSync((await download.path()) ?? '', 'utf8')).toContain("$cloudGroupOU = 'OU=Evil''s OU,DC=evil,DC=com'");
  });
});

describe('loading', () => {
  it('a guide read with its examples loads the form\'s code only when the reader touches the form', async () => {
    // Every script request is recorded from before the page loads; the page's timers (idle callbacks included) are
    // run a minute ahead, so code loaded later than the load itself would be seen too.
    const scripts: string[] = [];
    const page = await session.open(GROUP, {}, async (opened) => {
      await opened.clock.install();
      opened.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    });
    await page.waitForSelector('guide-parameters.is-ready');
    const atLoad = [...scripts];
    await page.clock.runFor(60_000);
    expect(await page.locator('guide-parameters.is-enhanced').count()).toBe(0);
    expect(scripts, 'nothing more after the load, however long the reader reads').toEqual(atLoad);
    expect(scripts.filter((path) => /\/controller\.[^/]*\.js$/.test(path)), 'no form code before the first touch').toEqual([]);
    await page.locator('#param-accountName').click();
    await page.waitForSelector('guide-parameters.is-enhanced');
    expect(scripts.filter((path) => /\/controller\.[^/]*\.js$/.test(path))).toHaveLength(1);
  });

  it('keeps what the reader typed and clicked before the code arrived', async () => {
    // The form's code is held on the network until the reader has typed and clicked.
    let requested!: () => void;
    const codeRequested = new Promise<void>((resolve) => (requested = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const page = await session.open(GROUP, {}, async (opened, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      await opened.route(/\/_astro\/controller\.[^/]*\.js$/, async (route) => {
        requested();
        await released;
        await route.continue();
      });
    });
    await page.waitForSelector('guide-parameters.is-ready');
    await page.locator('#param-accountName').fill('CONTOSO\\AAD_7f3a2b1c');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await codeRequested;
    expect(await page.locator('guide-parameters.is-enhanced').count()).toBe(0);
    expect(await page.locator('.parameters-status').textContent()).toBe('');
    release();
    await untilText(page.locator('.parameters-status'), 'Link copied: it opens this page with your values.');
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
    await untilText(
      page.locator('.parameters-status'),
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
    // The reader's own value, not a link's: no review, but the field says where it came from.
    expect(await page.locator('[data-field="accountName"] .field-source').textContent()).toBe('From your last visit.');
    expect(await page.locator('span.param-from-link').count()).toBe(0);

    await page.goto(`${baseURL}${HYBRID}?accountName=OTHER%5Cx`);
    await page.waitForSelector('guide-parameters.is-enhanced');
    expect(await page.locator('#param-accountName').inputValue()).toBe('OTHER\\x');

    await page.getByRole('button', { name: 'Forget my values' }).click();
    expect(await page.evaluate((key) => localStorage.getItem(key), MEMORY_KEY)).toBeNull();
    await page.goto(baseURL + HYBRID);
    // Read once the form's code has applied memory (were anything left, it would be in the field by then).
    await formReady(page);
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
    expect(text).toContain("@{ Number = 1; Id = 'grant-hybrid-attributes'; Title = 'Grant write access to the hybrid attributes'; Part = ''; Run = {\r\n");
    expect(text).toContain("$accountName = 'CONTOSO\\AAD_7f3a2b1c'");
    expect(text.match(/dsacls \$HybridOU \/I:S \/G/g)).toHaveLength(20);
  });
});
