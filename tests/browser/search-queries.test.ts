import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session';

const session = browserSession();

type Kind = 'symptom' | 'typo' | 'jargon' | 'hyphen' | 'fragment' | 'error code' | 'pasted error' | 'off-topic';

/**
 * Queries written the way admins type, with the guide (its slug; several when more than one is
 * right) that must come first (in the first three for NOT_FIRST_YET), or null for a query the site has no guide for, which
 * must not be reported as found.
 */
const QUERIES: Array<[Kind, string, string[] | null]> = [
  ['symptom', 'rww keeps prompting for password', ['rww-password-prompts']],
  ['symptom', 'remote web workplace never logs in', ['rww-password-prompts']],
  ['symptom', 'access denied after sysprep', ['sysprep-access-denied']],
  ['symptom', 'cannot log on as administrator after sysprep', ['sysprep-access-denied']],
  ['symptom', 'sbs web site broken after installing sharepoint', ['sharepoint-breaks-sbs-web-site']],
  ['symptom', 'ebs security server install fails renamed administrator', ['account-rename-ebs-install-failure']],
  ['symptom', 'users cannot log on 30 days after ebs install', ['log-on-to-restrictions']],
  ['symptom', 'boot server from usb to update bios', ['usb-dos-boot']],
  ['symptom', '32-bit program ignores registry setting on 64-bit windows', ['wow6432node-registry']],
  ['symptom', 'clients get no ipv6 address from the router', ['verify-and-publish', 'windows-ipv6-router']],
  ['symptom', 'ipv6 for the whole lan without rras', ['overview']],
  ['symptom', 'let protocol 41 through the nat router', ['prepare-internet-router']],
  ['symptom', 'schema upgrade tool server has no dvd drive', ['schema-upgrade-without-dvd']],
  ['symptom', 'office 365 groups written back as distribution lists', ['group-writeback']],
  ['symptom', 'write users created in the cloud back to on-premises', ['user-writeback']],
  ['typo', 'pasword writeback', ['password-writeback']],
  ['typo', 'sysperp access denied', ['sysprep-access-denied']],
  ['typo', 'hurricane electirc tunnel', ['hurricane-electric-tunnel']],
  ['typo', 'remote web workplce', ['rww-password-prompts']],
  ['typo', 'schema upgarde tool', ['schema-upgrade-without-dvd']],
  ['typo', 'devise writeback', ['device-writeback']],
  ['typo', 'tunel broker', ['hurricane-electric-tunnel', 'overview', 'prepare-internet-router']],
  ['typo', 'wow6432nod', ['wow6432node-registry']],
  ['jargon', 'AADC password writeback', ['password-writeback']],
  ['jargon', 'Entra Connect group writeback', ['group-writeback']],
  ['jargon', 'SSPR writeback permissions', ['password-writeback']],
  ['jargon', 'HE 6in4 tunnel', ['hurricane-electric-tunnel']],
  ['jargon', 'tunnelbroker windows 2008 r2', ['hurricane-electric-tunnel', 'overview']],
  ['jargon', 'RWW password prompt', ['rww-password-prompts']],
  ['jargon', 'SBS08 sharepoint certificate', ['sharepoint-breaks-sbs-web-site']],
  ['jargon', 'EBS GPO renames administrator', ['account-rename-ebs-install-failure']],
  ['jargon', 'Group Policy rename administrator account', ['account-rename-ebs-install-failure']],
  ['jargon', 'DC infrastructure master schema upgrade', ['schema-upgrade-without-dvd']],
  ['jargon', 'AAD Connect device writeback', ['device-writeback']],
  ['jargon', 'GAL cloud groups', ['group-writeback']],
  ['jargon', 'TS Gateway certificate binding', ['sharepoint-breaks-sbs-web-site']],
  ['hyphen', 'cloud-only users writeback', ['user-writeback']],
  ['hyphen', 'domain-joined windows 10 computers', ['windows-10-device-sync']],
  ['hyphen', 'self-service password reset', ['password-writeback']],
  ['hyphen', 'write-back exchange hybrid', ['exchange-hybrid-writeback']],
  ['fragment', 'WP;proxyAddresses;user', ['exchange-hybrid-writeback']],
  ['fragment', 'CA;Reset Password;user', ['password-writeback']],
  ['fragment', 'dsacls "OU=Hybrid,DC=contoso,DC=com" /I:S /G "CONTOSO\\svc-aadc:WP;msExchSafeSendersHash;user"', ['exchange-hybrid-writeback']],
  ['fragment', 'dsacls /I:S /G', ['exchange-hybrid-writeback', 'password-writeback']],
  ['fragment', 'netsh int ipv6 set int 12 forwarding=enabled advertise=enabled', ['windows-ipv6-router']],
  ['fragment', 'netsh int ipv6 add v6v4tunnel IP6Tunnel 192.0.2.10 198.51.100.1', ['hurricane-electric-tunnel']],
  ['fragment', 'netsh int ipv6 sh addr', ['verify-and-publish']],
  ['fragment', 'appcmd unlock config -section:system.webServer/security/authentication/windowsAuthentication', ['rww-password-prompts']],
  ['fragment', 'appcmd set config -section:windowsAuthentication -useKernelMode:False', ['rww-password-prompts']],
  ['fragment', 'Initialize-ADSyncNGCKeysWriteBack', ['windows-10-device-sync']],
  ['fragment', 'set-adsyncaadpasswordresetconfiguration -enable $true', ['password-writeback']],
  ['fragment', 'HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Internet Explorer\\MAIN', ['wow6432node-registry']],
  ['error code', '0x80070520', ['sharepoint-breaks-sbs-web-site']],
  ['error code', '80070520', ['sharepoint-breaks-sbs-web-site']],
  ['error code', 'error 1312', ['sharepoint-breaks-sbs-web-site']],
  ['error code', 'ERROR_NO_SUCH_LOGON_SESSION', ['sharepoint-breaks-sbs-web-site']],
  ['error code', 'HRESULT -2147023584', ['sharepoint-breaks-sbs-web-site']],
  ['error code', '0x520', ['sharepoint-breaks-sbs-web-site']],
  ['error code', '0x80070005', ['sysprep-access-denied']],
  ['error code', 'ERROR_ACCESS_DENIED sysprep', ['sysprep-access-denied']],
  ['pasted error', 'A specified logon session does not exist. It may already have been terminated. (Exception from HRESULT: 0x80070520)', ['sharepoint-breaks-sbs-web-site']],
  ['pasted error', 'Cannot find the specified Active Directory object: WinNT://CONTOSO-EBS01/Administrator,user', ['account-rename-ebs-install-failure']],
  ['pasted error', 'This feature is disabled because there is no eligible forest with appropriate permissions for device writeback', ['device-writeback']],
  ['pasted error', 'A webpage is not responding on the following website: http://intranet.contoso.local/', ['wow6432node-registry']],
  ['pasted error', 'Program file folder creation or environment variables setting did not finish successfully on EBS-SEC01.', ['account-rename-ebs-install-failure']],
  ['pasted error', '\u201CAccess is denied.\u201D', ['sysprep-access-denied']],
  ['off-topic', 'ubuntu netplan static ip', null],
  ['off-topic', 'printer spooler keeps crashing', null],
  ['off-topic', 'spooler', null],
  ['off-topic', 'linux samba share permissions', null],
  ['off-topic', 'install nginx on centos', null],
  ['off-topic', 'excel vlookup formula', null],
  ['off-topic', 'The RPC server is unavailable. (Exception from HRESULT: 0x800706BA)', null],
  ['off-topic', 'macos time machine backup', null],
  ['off-topic', 'kubernetes pod crashloopbackoff', null],
  ['off-topic', 'hp printer driver windows 11', null],
  ['off-topic', 'print spooler service will not start', null],
  ['off-topic', 'outlook pst file corrupt', null],
  ['off-topic', 'vmware esxi snapshot consolidation', null],
  ['off-topic', 'sql server backup failed', null],
  ['off-topic', 'wifi keeps disconnecting', null],
];

interface Answer {
  outcome: string;
  status: string;
  slugs: string[];
}

/** The queries that find their guide in the top 3 but not first today (issue 19 is to bring them first). */
const NOT_FIRST_YET = ['SSPR writeback permissions', 'HE 6in4 tunnel', 'netsh int ipv6 sh addr'];

describe('the query table, through the search page against the built index', () => {
  it(`answers ${QUERIES.length} queries as an admin expects`, { timeout: 120_000 }, async () => {
    const page = await session.open('/search/');
    await page.waitForFunction(() => document.querySelector('.search-filters:not([hidden])') !== null);
    // One page, every query in turn, as a reader typing into the search page.
    const answers = await page.evaluate(async (queries) => {
      const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
      const status = document.querySelector<HTMLElement>('.search-page-status')!;
      const results: Array<{ outcome: string; status: string; slugs: string[] }> = [];
      for (const query of queries) {
        delete status.dataset['outcome'];
        input.value = query;
        input.dispatchEvent(new Event('input'));
        while (status.dataset['outcome'] === undefined) await new Promise((resolve) => requestAnimationFrame(resolve));
        const slugs = [...document.querySelectorAll<HTMLAnchorElement>('.search-page-hits a')].map((link) => new URL(link.href).pathname.split('/')[3] ?? '');
        results.push({ outcome: status.dataset['outcome'] ?? '', status: status.textContent ?? '', slugs });
      }
      return results;
    }, QUERIES.map(([, query]) => query));

    const rows = QUERIES.map(([kind, query, expected], i) => {
      const answer: Answer = answers[i] ?? { outcome: '', status: '', slugs: [] };
      const found = answer.outcome !== 'none';
      const first = found && expected !== null && expected.includes(answer.slugs[0] ?? '');
      const top3 = found && expected !== null && answer.slugs.slice(0, 3).some((slug) => expected.includes(slug));
      return { kind, query, expected, answer, found, first, top3 };
    });
    const onTopic = rows.filter((row) => row.expected !== null);
    const offTopic = rows.filter((row) => row.expected === null);
    const kinds = [...new Set(rows.map((row) => row.kind))];
    const table = kinds.map((kind) => {
      const of = rows.filter((row) => row.kind === kind);
      return kind === 'off-topic'
        ? `| ${kind} | ${of.length} | - | - | ${of.filter((row) => !row.found).length} |`
        : `| ${kind} | ${of.length} | ${of.filter((row) => row.first).length} | ${of.filter((row) => row.top3).length} | - |`;
    });
    console.log(
      [
        '| kind | queries | first | top 3 | honest "no match" |',
        '|---|---|---|---|---|',
        ...table,
        `| all | ${rows.length} | ${onTopic.filter((row) => row.first).length}/${onTopic.length} | ${onTopic.filter((row) => row.top3).length}/${onTopic.length} | ${offTopic.filter((row) => !row.found).length}/${offTopic.length} |`,
      ].join('\n'),
    );
    const notFirst = onTopic.filter((row) => row.top3 && !row.first);
    if (notFirst.length > 0) console.log(`In the top 3 but not first:\n${notFirst.map((row) => `${row.query} -> ${row.answer.slugs.slice(0, 3).join(', ')}`).join('\n')}`);
    // A ratchet: every other query must stay first; a query that reaches first place leaves this list.
    expect(notFirst.map((row) => row.query)).toEqual(NOT_FIRST_YET);
    const misses = rows
      .filter((row) => (row.expected === null ? row.found : !row.top3))
      .map((row) => `${row.kind}: ${row.query} -> ${row.answer.outcome} [${row.answer.slugs.slice(0, 3).join(', ')}] ${row.answer.status}`);
    expect(misses).toEqual([]);
  });
});
