import { describe, expect, it } from 'vitest';
import { findSteps } from '../../../src/guides/steps';
import { guideStructuredData, jsonLdScript } from '../../../src/metadata/structured-data';
import { schemaOrgProblems } from '../../support/schema-org';

const site = new URL('https://guides.example.org');
const body = `Intro.

## Steps

1. **Load the AdSyncPrep module** in an elevated PowerShell session:

   \`\`\`powershell
   Import-Module AdSyncPrep
   \`\`\`

2. Open **Server Manager** and go to **Roles > Terminal Services**.

## Verify

1. Not a step.
`;
const input = {
  path: '/guides/azure-ad-connect-writeback/group-writeback/',
  title: 'Prepare Active Directory for group writeback',
  summary: 'Create the permissions.',
  lastUpdated: '2026-11-25',
  post: 'Configuring Writeback Permissions',
  postPublished: '2015-06',
  appliesTo: ['Azure AD Connect (AADSync)', 'Office 365'],
  topics: ['Azure AD Connect', 'Office 365'],
  imagePath: '/social/azure-ad-connect-writeback/group-writeback.png',
  trail: [{ label: 'Home', href: '/' }, { label: 'Azure AD Connect writeback', href: '/guides/azure-ad-connect-writeback/' }, { label: 'Prepare Active Directory for group writeback' }],
  steps: findSteps(body),
};

type Graph = { '@graph': Array<Record<string, unknown>> };

describe('guideStructuredData', () => {
  const data = guideStructuredData(input, site) as unknown as Graph;
  const [article, breadcrumb] = data['@graph'];

  it('passes the schema.org and Google checks for TechArticle, HowTo and BreadcrumbList', () => {
    expect(schemaOrgProblems(data)).toEqual([]);
  });

  it('has the HowTo steps of the Steps list, in order', () => {
    const howTo = article?.['mainEntity'] as { step: Array<{ name?: string; text: string; position: number }> };
    expect(howTo.step).toEqual([
      { '@type': 'HowToStep', position: 1, name: 'Load the AdSyncPrep module', text: 'Load the AdSyncPrep module in an elevated PowerShell session:' },
      { '@type': 'HowToStep', position: 2, text: 'Open Server Manager and go to Roles > Terminal Services.' },
    ]);
  });

  it('dates the guide by its last update and the post it comes from by its own date', () => {
    expect(article?.['dateModified']).toBe('2026-11-25');
    expect(article?.['datePublished']).toBeUndefined();
    expect(article?.['isBasedOn']).toEqual({ '@type': 'BlogPosting', headline: 'Configuring Writeback Permissions', datePublished: '2015-06' });
    expect(article?.['about']).toEqual(['Azure AD Connect (AADSync)', 'Office 365', 'Azure AD Connect'].map((name) => ({ '@type': 'Thing', name })));
  });

  it('lists the breadcrumb trail with absolute URLs, the page last', () => {
    expect(breadcrumb?.['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://guides.example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Azure AD Connect writeback', item: 'https://guides.example.org/guides/azure-ad-connect-writeback/' },
      { '@type': 'ListItem', position: 3, name: 'Prepare Active Directory for group writeback', item: 'https://guides.example.org/guides/azure-ad-connect-writeback/group-writeback/' },
    ]);
  });

  it('has no HowTo for a guide without a Steps list', () => {
    const overview = guideStructuredData({ ...input, steps: [] }, site) as unknown as Graph;
    expect(overview['@graph'][0]?.['mainEntity']).toBeUndefined();
    expect(schemaOrgProblems(overview)).toEqual([]);
  });

  it('catches what the checker is for: a misplaced property, a missing step text, a long headline', () => {
    const broken = guideStructuredData({ ...input, title: 'x'.repeat(111) }, site) as unknown as Graph;
    broken['@graph'][0]!['breadcrumb'] = { '@id': '#breadcrumb' };
    (broken['@graph'][0]!['mainEntity'] as { step: Array<Record<string, unknown>> }).step[0]!['text'] = '';
    expect(schemaOrgProblems(broken)).toEqual([
      '@graph[0]: breadcrumb is not a property of TechArticle',
      '@graph[0] (TechArticle): headline of 1 to 110 characters',
      '@graph[0].mainEntity.step[0] (HowToStep): text',
    ]);
  });
});

describe('jsonLdScript', () => {
  it('cannot end its script element, whatever a guide says', () => {
    const text = jsonLdScript({ headline: 'Fix </script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: 'Fix </script><script>alert(1)</script>' });
  });
});
