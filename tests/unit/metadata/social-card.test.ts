import { describe, expect, it } from 'vitest';
import { socialCardElement, type CardElement } from '../../../src/metadata/social-card';

/** Every text the card draws, in order. */
const texts = (element: CardElement): string[] => {
  const { children } = element.props;
  if (typeof children === 'string') return [children];
  return (Array.isArray(children) ? children : children ? [children] : []).flatMap(texts);
};

describe('socialCardElement', () => {
  it('draws the site name, the group, the title and the products', () => {
    expect(texts(socialCardElement({ title: 'Boot from USB', kicker: 'Windows Server recovery and tips', products: ['Windows Server 2008', 'Windows 7'] }))).toEqual([
      'Windows Admin Guides',
      'Windows Server recovery and tips',
      'Boot from USB',
      'Windows Server 2008',
      'Windows 7',
    ]);
  });

  it('counts the products past four instead of overflowing the card', () => {
    const products = ['A', 'B', 'C', 'D', 'E'];
    expect(texts(socialCardElement({ title: 'T', kicker: 'K', products })).slice(3)).toEqual(['A', 'B', 'C', '+2 more']);
    expect(texts(socialCardElement({ title: 'T', kicker: 'K', products: products.slice(0, 4) })).slice(3)).toEqual(['A', 'B', 'C', 'D']);
  });
});
