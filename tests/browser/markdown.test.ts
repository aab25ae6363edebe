import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FILLED_NOTE, PLACEHOLDERS_INTRO, twinCode } from '../../src/markdown-twin/twin';
import { llmsLinks } from '../../src/markdown-twin/llms';
import { GUIDE_FILES } from '../support/guides';
import { browserSession } from './support/session';
import { untilText } from './support/waits';

/**
 * The page as Markdown: /llms.txt and the twins it links to, and "Copy as Markdown" with the reader's values,
 * behind the same review of a link's values as Copy, and with nothing sent anywhere.
 */
const session = browserSession();
const { baseURL } = session;
const GROUP = '/guides/azure-ad-connect-writeback/group-writeback/';
const TYPED_OU = 'OU=Typed Groups,DC=fabrikam,DC=com';
const TYPED_ACCOUNT = "FABRIKAM\\svc-o'brien";
const LINKED_OU = 'OU=Linked Groups,DC=contoso,DC=com';

const message = (page: Page) => page.locator('copy-markdown .copy-markdown-message');
const clipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());
/** What Copy copies from each code block of the page, in order. */
const pageCodes = (page: Page): Promise<string[]> => page.locator('pre code').evaluateAll((codes) => codes.map((code) => code.textContent ?? ''));
/** Every request the page makes from now on: address and body. */
const requestsOf = (page: Page): string[] => {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(`${request.url()} ${request.postData() ?? ''}`));
  return seen;
};

describe('/llms.txt', () => {
  it('is in the llms.txt format, and every link it gives leads to a guide twin or to llms-full.txt', async () => {
    const context = await session.newContext();
    const get = async (url: string): Promise<{ status: number; type: string; text: string }> => {
      // The build's addresses are the site's; the files are on the test server.
      const response = await context.request.get(baseURL + new URL(url).pathname);
      return { status: response.status(), type: response.headers()['content-type'] ?? '', text: await response.text() };
    };
    const index = await get(`${baseURL}/llms.txt`);
    expect(index.status).toBe(200);
    const lines = index.text.split('\n');
    expect(lines[0]).toBe('# Windows Admin Guides');
    expect(lines[2]).toMatch(/^> \S/);
    const links = llmsLinks(index.text);
    const guides = links.filter((link) => link.section !== 'Optional');
    expect(guides).toHaveLength(GUIDE_FILES.length);
    for (const link of guides) {
      const guide = GUIDE_FILES.find((file) => link.url.endsWith(`/guides/${file.file.replace(/\.mdx$/, '')}/index.html.md`));
      expect(guide, link.url).toBeDefined();
      expect(link.name).toBe(guide!.frontmatter.title);
      const twin = await get(link.url);
      expect(twin.status, link.url).toBe(200);
      expect(twin.text.startsWith(`# ${guide!.frontmatter.title}\n\n> ${guide!.frontmatter.summary}\n`), link.url).toBe(true);
      // Its page, followed in turn.
      const pageUrl = /^Page: (\S+)$/m.exec(twin.text)?.[1] ?? '';
      expect(new URL(pageUrl).pathname).toBe(guide!.path);
      expect((await get(pageUrl)).status).toBe(200);
    }
    const [full] = links.filter((link) => link.section === 'Optional');
    const fullText = await get(full!.url);
    expect(fullText.status).toBe(200);
    for (const guide of GUIDE_FILES) expect(fullText.text).toContain(`\n# ${guide.frontmatter.title}\n`);
  });
});

describe('Copy as Markdown', () => {
  it('copies the guide with the typed values, quoted as the code shows them, and sends them nowhere', async () => {
    const page = await session.openGuide(GROUP);
    await page.locator('#param-cloudGroupOU').fill(TYPED_OU);
    await page.locator('#param-accountName').fill(TYPED_ACCOUNT);
    await page.waitForFunction((value) => [...document.querySelectorAll('pre code')].some((code) => code.textContent?.includes(value)), TYPED_OU);
    const requests = requestsOf(page);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await untilText(message(page), 'Copied as Markdown, with your values.');
    const copied = await clipboard(page);
    expect(copied.startsWith('# Prepare Active Directory for group writeback\n')).toBe(true);
    expect(copied).toContain(FILLED_NOTE);
    expect(copied).not.toContain(PLACEHOLDERS_INTRO);
    // Each block exactly as Copy would copy it: the values quoted for where they sit ('' in a '...' string).
    expect(twinCode(copied)).toEqual((await pageCodes(page)).map((code) => code.replace(/\n$/, '')));
    expect(copied).toContain(TYPED_OU);
    expect(copied).toContain("FABRIKAM\\svc-o''brien");
    expect(twinCode(copied).join('\n')).not.toMatch(/<<\w+>>/);
    // Its code (loaded on this first click) and the twin, from this site alone; no request holds a value.
    const addresses = requests.map((request) => request.split(' ')[0] ?? '');
    expect(addresses.filter((address) => !/\/_astro\/copy\.[\w-]+\.js$/.test(address))).toEqual([`${baseURL}${GROUP}index.html.md`]);
    for (const address of addresses) expect(address.startsWith(`${baseURL}/`), address).toBe(true);
    expect(requests.join('\n')).not.toContain('Typed');
    expect(requests.join('\n')).not.toContain('brien');
  });

  it('copies values from a link only after the reader reviewed them', async () => {
    const page = await session.openGuide(`${GROUP}?cloudGroupOU=${encodeURIComponent(LINKED_OU)}`);
    await page.evaluate(() => navigator.clipboard.writeText('untouched'));
    const button = page.getByRole('button', { name: 'Copy as Markdown' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Check the values from the link' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await untilText(message(page), 'Not copied: check the values from the link first.');
    expect(await clipboard(page)).toBe('untouched');

    await button.click();
    await dialog.getByRole('button', { name: 'Use these values' }).click();
    await untilText(message(page), 'Copied as Markdown, with your values.');
    const copied = await clipboard(page);
    expect(copied).toContain(`'${LINKED_OU}'`);
    expect(twinCode(copied)).toEqual((await pageCodes(page)).map((code) => code.replace(/\n$/, '')));
  });

  it('refuses while a value is marked invalid', async () => {
    const page = await session.openGuide(GROUP);
    await page.locator('#param-cloudGroupOU').fill('not a DN');
    await page.waitForSelector('pre code .param-invalid');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await untilText(message(page), 'Not copied: fix the values marked invalid first.');
  });
});
