/**
 * The social image of a page (1200 x 630): site name, group, title and the products the guide applies
 * to, as the element tree that satori lays out into SVG. Plain data, so that the cache key can be the
 * tree itself: any change to the text or to the template gives a new image.
 */
import { SITE_NAME, SOCIAL_IMAGE_SIZE } from './link-preview';

export interface SocialCard {
  title: string;
  /** The group of guides, or a line about the page. */
  kicker: string;
  /** Products the guide applies to; none for pages that are not guides. */
  products: readonly string[];
}

/** A satori element: a tag, its style and its children. */
export interface CardElement {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardElement | CardElement[] };
}

export const CARD_FONT = 'Inter';

const div = (style: Record<string, string | number>, children?: CardElement['props']['children']): CardElement => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** Long titles get smaller type so that three lines hold them. */
function titleSize(title: string): number {
  if (title.length <= 40) return 68;
  if (title.length <= 70) return 58;
  return 48;
}

export function socialCardElement(card: SocialCard): CardElement {
  // Four at most, then a count, so that the row never overflows the card; the image's alt text names them all.
  const products = card.products.length > 4 ? [...card.products.slice(0, 3), `+${card.products.length - 3} more`] : card.products;
  return div(
    {
      width: SOCIAL_IMAGE_SIZE.width,
      height: SOCIAL_IMAGE_SIZE.height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      padding: '64px 72px',
      backgroundColor: '#0d1117',
      backgroundImage: 'linear-gradient(135deg, #0d1117 0%, #0b2a55 100%)',
      color: '#e6edf3',
      fontFamily: CARD_FONT,
    },
    [
      div({ display: 'flex', alignItems: 'center', fontSize: 30, color: '#9198a1' }, [
        div({ width: 44, height: 44, borderRadius: 8, backgroundColor: '#0969da', marginRight: 20 }),
        div({ display: 'flex' }, SITE_NAME),
      ]),
      div({ display: 'flex', flexDirection: 'column' }, [
        div({ display: 'flex', fontSize: 32, color: '#58a6ff', marginBottom: 20 }, card.kicker),
        div({ display: 'block', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, lineClamp: 3 }, card.title),
      ]),
      div(
        { display: 'flex', flexWrap: 'wrap', fontSize: 24, color: '#e6edf3', minHeight: 48 },
        products.map((product) =>
          div({ display: 'flex', padding: '6px 16px', marginRight: 12, marginTop: 8, border: '2px solid #3d444d', borderRadius: 24 }, product),
        ),
      ),
    ],
  );
}
