import type { Ipv4RangeKind, Ipv6Scope } from './ip';

/**
 * What can be wrong with a value, and the details its message needs. The words are in
 * problem-messages.ts, which the browser loads only once a value is wrong.
 */
export interface ProblemDetails {
  oneLine: object;
  farTooLong: object;
  unseenCharacter: { character: string; position: number };
  leadingMark: object;
  accountAsEmail: object;
  accountNoBackslash: object;
  accountDomainEmpty: object;
  accountDomainTooLong: { length: number };
  accountDomainCharacter: { character: string };
  accountDomainPeriod: object;
  accountNameEmpty: object;
  accountTwoBackslashes: object;
  accountNameTooLong: { length: number };
  accountNameCharacter: { character: string };
  accountNameDots: object;
  dnAttributeExpected: { position: number };
  dnEqualsExpected: { type: string; position: number };
  dnDoubleQuote: { character: string; position: number };
  dnEscapedQuote: { position: number };
  dnBackslash: { position: number };
  dnUnescaped: { character: string; position: number };
  dnEquals: { position: number };
  dnEmptyValue: { type: string };
  dnTrailingComma: object;
  dnNoDomain: object;
  dnDomainComponent: { value: string };
  dnsEmpty: object;
  dnsIsAddress: object;
  dnsTooLong: { length: number };
  dnsSingleLabel: object;
  dnsEmptyLabel: object;
  dnsLabelTooLong: { label: string };
  dnsCharacter: { character: string };
  dnsHyphen: { label: string };
  ipv4Shape: object;
  ipv4LeadingZero: object;
  ipv4Range: object;
  ipv4NotUnicast: { kind: Ipv4RangeKind };
  ipv4NotPublic: { kind: Ipv4RangeKind };
  ipv6Zone: object;
  ipv6PrefixLength: object;
  ipv6Character: { character: string };
  ipv6DoubleColons: object;
  ipv6EmbeddedIpv4: { part: string };
  ipv6EmptyGroup: object;
  ipv6Group: { part: string };
  ipv6GroupCount: { count: number };
  ipv6TooManyGroups: object;
  prefixLengthMissing: object;
  prefixNot64: { typed: string };
  prefixHostBits: { prefix: string };
  prefixNotGlobal: { scope: Ipv6Scope };
  interfaceEmpty: object;
  interfaceTooLong: object;
  interfaceCharacter: { character: string };
  interfaceEquals: object;
  interfaceBackslash: object;
  pathDrive: object;
  pathCharacter: { character: string };
  pathDoubleBackslash: object;
  pathFolderEnd: { folder: string };
  pathDots: object;
  pathTooLong: object;
  folderShortName: object;
  folderDriveRoot: object;
  folderUserWritable: { folder: string };
  connectorEmpty: object;
  connectorTooLong: object;
  connectorCharacter: { character: string };
  siteEmpty: object;
  siteTooLong: object;
  siteCharacter: { character: string };
  /** A derived value whose sources are not valid yet. */
  needsSources: { sources: readonly string[] };
  /** A valid value that no quoting makes safe where the code puts it (quoting.ts). */
  hereStringEnd: object;
  commentEnd: object;
  cmdCharacter: { character: string };
  cmdBackslash: object;
}

/** One problem: its code and its details. */
export type Problem = { [Code in keyof ProblemDetails]: { code: Code } & ProblemDetails[Code] }[keyof ProblemDetails];
