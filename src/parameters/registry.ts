import { formatIpv6, parseIpv6 } from './ip';
import type { ParameterType } from './types';

/** A value the reader types. */
export interface InputParameter {
  kind: 'input';
  name: string;
  label: string;
  help: string;
  type: ParameterType;
  /** Shown until the reader types their own; must pass its own validation. */
  example: string;
}

/** A value computed from others, never typed twice. */
export interface DerivedParameter {
  kind: 'derived';
  name: string;
  label: string;
  help: string;
  from: readonly string[];
  /** Gets the canonical values of `from`; undefined when they give no value. */
  derive: (values: Readonly<Record<string, string>>) => string | undefined;
  example: string;
}

export type Parameter = InputParameter | DerivedParameter;

const input = (name: string, type: ParameterType, label: string, example: string, help: string): InputParameter => ({
  kind: 'input',
  name,
  type,
  label,
  example,
  help,
});

/** The address with interface id `id` in a canonical "…::/64" prefix. */
function addressInPrefix(prefix: string | undefined, id: number): string | undefined {
  const parsed = parseIpv6((prefix ?? '').replace(/\/64$/, ''));
  if ('error' in parsed) return undefined;
  return formatIpv6([...parsed.groups.slice(0, 7), id]);
}

const derived = (name: string, label: string, from: string, id: number, example: string, help: string): DerivedParameter => ({
  kind: 'derived',
  name,
  label,
  help,
  from: [from],
  derive: (values) => addressInPrefix(values[from], id),
  example,
});

/** Every parameter of every guide, defined once; the order is the form's order. */
export const PARAMETERS: readonly Parameter[] = [
  input('accountName', 'ntAccount', 'AD DS connector account', 'CONTOSO\\AAD_a1b2c3d4e5f6',
    'The account Azure AD Connect sync uses to manage objects in your directory, usually AAD_ followed by a number.'),
  input('domainName', 'dnsDomain', 'Domain for registered devices', 'contoso.com',
    'The DNS name of the Active Directory domain where device objects will be created.'),
  input('cloudGroupOU', 'distinguishedName', 'OU for written-back groups', 'OU=CloudGroups,DC=contoso,DC=com',
    'Distinguished name of the OU that will hold the Office 365 groups written back.'),
  input('cloudUserOU', 'distinguishedName', 'OU for written-back users', 'OU=CloudUsers,DC=contoso,DC=com',
    'Distinguished name of the OU that will hold the cloud users written back.'),
  input('passwordOU', 'distinguishedName', 'Scope for password writeback', 'DC=contoso,DC=com',
    'The domain root, or an OU to scope the password permissions down to.'),
  input('hybridOU', 'distinguishedName', 'Scope for Exchange hybrid writeback', 'DC=contoso,DC=com',
    'The domain root, or the OU that holds the users, contacts and groups synchronised for Exchange hybrid.'),
  input('aadConnectorName', 'connectorName', 'Azure AD connector name', 'contoso.onmicrosoft.com - AAD',
    'The name of the Azure AD connector, as Get-ADSyncConnector lists it: your tenant name followed by " - AAD".'),
  input('aadConnectPath', 'windowsPath', 'Azure AD Connect folder', 'C:\\Program Files\\Microsoft Azure Active Directory Connect',
    'Where Azure AD Connect is installed on the sync server.'),
  input('tunnelServerIPv4', 'ipv4', 'Server IPv4 address', '203.0.113.5',
    "Hurricane Electric's end of the tunnel (Server IPv4 Address on the tunnel details page)."),
  input('tunnelClientIPv4', 'ipv4', 'Client IPv4 address', '198.51.100.20',
    "Your end of the tunnel: your public IPv4 address, or this server's private address when it sits behind a NAT router."),
  input('tunnelPrefix', 'ipv6Prefix64', 'Tunnel endpoints /64', '2001:db8:1f0a:65b::/64',
    'The /64 of the tunnel endpoints (Server IPv6 Address without its ::1).'),
  input('routedPrefix', 'ipv6Prefix64', 'Routed /64', '2001:db8:1f0b:65b::/64',
    'The Routed /64 prefix Hurricane Electric assigned for your LAN.'),
  input('lanInterface', 'interfaceName', 'LAN connection name', 'Local Area Connection',
    "The name of the router's LAN network connection, as netsh interface show interface lists it."),
  input('tunnelInterface', 'interfaceName', 'Tunnel interface name', 'IP6Tunnel',
    'The name to give the 6in4 tunnel interface.'),
  input('iisSiteName', 'iisSiteName', 'IIS web site', 'Default Web Site',
    'The IIS site that hosts the Exchange virtual directories (EWS, Autodiscover, OAB).'),
  derived('tunnelServerIPv6', 'Server IPv6 address', 'tunnelPrefix', 1, '2001:db8:1f0a:65b::1',
    "Hurricane Electric's end of the tunnel: the tunnel /64 with ::1."),
  derived('tunnelClientIPv6', 'Client IPv6 address', 'tunnelPrefix', 2, '2001:db8:1f0a:65b::2',
    'Your end of the tunnel: the tunnel /64 with ::2.'),
  derived('routerLanIPv6', "Router's LAN IPv6 address", 'routedPrefix', 1, '2001:db8:1f0b:65b::1',
    "The router's address on the LAN: the routed /64 with ::1."),
];

const BY_NAME = new Map(PARAMETERS.map((parameter) => [parameter.name, parameter]));

/** The parameter of that name, if there is one. */
export function getParameter(name: string): Parameter | undefined {
  return BY_NAME.get(name);
}

/** The derived parameters that can be computed from these input names. */
export function derivedParametersOf(names: readonly string[]): DerivedParameter[] {
  return PARAMETERS.filter(
    (parameter): parameter is DerivedParameter => parameter.kind === 'derived' && parameter.from.every((name) => names.includes(name)),
  );
}

/** Every parameter's example value, by name (what a page shows before the reader types). */
export function exampleValues(): Record<string, string> {
  return Object.fromEntries(PARAMETERS.map((parameter) => [parameter.name, parameter.example]));
}
