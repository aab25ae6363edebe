import type { ParameterName } from './registry';

/**
 * What the form says about each parameter. Kept apart from the registry so that the browser
 * script, which reads labels from the page, does not carry these words; the type makes sure
 * every parameter has its label and help, and nothing else does.
 */
export const PARAMETER_TEXT: Record<ParameterName, { label: string; help: string }> = {
  accountName: {
    label: 'AD DS connector account',
    help:
      'The account Azure AD Connect uses to read and write your Active Directory, as DOMAIN\\name. Express settings create it as MSOL_ followed by hex digits; a custom install uses the account chosen then. Read the real name in Synchronization Service Manager: Connectors, the Active Directory connector, Properties, Connect to Active Directory Forest.',
  },
  domainName: {
    label: 'Domain for registered devices',
    help: 'The DNS name of the Active Directory domain where device objects will be created.',
  },
  cloudGroupOU: {
    label: 'OU for written-back groups',
    help: 'Distinguished name of the OU that will hold the Office 365 (now Microsoft 365) groups written back.',
  },
  cloudUserOU: {
    label: 'OU for written-back users',
    help: 'Distinguished name of the OU that will hold the cloud users written back.',
  },
  passwordOU: {
    label: 'Scope for password writeback',
    help: 'The domain root, or an OU to scope the password permissions down to.',
  },
  hybridOU: {
    label: 'Scope for Exchange hybrid writeback',
    help: 'The domain root, or the OU that holds the users, contacts and groups synchronised for Exchange hybrid.',
  },
  domainDN: {
    label: 'Domain (distinguished name)',
    help: 'The distinguished name of the domain itself, such as DC=contoso,DC=com: the domain root and the parent of CN=AdminSDHolder,CN=System. Do each domain of the forest in turn.',
  },
  aadConnectorName: {
    label: 'Azure AD connector name',
    help: 'The name of the Azure AD connector, as Get-ADSyncConnector lists it: your tenant name followed by " - AAD".',
  },
  aadConnectPath: {
    label: 'Azure AD Connect folder',
    help: 'Where Azure AD Connect is installed on its server: C:\\Program Files\\Microsoft Azure Active Directory Connect unless another folder was chosen at install.',
  },
  tunnelServerIPv4: {
    label: 'Server IPv4 address',
    help: "Hurricane Electric's end of the tunnel (Server IPv4 Address on the tunnel details page).",
  },
  tunnelClientIPv4: {
    label: 'Client IPv4 address',
    help: "Your end of the tunnel: your public IPv4 address, or this server's private address when it sits behind a NAT router.",
  },
  tunnelPrefix: {
    label: 'Tunnel endpoints /64',
    help: 'The /64 of the tunnel endpoints: the Server IPv6 Address with ::/64 in place of ::1/64.',
  },
  routedPrefix: {
    label: 'Routed /64',
    help: 'The Routed /64 that Hurricane Electric assigned for your LAN (under Routed IPv6 Prefixes on the tunnel details page).',
  },
  lanInterface: {
    label: 'LAN connection name',
    help: "The name of the router's LAN network connection, as netsh interface show interface lists it.",
  },
  tunnelInterface: {
    label: 'Tunnel interface name',
    help: 'The name to give the 6in4 tunnel interface.',
  },
  clientInterface: {
    label: "Test client's connection name",
    help: "The name of a test client's network connection, as netsh interface show interface lists it on that client.",
  },
  clientIPv6: {
    label: "Test client's IPv6 address",
    help: 'An address for one test client: your Routed /64 with an interface part of your choice, not ::1 (the router) and different on each client.',
  },
  iisSiteName: {
    label: 'IIS web site',
    help: 'The IIS site that hosts the Exchange virtual directories (EWS, Autodiscover, OAB).',
  },
  tunnelServerIPv6: {
    label: 'Server IPv6 address',
    help: "Hurricane Electric's end of the tunnel: the tunnel /64 with ::1.",
  },
  tunnelClientIPv6: {
    label: 'Client IPv6 address',
    help: 'Your end of the tunnel: the tunnel /64 with ::2.',
  },
  routerLanIPv6: {
    label: "Router's LAN IPv6 address",
    help: "The router's address on the LAN: the routed /64 with ::1.",
  },
};
