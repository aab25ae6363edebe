/**
 * The admins' vocabulary: each entry lists words that mean the same thing to a reader, with why.
 * A page that holds one form is also indexed under the others, and a query's form is checked
 * against all of them (src/search/synonyms.ts). Reviewed list: add an entry only with its reason.
 * Forms are matched as whole words, case-insensitively; a hyphen counts as a space.
 */
export interface SynonymEntry {
  forms: readonly string[];
  note: string;
}

export const SYNONYMS: readonly SynonymEntry[] = [
  { forms: ['Azure AD Connect', 'AADC', 'AAD Connect', 'Entra Connect', 'Microsoft Entra Connect', 'AADSync', 'Azure AD Sync', 'DirSync'], note: 'The sync tool: renamed Microsoft Entra Connect; AADSync and DirSync are the tools it replaced, and admins still use their names.' },
  { forms: ['Azure AD', 'AAD', 'Azure Active Directory', 'Entra ID', 'Microsoft Entra ID'], note: 'Azure Active Directory was renamed Microsoft Entra ID.' },
  { forms: ['password writeback', 'SSPR', 'self-service password reset'], note: 'Password writeback is what lets self-service password reset (SSPR) in the cloud change on-premises passwords.' },
  { forms: ['writeback', 'write back'], note: 'Also written write-back and write back in Microsoft documentation and forums.' },
  { forms: ['GAL', 'Global Address List'], note: 'Exchange acronym.' },
  { forms: ['Hurricane Electric', 'HE', 'tunnelbroker', 'tunnel broker', 'HE.net'], note: "Hurricane Electric's free IPv6 tunnel broker (tunnelbroker.net); admins call it HE." },
  { forms: ['6in4', 'IPv6 in IPv4', 'protocol 41', 'SIT tunnel'], note: '6in4 carries IPv6 packets inside IPv4 as IP protocol 41; Linux calls such an interface a sit tunnel.' },
  { forms: ['RWW', 'Remote Web Workplace', 'Remote Web Access', 'RWA'], note: 'SBS and EBS remote access portal; SBS 2011 renamed it Remote Web Access.' },
  { forms: ['SBS', 'Small Business Server'], note: 'Windows Small Business Server.' },
  { forms: ['SBS 2008', 'SBS08', 'SBS2008', 'Small Business Server 2008'], note: 'How admins write the 2008 release.' },
  { forms: ['EBS', 'Essential Business Server'], note: 'Windows Essential Business Server.' },
  { forms: ['EBS 2008', 'EBS08', 'EBS2008', 'Essential Business Server 2008'], note: 'How admins write the 2008 (only) release.' },
  { forms: ['DC', 'domain controller'], note: 'Active Directory acronym.' },
  { forms: ['GPO', 'Group Policy', 'Group Policy Object', 'GPMC'], note: 'Group Policy objects, edited in the Group Policy Management Console (GPMC).' },
  { forms: ['AD', 'Active Directory', 'AD DS', 'Active Directory Domain Services'], note: 'Active Directory Domain Services.' },
  { forms: ['ADUC', 'Active Directory Users and Computers', 'dsa.msc'], note: 'The console and its file name.' },
  { forms: ['OU', 'organizational unit', 'organisational unit'], note: 'Active Directory container; both spellings.' },
  { forms: ['UPN', 'user principal name'], note: 'Account name in user@domain form.' },
  { forms: ['ACE', 'access control entry'], note: 'One entry of an ACL, as dsacls writes them.' },
  { forms: ['ACL', 'access control list', 'permissions', 'perms'], note: 'Admins say "ACL" for an object\'s permissions, and write "perms" for short.' },
  { forms: ['AD FS', 'ADFS', 'Active Directory Federation Services'], note: 'Both spellings of the acronym are common.' },
  { forms: ['WAP', 'Web Application Proxy'], note: 'The AD FS proxy role.' },
  { forms: ['Office 365', 'O365', 'Microsoft 365', 'M365'], note: 'Office 365 plans were renamed Microsoft 365.' },
  { forms: ['Exchange Online', 'EXO'], note: 'Exchange acronym.' },
  { forms: ['OWA', 'Outlook Web App', 'Outlook Web Access', 'Outlook on the web'], note: 'Names of the Exchange web client over the releases.' },
  { forms: ['Outlook Anywhere', 'RPC over HTTP', 'RPC/HTTP'], note: 'Outlook Anywhere is RPC over HTTP.' },
  { forms: ['TS Gateway', 'RD Gateway', 'Remote Desktop Gateway', 'Terminal Services Gateway', 'RDG'], note: 'TS Gateway was renamed RD Gateway in Windows Server 2008 R2.' },
  { forms: ['Remote Desktop', 'RDP', 'mstsc', 'Terminal Services', 'RDS'], note: 'The protocol, its client and the server role.' },
  { forms: ['IIS', 'Internet Information Services'], note: 'Web server acronym.' },
  { forms: ['RRAS', 'Routing and Remote Access'], note: 'Windows routing role acronym.' },
  { forms: ['router advertisement', 'RA', 'router advertisements', 'SLAAC'], note: 'IPv6 clients configure themselves (SLAAC) from router advertisements.' },
  { forms: ['NIC', 'network adapter', 'network card', 'LAN card', 'network interface'], note: 'The same hardware, by every name.' },
  { forms: ['USB key', 'USB stick', 'USB drive', 'flash drive', 'thumb drive', 'pen drive'], note: 'Regional names for the same thing.' },
  { forms: ['DOS', 'MS-DOS'], note: 'The boot key runs MS-DOS.' },
  { forms: ['IE', 'Internet Explorer'], note: 'Browser acronym.' },
  { forms: ['regedit', 'registry editor'], note: 'The tool and its name.' },
  { forms: ['x64', '64-bit', 'amd64', 'x86-64'], note: 'Names of 64-bit Windows.' },
  { forms: ['CU', 'cumulative update'], note: 'Exchange updates are cumulative updates.' },
  { forms: ['WSS', 'Windows SharePoint Services', 'SharePoint'], note: 'SBS 2008 ships Windows SharePoint Services 3.0.' },
  { forms: ['CAL', 'client access licence', 'client access license'], note: 'Licensing acronym; both spellings.' },
  { forms: ['licence', 'license'], note: 'British and American spelling.' },
  { forms: ['licences', 'licenses'], note: 'British and American spelling.' },
  { forms: ['synchronise', 'synchronize', 'sync'], note: 'Both spellings, and the short form.' },
  { forms: ['synchronisation', 'synchronization'], note: 'Both spellings.' },
  { forms: ['logon', 'log on', 'login', 'log in', 'sign in'], note: 'Windows says "log on", readers say "login" and Azure says "sign in".' },
  { forms: ['KB', 'Knowledge Base'], note: 'Microsoft support article numbers.' },
  { forms: ['password', 'pw', 'pwd', 'passwd'], note: 'Admins\' shorthand for password in tickets and forum posts.' },
  { forms: ['Windows Server 2008 R2', '2008 R2', '2k8r2', '2k8 R2', 'W2K8R2'], note: 'Shorthand for Windows Server 2008 R2.' },
  { forms: ['administrator', 'admin'], note: 'The built-in account, and how admins write it.' },
];
