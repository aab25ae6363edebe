import { describe, expect, it } from 'vitest';
import { canonicalUrl, fullTitle, modifiedTimeOf, previewTags, socialImageAlt, socialImagePath, type MetaTag } from '../../../src/metadata/link-preview';

const site = new URL('https://guides.example.org');
const guide = {
  title: 'Prepare Active Directory for group writeback',
  description: 'Create the permissions Azure AD Connect needs.',
  path: '/guides/azure-ad-connect-writeback/group-writeback/',
  image: { path: socialImagePath('azure-ad-connect-writeback/group-writeback'), alt: 'Group writeback card' },
  article: { section: 'Azure AD Connect writeback', products: ['Azure AD Connect (AADSync)', 'Exchange Server 2013 CU8 or later'], modified: '2026-11-25' },
};
const content = (tags: MetaTag[], key: string): string[] => tags.filter((tag) => ('property' in tag ? tag.property : tag.name) === key).map((tag) => tag.content);

describe('canonicalUrl', () => {
  it('is the site and the path, never the query string or fragment that carry a reader’s values', () => {
    expect(canonicalUrl('/guides/x/y/?accountName=CONTOSO%5CAAD_1#steps', site)).toBe('https://guides.example.org/guides/x/y/');
    expect(canonicalUrl('/', new URL('https://docs.example.net/'))).toBe('https://docs.example.net/');
  });
});

describe('previewTags', () => {
  const tags = previewTags(guide, site);

  it('gives a guide every Open Graph tag once, with its products and date', () => {
    for (const key of ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:image']) {
      expect(content(tags, key), key).toHaveLength(1);
    }
    expect(content(tags, 'og:type')).toEqual(['article']);
    expect(content(tags, 'og:site_name')).toEqual(['Windows Admin Guides']);
    expect(content(tags, 'og:url')).toEqual(['https://guides.example.org/guides/azure-ad-connect-writeback/group-writeback/']);
    expect(content(tags, 'og:image')).toEqual(['https://guides.example.org/social/azure-ad-connect-writeback/group-writeback.png']);
    expect(content(tags, 'article:tag')).toEqual(guide.article.products);
    expect(content(tags, 'twitter:data1')).toEqual(['Azure AD Connect (AADSync), Exchange Server 2013 CU8 or later']);
    expect(content(tags, 'article:modified_time')).toEqual(['2026-11-25']);
  });

  it('keeps a query string out of every tag', () => {
    const withValues = previewTags({ ...guide, path: `${guide.path}?accountName=CONTOSO%5CSECRET_VALUE` }, site);
    expect(withValues).toEqual(tags);
  });

  it('makes other pages websites with the site image and no article tags', () => {
    const page = previewTags({ title: 'Errors', description: 'Every error.', path: '/errors/', image: { path: socialImagePath(), alt: 'Site card' } }, site);
    expect(content(page, 'og:type')).toEqual(['website']);
    expect(content(page, 'og:image')).toEqual(['https://guides.example.org/social/site.png']);
    expect(content(page, 'article:tag')).toEqual([]);
  });
});

describe('the small helpers', () => {
  it('titles pages with the site name once', () => {
    expect(fullTitle('Search')).toBe('Search | Windows Admin Guides');
    expect(fullTitle('Windows Admin Guides')).toBe('Windows Admin Guides');
  });

  it('describes the social image with what it shows', () => {
    expect(socialImageAlt({ title: 'T', kicker: 'Group', products: ['A', 'B'] })).toBe('T (Group). Applies to A, B');
  });

  it('reads back the date a page states', () => {
    expect(modifiedTimeOf('<meta property="og:title" content="x"><meta property="article:modified_time" content="2026-11-25">')).toBe('2026-11-25');
    expect(modifiedTimeOf('<meta property="og:title" content="x">')).toBeUndefined();
  });
});
