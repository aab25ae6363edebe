import { describe, expect, it } from 'vitest';
import { conceptsOnPage, excerptParts, findGuides, isMatch, normaliseQuery, pageWords, planQuery, type ResultData, type SearchEngine } from '../../../src/search/query';
import { isRare, passingMentions, rankPages, titlePhrases } from '../../../src/search/page-match';

describe('normaliseQuery', () => {
  it('straightens quotes, drops surrounding quotes and a trailing period, folds spaces', () => {
    expect(normaliseQuery('  \u201CAccess is   denied.\u201D ')).toBe('Access is denied');
    expect(normaliseQuery('\u2018x\u2019 y.')).toBe('x\' y');
  });

  it('splits Verb-Noun cmdlet names at their hyphen, typed in any case', () => {
    expect(normaliseQuery('Set-ADSyncAADPasswordResetConfiguration -Enable')).toBe('Set ADSyncAADPasswordResetConfiguration -Enable');
    expect(normaliseQuery('initialize-adsyncgroupwriteback')).toBe('initialize adsyncgroupwriteback');
  });

  it('keeps ordinary hyphenated words whole', () => {
    expect(normaliseQuery('cloud-only users')).toBe('cloud-only users');
    expect(normaliseQuery('domain-joined self-service 64-bit')).toBe('domain-joined self-service 64-bit');
  });
});

describe('planQuery', () => {
  const typed = (query: string): string[] => planQuery(query).concepts.map((concept) => concept.typed);

  it('splits terminal fragments where ; : / = or , join them', () => {
    expect(planQuery('WP;proxyAddresses;user').search).toBe('WP proxyAddresses user');
    expect(typed('CA;Reset Password;user')).toEqual(['ca', 'reset', 'password', 'user']);
    expect(planQuery('appcmd unlock config -section:system.webServer/security/authentication').search).toBe(
      'appcmd unlock config section system.webServer security authentication',
    );
  });

  it('drops one-letter parts, so /I:S is not the word "is"', () => {
    expect(planQuery('dsacls /I:S /G').search).toBe('dsacls');
    expect(planQuery('/I:S').search).toBe('');
  });

  it("leaves out the reader's own names and filler words", () => {
    expect(typed('cannot find the specified active directory object winnt://SRV01/Administrator,user')).toEqual([
      'cannot',
      'find',
      'specified',
      'active directory',
      'object',
    ]);
    expect(planQuery('logon failed on mail.corp.contoso.com from 10.1.2.3').search).toBe('logon failed on from');
  });

  it('reads netsh abbreviations both ways, and searches the short form Pagefind extends', () => {
    const plan = planQuery('netsh interface ipv6 sh addr');
    expect(plan.search).toBe('netsh int ipv6 sh addr');
    expect(plan.concepts.map((concept) => concept.forms)).toEqual([[['netsh']], [['int'], ['interface']], [['ipv6']], [['sh'], ['show']], [['addr'], ['address']]]);
    // Outside a netsh command, "int" is just a word.
    expect(planQuery('int overflow').concepts[0]?.forms).toEqual([['int']]);
  });

  it('recognises jargon as one idea with all its forms', () => {
    const [aadc, writeback] = planQuery('Entra Connect write-back').concepts;
    expect(aadc?.typed).toBe('entra connect');
    expect(aadc?.forms).toContainEqual(['azure', 'ad', 'connect']);
    expect(aadc?.forms).toContainEqual(['aadc']);
    expect(writeback?.forms).toContainEqual(['writeback']);
  });
});

describe('conceptsOnPage and isMatch', () => {
  const page = 'Prepare Active Directory for password writeback. Run dsacls with CA;Reset Password;user and Set-ADSyncAADPasswordResetConfiguration.';

  it('finds words, their parts and their beginnings, and plural or verb forms', () => {
    const { concepts } = planQuery('passwords reset dsacl Set-ADSyncAADPasswordResetConfiguration');
    expect(conceptsOnPage(concepts, page)).toEqual([true, true, true, true, true]);
  });

  it('does not take a shorter prefix of the query word (Pagefind finds SP2 for spooler)', () => {
    expect(conceptsOnPage(planQuery('spooler').concepts, 'Windows Server 2003 SP2 and spool')).toEqual([false]);
  });

  it('takes any form of a synonym', () => {
    expect(conceptsOnPage(planQuery('SSPR').concepts, page)).toEqual([true]);
    expect(conceptsOnPage(planQuery('AADC').concepts, 'Azure AD Connect writes back')).toEqual([true]);
  });

  it('takes sysprepped and sysprepping for sysprep (a doubled last consonant)', () => {
    expect(conceptsOnPage(planQuery('sysprepped sysprepping').concepts, 'Run sysprep /generalize')).toEqual([true, true]);
  });

  it('counts a match when more than half of the ideas are on the page', () => {
    expect(isMatch([true, true, false])).toBe(true);
    expect(isMatch([true, false])).toBe(false);
    expect(isMatch([true, true, false, false])).toBe(false);
    expect(isMatch([])).toBe(false);
  });
});

function fakeEngine(pages: Record<string, string>): SearchEngine & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async search(query) {
      queries.push(query);
      const words = query.toLowerCase().split(' ');
      // Like Pagefind: a word that matches nothing is dropped rather than failing the search.
      const known = words.filter((word) => Object.values(pages).some((text) => text.toLowerCase().includes(word)));
      const results = Object.entries(pages)
        .filter(([, text]) => known.length > 0 && known.every((word) => text.toLowerCase().includes(word)))
        .map(([url, text]) => ({
          id: url,
          score: 1,
          data: async (): Promise<ResultData> => ({ url, content: text, meta: { title: url }, excerpt: text, sub_results: [] }),
        }));
      return { results };
    },
  };
}

describe('findGuides', () => {
  const pages = {
    '/sbs/': 'A specified logon session does not exist. It may already have been terminated.',
    '/ebs/': 'cannot find the specified active directory object',
    '/usb/': 'Boot a server from a DOS USB key with the HP USB Disk Storage Format Tool',
  };
  const vocabulary = async (): Promise<string[]> => ['specified', 'logon', 'session', 'server', 'boot', 'password', 'directory'];

  it('finds the page that holds the words', async () => {
    const engine = fakeEngine(pages);
    const outcome = await findGuides(engine, 'logon session');
    expect(outcome.found).toBe(true);
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/sbs/']);
    // Fewer than three pages hold every word: each idea is searched alone too, for a guide that lacks one word.
    expect(engine.queries).toEqual(['logon session', 'logon', 'session']);
  });

  it('lands on the guide titled with the exact thing asked, not the overview that holds one more word in passing', async () => {
    const site = {
      '/overview/': 'Azure AD Connect writeback permissions. Device writeback, group writeback, password writeback: which attributes each writes.',
      '/device-writeback/': 'Prepare Active Directory for device writeback. Initialize-ADSyncDeviceWriteBack for the connector account.',
      '/group-writeback/': 'Prepare Active Directory for group writeback. Permissions on the OU.',
    };
    const engine = fakeEngine(site);
    const withTitles = { ...engine, search: async (query: string) => {
      const found = await engine.search(query);
      return { results: found.results.map((result) => ({ ...result, data: async () => ({ ...(await result.data()), meta: { title: (site as Record<string, string>)[result.id]?.split('.')[0] ?? '' } }) })) };
    } };
    const outcome = await findGuides(withTitles, 'device writeback attributes');
    expect(outcome.found).toBe(true);
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/device-writeback/', '/overview/']);
  });

  it("finds a pasted message on another server's name", async () => {
    const outcome = await findGuides(fakeEngine(pages), 'A specified logon session does not exist on SRV01.corp.contoso.com.');
    expect(outcome.found).toBe(true);
    expect(outcome.hits[0]?.url).toBe('/sbs/');
  });

  it('says no guide matches when Pagefind drops the words that match nothing, and offers the closest', async () => {
    const outcome = await findGuides(fakeEngine(pages), 'ubuntu netplan static usb');
    expect(outcome.found).toBe(false);
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/usb/']);
  });

  it('suggests the nearest indexed word, and searches with it when the original finds nothing', async () => {
    const outcome = await findGuides(fakeEngine(pages), 'logon sesion', { vocabulary });
    expect(outcome).toMatchObject({ found: true, suggestion: 'logon session', forSuggestion: true });
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/sbs/']);
  });

  it('loads no vocabulary when every word is on a page', async () => {
    let loaded = false;
    await findGuides(fakeEngine(pages), 'boot server', { vocabulary: async () => ((loaded = true), []) });
    expect(loaded).toBe(false);
  });

  it('finds nothing for an empty query without searching', async () => {
    const engine = fakeEngine(pages);
    expect((await findGuides(engine, ' " ')).hits).toEqual([]);
    expect(engine.queries).toEqual([]);
  });
});

describe('excerptParts', () => {
  it('keeps only text and marks, decoding entities, so no markup is ever built from it', () => {
    expect(excerptParts('a <mark>dsacls</mark> &lt;img src=x onerror=alert(1)&gt; <b>b</b> &amp; c')).toEqual([
      { text: 'a ', mark: false },
      { text: 'dsacls', mark: true },
      { text: ' <img src=x onerror=alert(1)> b & c', mark: false },
    ]);
  });

  it('marks the matched word, not the punctuation Pagefind keeps with it', () => {
    expect(excerptParts('(HRESULT: <mark>0x80070520).</mark> Then <mark>"dsacls"</mark>')).toEqual([
      { text: '(HRESULT: ', mark: false },
      { text: '0x80070520', mark: true },
      { text: ').', mark: false },
      { text: ' Then ', mark: false },
      { text: '"', mark: false },
      { text: 'dsacls', mark: true },
      { text: '"', mark: false },
    ]);
  });
});

describe('pageWords', () => {
  it('holds the parts Pagefind indexes: camelCase words and a number after letters', () => {
    expect(pageWords('see KB970858 and msExchSafeSendersHash;user')).toEqual(
      expect.arrayContaining(['kb970858', 'kb', '970858', 'msexchsafesendershash', 'safe', 'senders', 'hash', 'user']),
    );
  });
});

describe('hyphenated words', () => {
  it('are one idea, found whole or as their parts', () => {
    const { concepts } = planQuery('cloud-only users');
    expect(concepts).toEqual([
      { typed: 'cloud-only', forms: [['cloudonly'], ['cloud', 'only']] },
      { typed: 'users', forms: [['users']] },
    ]);
    expect(conceptsOnPage(concepts, 'internal-only cloud groups for users')).toEqual([true, true]);
    expect(conceptsOnPage(concepts, 'cloud users')).toEqual([false, true]);
  });
});

describe('distinctive words', () => {
  it('leaves out words found on nearly every guide, unless nothing else is typed', () => {
    expect(planQuery('sql server backup failed').concepts.map((concept) => concept.typed)).toEqual(['sql', 'backup']);
    expect(planQuery('windows server').concepts.map((concept) => concept.typed)).toEqual(['windows', 'server']);
  });
});

describe('titlePhrases and rankPages', () => {
  it('finds the pairs of ideas typed next to each other that the title holds next to each other', () => {
    const { concepts } = planQuery('group writeback perms');
    expect(titlePhrases(concepts, 'Prepare Active Directory for group writeback')).toEqual([0]);
    expect(titlePhrases(concepts, 'Azure AD Connect writeback permissions in Active Directory')).toEqual([1]);
    expect(titlePhrases(concepts, 'Writeback of groups')).toEqual([]);
  });

  it('weighs rare ideas more, and the title again: the guide titled with the rare idea first', () => {
    const overview = { held: [true, true, true], inTitle: [false, true, true], phrases: [1] };
    const group = { held: [true, true, true], inTitle: [true, true, false], phrases: [0] };
    const device = { held: [false, true, true], inTitle: [false, true, false], phrases: [] };
    const password = { held: [false, true, true], inTitle: [false, true, false], phrases: [] };
    expect(rankPages([overview, device, group, password])).toEqual([2, 0, 1, 3]);
  });

  it('keeps the order of pages that rank alike', () => {
    const same = { held: [true], inTitle: [false], phrases: [] };
    expect(rankPages([same, same, same])).toEqual([0, 1, 2]);
  });
});

describe('honest about one shared word', () => {
  const overview = 'Device writeback: devices registered in Azure AD (enrolled with Office 365 MDM or Intune) are written to AD. Windows 10 device sync. Windows 10 computers.';

  it('finds the rare words a page mentions only once, outside its title, summary, headings and metadata', () => {
    const { concepts } = planQuery('intune windows 10 devices');
    expect(concepts.map((concept) => concept.typed)).toEqual(['intune', '10', 'devices']);
    expect(passingMentions(concepts, 'Azure AD Connect writeback permissions', overview)).toEqual([true, false, false]);
    // Named where the page says what it is about: not in passing.
    expect(passingMentions(concepts, 'Enrol devices in Intune', overview)).toEqual([false, false, false]);
    // Twice in the text: not in passing.
    expect(passingMentions(concepts, '', `${overview} Intune again.`)).toEqual([false, false, false]);
  });

  it('never takes an identifier for a passing word', () => {
    const { concepts } = planQuery('v6v4tunnel');
    expect(passingMentions(concepts, '', 'netsh interface ipv6 add v6v4tunnel IP6Tunnel')).toEqual([false]);
  });

  it('calls an idea rare when at most 2 pages, or a tenth of them, hold it', () => {
    expect(isRare(2, 20)).toBe(true);
    expect(isRare(3, 20)).toBe(false);
    expect(isRare(100, 1000)).toBe(true);
    expect(isRare(101, 1000)).toBe(false);
  });

  it('weighs an idea the index does not know twice: two shared everyday words are not a match', () => {
    expect(isMatch([false, true, true])).toBe(true);
    expect(isMatch([false, true, true], [true, false, false])).toBe(false);
    expect(isMatch([false, true, true, true, true, true], [true])).toBe(true);
  });
});

describe('findGuides, honest about one shared word', () => {
  const site = {
    '/overview/': 'Writeback overview. Device writeback: devices enrolled with Intune are written to AD. Windows 10 device sync for Windows 10 computers.',
    '/device-writeback/': 'Prepare AD for device writeback. Devices registered in Azure AD are written to RegisteredDevices.',
    '/usb/': 'Boot from a USB key to update the BIOS.',
  };

  it('says no guide matches when the rare word it shares is only mentioned in passing', async () => {
    const outcome = await findGuides(fakeEngine(site), 'intune enrolment windows 10', { pageCount: async () => 3 });
    expect(outcome.found).toBe(false);
    // Without the passing Intune, the overview would hold two of the three ideas: a match.
    expect((await findGuides(fakeEngine(site), 'intune enrolment windows 10')).found).toBe(true);
  });

  it('keeps the guide that is about the subject', async () => {
    const outcome = await findGuides(fakeEngine(site), 'registered devices writeback', { pageCount: async () => 3 });
    expect(outcome.found).toBe(true);
    expect(outcome.hits[0]?.url).toBe('/device-writeback/');
  });
});
