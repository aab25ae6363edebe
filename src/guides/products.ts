/**
 * The products a guide can say it applies to, one canonical spelling each, so that `appliesTo` is
 * never a tag copied from the post ("2008") or a near-miss spelling ("EBS 2008", "Server 2008R2").
 * A new product is added here, spelled as its vendor spells it.
 */
export const PRODUCTS = [
  // Windows Server and its roles
  'Windows Server 2003',
  'Windows Server 2008',
  'Windows Server 2008 R2',
  'Windows Server 2012',
  'Windows Server 2012 R2',
  'IIS 7',
  'Active Directory Federation Services',
  'Web Application Proxy',
  // Windows clients
  'Windows Vista',
  'Windows 7',
  'Windows 10',
  'Internet Explorer 8',
  // Windows Small Business Server and Essential Business Server
  'Small Business Server 2008',
  'Essential Business Server 2008',
  // Exchange
  'Exchange Server',
  'Exchange Server 2007',
  'Exchange Server 2013 CU8',
  // Microsoft cloud
  'Azure AD Connect',
  'Azure AD Sync',
  'Azure AD Premium',
  'Enterprise Mobility Suite',
  'Office 365',
  // Other vendors
  'Hurricane Electric tunnel broker',
  'DrayTek Vigor 2920',
  'HP USB Disk Storage Format Tool',
  'Offline NT Password & Registry Editor',
] as const;

export type Product = (typeof PRODUCTS)[number];

/** A range of versions is written as the first one followed by this. */
const OR_LATER = ' or later';

const KNOWN = new Set<string>(PRODUCTS);

/** Whether an `appliesTo` entry names a known product, alone or as "<product> or later". */
export function isKnownProduct(entry: string): boolean {
  return KNOWN.has(entry) || (entry.endsWith(OR_LATER) && KNOWN.has(entry.slice(0, -OR_LATER.length)));
}

/** What the build says about an entry that is not a known product: what is wrong and how to fix it. */
export function unknownProductMessage(entry: string): string {
  return (
    `"${entry}" is not a known product name. Use one of: ${PRODUCTS.join(', ')}; ` +
    `optionally followed by "${OR_LATER.trim()}". A new product is added to src/guides/products.ts.`
  );
}
