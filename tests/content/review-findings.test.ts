import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCodeBlocks } from '../../src/guides/code-blocks';

/**
 * The findings of the content review of 2026-12-05 (`../shared/reviews/content-review-2026-12-05.md`) and of
 * this round's own review, one check each. Every check must flag the guide as it was before the fix (a copy
 * of it in fixtures/before-review-round-2, taken from main) and pass on the guide as it is now.
 */
interface Finding {
  id: string;
  /** The guide, under content/guides. */
  file: string;
  /** What the check is based on. */
  evidence: string;
  /** What is wrong with a guide's text: one sentence per problem, none when the finding is fixed. */
  problems: (mdx: string) => string[];
}

const guidesDir = join(import.meta.dirname, '..', '..', 'content', 'guides');
const beforeDir = join(import.meta.dirname, 'fixtures', 'before-review-round-2');

/** The text of a section, from its heading to the next heading of the same or a higher level. */
function section(mdx: string, heading: string): string {
  const lines = mdx.split('\n');
  const start = lines.findIndex((line) => line.replace(/^#+\s*/, '') === heading && /^#+\s/.test(line));
  if (start < 0) return '';
  const level = /^#+/.exec(lines[start] ?? '')?.[0].length ?? 0;
  const end = lines.findIndex((line, index) => index > start && /^#+\s/.test(line) && (/^#+/.exec(line)?.[0].length ?? 0) <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

const codeLines = (text: string, language?: string): string[] =>
  findCodeBlocks(text)
    .filter((block) => !language || block.language === language)
    .flatMap((block) => block.code.split('\n').map((line) => line.trim()));

/** The `url:` values of the frontmatter's sources. */
const sourceUrls = (mdx: string): string[] => [...mdx.matchAll(/^\s+url: "?([^"\s]+)"?$/gm)].map((match) => match[1] ?? '');

const unless = (condition: boolean, problem: string): string[] => (condition ? [] : [problem]);

const HYBRID_ATTRIBUTES = [
  'proxyAddresses',
  'msExchUCVoiceMailSettings',
  'msExchUserHoldPolicies',
  'msExchArchiveStatus',
  'msExchSafeSendersHash',
  'msExchBlockedSendersHash',
  'msExchSafeRecipientsHash',
  'msDS-ExternalDirectoryObjectID',
  'publicDelegates',
];

const FINDINGS: readonly Finding[] = [
  {
    id: 'M1',
    file: 'azure-ad-connect-writeback/exchange-hybrid-writeback.mdx',
    evidence:
      'Configure AD DS Connector Account Permissions: Set-ADSyncExchangeHybridPermissions grants Read/Write all properties on descendant User, InetOrgPerson, Group and Contact objects; -IncludeAdminSdHolders "is not recommended"',
    problems: (mdx) => {
      const protectedAccounts = section(mdx, 'Protected accounts');
      const code = codeLines(protectedAccounts);
      const adminSdHolderGrants = code.filter((line) => /^dsacls\b/i.test(line) && /\/G\b/.test(line));
      return [
        ...code.filter((line) => /-IncludeAdminSdHolders/i.test(line)).map((line) => `runs the module switch Microsoft does not recommend: ${line}`),
        ...adminSdHolderGrants
          .filter((line) => !/:WP;\$\{attribute\}"$/.test(line) && !HYBRID_ATTRIBUTES.some((attribute) => line.endsWith(`:WP;${attribute}"`)))
          .map((line) => `grants more than write access to one hybrid attribute: ${line}`),
        ...unless(/foreach \(\$attribute in 'proxyAddresses'/.test(protectedAccounts) || adminSdHolderGrants.length === 0, 'the AdminSDHolder grant does not list the hybrid attributes'),
        ...unless(/keep privileged accounts out of hybrid writeback/i.test(protectedAccounts), 'does not lead with keeping privileged accounts out of scope'),
        ...unless(/membership of Domain Admins, Enterprise Admins/.test(protectedAccounts), 'does not say the switch reaches the membership of Domain Admins and Enterprise Admins'),
        ...unless(/Microsoft does not recommend it/.test(protectedAccounts), 'does not say Microsoft does not recommend the switch'),
        ...unless(/<Unconfirmed>[^<]*SDProp/.test(protectedAccounts), 'states what SDProp does with these entries as fact, not as unconfirmed'),
        ...unless(!/the protected accounts get its permissions at the next SDProp run/.test(protectedAccounts), 'promises that SDProp delivers the rights'),
      ];
    },
  },
  {
    id: 'm1',
    file: 'azure-ad-connect-writeback/password-writeback.mdx',
    evidence: 'Configure AD DS Connector Account Permissions, Password Writeback table: Reset Password, Write lockoutTime, Write pwdLastSet (no Change Password); ADSyncConfig reference: -SkipAdminSdHolders',
    problems: (mdx) => [
      ...unless(!/grants the per-user rights of step 4/.test(mdx), 'says the cmdlet grants all of step 4'),
      ...unless(/not Change Password/.test(mdx), 'does not say the cmdlet leaves out Change Password'),
      ...unless(/updates the AdminSDHolder object unless you add `-SkipAdminSdHolders`/.test(mdx), 'does not say 1.x builds stamp AdminSDHolder by default'),
    ],
  },
  {
    id: 'm2',
    file: 'azure-ad-connect-writeback/password-writeback.mdx',
    evidence: 'SSPR writeback tutorial: configure the account permissions, then enable password writeback in Microsoft Entra Connect',
    problems: (mdx) => {
      const wizard = mdx.search(/Turn on the \*\*Password writeback\*\* option|\*\*Turn on the Password writeback option\*\*/);
      const permissions = mdx.indexOf('**Grant the on-premises permissions**');
      return unless(wizard > permissions && permissions > 0, 'turns the option on in the wizard before the permissions are granted');
    },
  },
  {
    id: 'm3',
    file: 'azure-ad-connect-writeback/exchange-hybrid-writeback.mdx',
    evidence: 'ADSyncConfig reference: before 2.0.3.0 the Set-ADSync...Permissions cmdlets update AdminSDHolder unless -SkipAdminSdHolders; Dsacls Syntax: /R removes all permissions of the account',
    problems: (mdx) => {
      // The paragraph that introduces the undo block.
      const block = mdx.indexOf('```powershell title="Remove the connector account from AdminSDHolder"');
      const before = block < 0 ? '' : mdx.slice(mdx.lastIndexOf('\n\n', block - 3), block);
      return [
        ...unless(/including any that ADSyncConfig cmdlets added/.test(before), 'does not warn that /R also removes entries other ADSyncConfig cmdlets added'),
        ...unless(/grant again what was there before you started/.test(before), 'does not say how to restore those entries'),
      ];
    },
  },
  {
    id: 'm4',
    file: 'azure-ad-connect-writeback/group-writeback.mdx',
    evidence: 'Group writeback for Microsoft 365 groups, Prerequisites: "Single sign-on configured by using Microsoft Entra Connect"',
    problems: (mdx) => unless(/single sign-on configured with Azure AD Connect/i.test(section(mdx, 'Before you begin')), 'leaves out the single sign-on prerequisite'),
  },
  {
    id: 'm5',
    file: 'azure-ad-connect-writeback/windows-10-device-sync.mdx',
    evidence: 'azure-docs hybrid-azuread-join-manual.md (earlier revision): "Is only supported by the MSOnline PowerShell module version 1.1.166.0"',
    problems: (mdx) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
      const backed = /note: .*1\.1\.166\.0/.test(frontmatter);
      return unless(!/1\.1\.166\.0/.test(mdx.slice(frontmatter.length + 8)) || backed, 'gives the MSOnline 1.1.166.0 claim without a source that says it');
    },
  },
  // m6 in every writeback guide: one check, the same evidence.
  ...['group-writeback', 'exchange-hybrid-writeback', 'overview', 'password-writeback', 'windows-10-device-sync', 'device-writeback', 'user-writeback'].map((guide) => ({
    id: 'm6',
    file: `azure-ad-connect-writeback/${guide}.mdx`,
    evidence: 'Microsoft Learn: canonical addresses are https://learn.microsoft.com/en-us/... ; legacy /azure/active-directory/ paths, other locales and a trailing-dot host are redirects or odd',
    problems: (mdx: string) => canonicalLearnProblems(mdx),
  })),
  {
    id: 'm8',
    file: 'ipv6-routed-lan/windows-ipv6-router.mdx',
    evidence: 'netsh set interface: advertisedrouterlifetime defaults to 1,800 seconds; clients keep the router as gateway until then',
    problems: (mdx) => {
      const undo = codeLines(section(mdx, 'Undo'));
      const stopAdvertising = undo.findIndex((line) => /advertise=disabled/.test(line));
      const firstForwardingOff = undo.findIndex((line) => /forwarding=disabled/.test(line));
      return [
        ...unless(stopAdvertising >= 0 && firstForwardingOff > stopAdvertising, 'turns forwarding off before (or together with) advertising'),
        ...unless(/After at least 30 minutes/.test(section(mdx, 'Undo')), 'does not wait for the router lifetime before forwarding stops'),
      ];
    },
  },
  {
    id: 'm9',
    file: 'ipv6-routed-lan/windows-ipv6-router.mdx',
    evidence: 'netsh ipv6 set interface: no privacy parameter; set privacy state= is machine-wide',
    problems: (mdx) => codeLines(mdx).filter((line) => /set interface/.test(line) && /privacy=/.test(line)).map((line) => `set interface with privacy=: ${line}`),
  },
  {
    id: 'm10',
    file: 'ipv6-routed-lan/verify-and-publish.mdx',
    evidence: 'netsh: ipv6 reset "Removes all user-configured IPv6 settings and restores defaults after a system restart"',
    problems: (mdx) => codeLines(mdx).filter((line) => /^netsh int(erface)? ipv6 reset/i.test(line)).map((line) => `runs a reset of every IPv6 setting as a roll-back: ${line}`),
  },
  {
    id: 'm11',
    file: 'ipv6-routed-lan/verify-and-publish.mdx',
    evidence: 'KB 929852: DisabledComponents is a bit field; reg add /f overwrites it',
    problems: (mdx) => {
      const code = codeLines(mdx);
      const query = code.findIndex((line) => /^reg query .*\/v DisabledComponents/.test(line));
      const add = code.findIndex((line) => /^reg add .*\/v DisabledComponents .*\/f$/.test(line));
      return [
        ...unless(query >= 0 && query < add, 'overwrites DisabledComponents without looking at it first'),
        ...unless(/set it back to the value you wrote down/.test(mdx), 'the undo deletes a value that may have been there before'),
      ];
    },
  },
  {
    id: 'm12',
    file: 'ipv6-routed-lan/verify-and-publish.mdx',
    evidence: 'netsh set global: randomizeidentifiers enables or disables randomization, no default given; the default since Vista rests on NetworkAcademy',
    problems: (mdx) => unless(/Since Windows Vista[^\n]*\(NetworkAcademy, in Sources; Microsoft's netsh reference documents the setting/.test(mdx), 'states the default as fact without saying which source gives it'),
  },
  {
    id: 'm13',
    file: 'ipv6-routed-lan/windows-ipv6-router.mdx',
    evidence: 'earlier audit I11: the router steps gave no expected output',
    problems: (mdx) => {
      const steps = section(mdx, 'Steps');
      return unless(/Ok\./.test(steps.slice(0, steps.indexOf('5. **'))), 'router steps 1 to 4 give no expected output');
    },
  },
  {
    id: 'm14',
    file: 'ipv6-routed-lan/hurricane-electric-tunnel.mdx',
    evidence: 'the post: "Another destination you can attempt to ping is [lost]"',
    problems: (mdx) => unless(/second destination/.test(section(mdx, 'Verify')), 'drops the post\'s second ping target silently'),
  },
  {
    id: 'm16',
    file: 'windows-server/sysprep-access-denied.mdx',
    evidence: 'What Should You Consider in Your BitLocker Deployment Plan? (Windows 7, Windows Server 2008 R2): a new Windows 7 install has a separate system partition by default',
    problems: (mdx) => [
      ...unless(!/Windows Server 2008 and later, whose installs often put a small system partition first/.test(mdx), 'says Windows Server 2008 installs put a small system partition first'),
      ...unless(/Windows Server 2008 R2/.test(section(mdx, 'Steps')), 'does not tell 2008 from 2008 R2'),
    ],
  },
  {
    id: 'm18',
    file: 'windows-server/usb-dos-boot.mdx',
    evidence: 'certutil: -hashfile InFile [HashAlgorithm] displays a cryptographic hash over a file',
    problems: (mdx) => unless(/certutil -hashfile/.test(section(mdx, 'Before you begin')), 'sends readers to an unvetted download with no way to check it'),
  },
  {
    id: 'm20',
    file: 'windows-server/wow6432node-registry.mdx',
    evidence: 'earlier audit X2: the hangresistance value type and data are not given',
    problems: (mdx) => unless(/neither the value's type nor its data/.test(mdx), 'names hangresistance without its type and data, or saying they are unknown'),
  },
  {
    id: 'm21',
    file: 'small-business-server/account-rename-ebs-install-failure.mdx',
    evidence: 'CIS item: "It is recommended to choose another name for this account"; only the Security Server being installed needs the default name',
    problems: (mdx) => [
      ...unless(!/On each such computer \(a member server or workstation that received the policy\), rename the account back/.test(mdx), 'undoes the hardening on every computer'),
      ...unless(/only on the Security Server you are installing/.test(mdx), 'does not limit the rename to the Security Server'),
    ],
  },
  {
    id: 'm24',
    file: 'small-business-server/schema-upgrade-without-dvd.mdx',
    evidence: 'Adprep: /forestprep needs Enterprise Admins, Schema Admins and Domain Admins of the schema master\'s domain',
    problems: (mdx) => unless(/forest preparation needs all three/.test(mdx), 'splits the groups wrongly between forest and domain preparation'),
  },
  // This round's own review: undo blocks, version-bound claims, registry values, licensing statements.
  {
    id: 'R2-1 licensing',
    file: 'azure-ad-connect-writeback/exchange-hybrid-writeback.mdx',
    evidence: 'no Microsoft page found says which licence Exchange hybrid writeback needs',
    problems: (mdx) => [
      ...unless(!/^[^<\n]*This writeback does not need Azure AD Premium licences\./m.test(mdx), 'states the post\'s licensing claim as fact'),
      ...unless(/<Unconfirmed>The post says this writeback does not need Azure AD Premium licences/.test(mdx), 'does not mark the licensing claim unconfirmed'),
    ],
  },
  {
    id: 'R2-2 licensing',
    file: 'small-business-server/log-on-to-restrictions.mdx',
    evidence: 'Built-In Licenses (Windows EBS): up to two hours after a server joins the domain',
    problems: (mdx) => unless(/up to two hours/.test(mdx.slice(mdx.indexOf('\n---', 4))), 'says every server takes any user at once, also one that has just joined'),
  },
  {
    id: 'R2-3 undo',
    file: 'ipv6-routed-lan/hurricane-electric-tunnel.mdx',
    evidence: 'netsh teredo set state default sets the system default, which may not be the state before step 3',
    problems: (mdx) => unless(/netsh interface teredo show state/.test(mdx), 'the undo sets Teredo to the default instead of the state it had'),
  },
  {
    id: 'R2-4 undo',
    file: 'ipv6-routed-lan/windows-ipv6-router.mdx',
    evidence: 'steps 5 and 6 also set routerdiscovery and advertisedefaultroute; the undo left them as set',
    problems: (mdx) => unless(/write down the current settings of both interfaces/.test(mdx) && /Router Discovery/.test(section(mdx, 'Undo')), 'the undo does not restore the interface settings it did not switch off'),
  },
  {
    id: 'R2-5 undo',
    file: 'windows-server/wow6432node-registry.mdx',
    evidence: 'an export holds only the values that existed; importing it does not remove a value added afterwards',
    problems: (mdx) => unless(/to undo a value you add, such as `hangresistance`, delete that value/.test(mdx), 'says importing the export undoes the change, also for a value that was added'),
  },
  {
    id: 'R2-6 unconfirmed',
    file: 'small-business-server/rww-password-prompts.mdx',
    evidence: 'review open question 4: no source on whether DefaultAppPool must be recycled',
    problems: (mdx) => [
      ...unless(!/No restart is needed: IIS picks up the configuration change\./.test(mdx), 'states as fact that nothing needs a restart'),
      ...unless(/<Unconfirmed>Whether IIS applies the change at once/.test(mdx), 'does not mark the open question unconfirmed'),
    ],
  },
];

/** Sources on Microsoft Learn must use the canonical address: https://learn.microsoft.com/en-us/ and no legacy path. */
function canonicalLearnProblems(mdx: string): string[] {
  return sourceUrls(mdx)
    .filter((url) => /^https:\/\/(learn|docs)\.microsoft\.com\.?\//i.test(url))
    .filter((url) => !url.startsWith('https://learn.microsoft.com/en-us/') || /\/azure\/active-directory\//.test(url) || /\?/.test(url))
    .map((url) => `not a canonical Microsoft Learn address: ${url}`);
}

describe('content review findings (2026-12-05) and this round\'s own', () => {
  it('lists M1 and the 18 listed minor findings (sanity check of this test)', () => {
    const listed = new Set(FINDINGS.map((finding) => finding.id).filter((id) => /^[Mm]\d+$/.test(id)));
    expect([...listed].sort()).toEqual(['M1', 'm1', 'm10', 'm11', 'm12', 'm13', 'm14', 'm16', 'm18', 'm2', 'm20', 'm21', 'm24', 'm3', 'm4', 'm5', 'm6', 'm8', 'm9']);
  });

  it.each(FINDINGS.map((finding) => [`${finding.id} ${finding.file}`, finding] as const))('%s: the check flags the guide as it was', (_name, finding) => {
    const before = readFileSync(join(beforeDir, `${finding.file}.txt`), 'utf8');
    expect(finding.problems(before).length).toBeGreaterThan(0);
  });

  it.each(FINDINGS.map((finding) => [`${finding.id} ${finding.file}`, finding] as const))('%s: the guide is fixed', (_name, finding) => {
    expect(finding.problems(readFileSync(join(guidesDir, finding.file), 'utf8'))).toEqual([]);
  });
});

describe('every guide cites Microsoft Learn by its canonical address', () => {
  const files = ['azure-ad-connect-writeback', 'ipv6-routed-lan', 'windows-server', 'small-business-server'].flatMap(findGuides);

  it('finds the 20 guides (sanity check of this test)', () => {
    expect(files).toHaveLength(20);
  });

  it.each(files)('%s', (file) => {
    expect(canonicalLearnProblems(readFileSync(join(guidesDir, file), 'utf8'))).toEqual([]);
  });
});

function findGuides(group: string): string[] {
  return readdirSync(join(guidesDir, group))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `${group}/${name}`);
}
