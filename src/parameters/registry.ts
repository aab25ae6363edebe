import { addressInPrefix } from './validators/network';
import type { ParameterType } from './types';

/** A value the reader types. */
export interface InputParameter {
  kind: 'input';
  name: string;
  type: ParameterType;
  /** Shown until the reader types their own; must pass its own validation. */
  example: string;
  /**
   * Only the reader may set it: a link's value is ignored (kept out of the code, the clipboard and
   * downloads) and the reader types it. For values the guide runs code from (a folder it imports a
   * module from), where a crafted link could point an administrator at an attacker's code.
   */
  typedOnly?: true;
}

/** A value computed from others, never typed twice. */
export interface DerivedParameter {
  kind: 'derived';
  name: string;
  from: readonly string[];
  /** Gets the canonical values of `from`; undefined when they give no value. */
  derive: (values: Readonly<Record<string, string>>) => string | undefined;
  /** The interface id of the address `derive` makes in the prefix `from` (the page hands it to the browser's code). */
  addressId: number;
  example: string;
}

export type Parameter = InputParameter | DerivedParameter;

const input = <Name extends string>(name: Name, type: ParameterType, example: string, options: { typedOnly?: true } = {}): InputParameter & { name: Name } => ({
  kind: 'input',
  name,
  type,
  example,
  ...options,
});

const derived = <Name extends string>(name: Name, from: string, id: number, example: string): DerivedParameter & { name: Name } => ({
  kind: 'derived',
  name,
  from: [from],
  derive: (values) => addressInPrefix(values[from], id),
  addressId: id,
  example,
});

/** Every parameter of every guide, defined once (its words are in descriptions.ts); the order is the form's order. */
export const PARAMETERS = [
  input('accountName', 'ntAccount', 'CONTOSO\\MSOL_a1b2c3d4e5f6'),
  input('domainName', 'dnsDomain', 'contoso.com'),
  input('cloudGroupOU', 'distinguishedName', 'OU=CloudGroups,DC=contoso,DC=com'),
  input('cloudUserOU', 'distinguishedName', 'OU=CloudUsers,DC=contoso,DC=com'),
  input('passwordOU', 'distinguishedName', 'DC=contoso,DC=com'),
  input('hybridOU', 'distinguishedName', 'DC=contoso,DC=com'),
  input('domainDN', 'distinguishedName', 'DC=contoso,DC=com'),
  input('aadConnectorName', 'connectorName', 'contoso.onmicrosoft.com - AAD'),
  input('aadConnectPath', 'programFolder', 'C:\\Program Files\\Microsoft Azure Active Directory Connect', { typedOnly: true }),
  input('tunnelServerIPv4', 'publicIpv4', '203.0.113.5'),
  input('tunnelClientIPv4', 'ipv4', '198.51.100.20'),
  input('tunnelPrefix', 'ipv6Prefix64', '2001:db8:1f0a:65b::/64'),
  input('routedPrefix', 'ipv6Prefix64', '2001:db8:1f0b:65b::/64'),
  input('lanInterface', 'interfaceName', 'Local Area Connection'),
  input('tunnelInterface', 'interfaceName', 'IP6Tunnel'),
  input('clientInterface', 'interfaceName', 'Local Area Connection'),
  input('clientIPv6', 'ipv6', '2001:db8:1f0b:65b::10'),
  input('iisSiteName', 'iisSiteName', 'Default Web Site'),
  derived('tunnelServerIPv6', 'tunnelPrefix', 1, '2001:db8:1f0a:65b::1'),
  derived('tunnelClientIPv6', 'tunnelPrefix', 2, '2001:db8:1f0a:65b::2'),
  derived('routerLanIPv6', 'routedPrefix', 1, '2001:db8:1f0b:65b::1'),
] as const satisfies readonly Parameter[];

/** The name of a parameter of the registry. */
export type ParameterName = (typeof PARAMETERS)[number]['name'];

const BY_NAME = new Map<string, Parameter>(PARAMETERS.map((parameter) => [parameter.name, parameter]));

/** The parameter of that name, if there is one. */
export function getParameter(name: string): Parameter | undefined {
  return BY_NAME.get(name);
}

/** A link may not set this parameter (see InputParameter.typedOnly). */
export function isTypedOnly(name: string): boolean {
  const parameter = BY_NAME.get(name);
  return parameter?.kind === 'input' && parameter.typedOnly === true;
}

/** The derived parameters that can be computed from these input names. */
export function derivedParametersOf(names: readonly string[]): DerivedParameter[] {
  return (PARAMETERS as readonly Parameter[]).filter(
    (parameter): parameter is DerivedParameter => parameter.kind === 'derived' && parameter.from.every((name) => names.includes(name)),
  );
}

/** Every parameter's example value, by name (what a page shows before the reader types). */
export function exampleValues(): Record<string, string> {
  return Object.fromEntries(PARAMETERS.map((parameter) => [parameter.name, parameter.example]));
}
