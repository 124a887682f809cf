import type { CardData } from '../../shared/feed/card-data';
import { h } from '../dom';
import { BADGE_NAMES } from '../../shared/feed/badge-names';
import { STRINGS, type Lang } from '../strings';

const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' };

function hideBrokenPhoto(event: Event): void {
  // The letter behind the photo shows instead; the box keeps its size, so nothing shifts.
  (event.currentTarget as HTMLImageElement).hidden = true;
}

/** One product card. Built once per card and language, then moved around as the filter changes. */
export function renderCard(card: CardData, lang: Lang): HTMLLIElement {
  const t = STRINGS[lang];
  const button = (kind: 'shopee' | 'tokopedia' | 'whatsapp', href?: string) =>
    href &&
    h(
      'a',
      { class: `btn ${kind}`, part: `button ${kind}`, href, ...NEW_TAB },
      t[kind],
      // Screen readers hear which product the button is for; sighted users see it on the card.
      h('span', { class: 'sr' }, `: ${card.name} ${t.newTab}`),
    );
  const link = (label: string, href?: string) =>
    href && h('a', { href, part: 'link', ...NEW_TAB }, label, h('span', { class: 'sr' }, ` ${t.newTab}`));

  return h(
    'li',
    { class: 'card', part: 'card' },
    h(
      'div',
      { class: 'photo', part: 'photo' },
      h('span', { class: 'initial', 'aria-hidden': 'true' }, Array.from(card.name)[0]),
      card.photo &&
        h('img', {
          src: card.photo,
          alt: card.photoAlt,
          width: 400,
          height: 400,
          loading: 'lazy',
          decoding: 'async',
          referrerpolicy: 'no-referrer',
          onerror: hideBrokenPhoto,
        }),
    ),
    h(
      'div',
      { class: 'body' },
      h('h3', { class: 'name', part: 'name' }, card.name),
      card.price && h('p', { class: 'price', part: 'price' }, card.price, card.priceNote && h('span', { class: 'note' }, ` ${card.priceNote}`)),
      card.seller && h('p', { class: 'seller', part: 'seller' }, card.place ? `${card.seller} · ${card.place}` : card.seller),
      card.badges.length > 0 && h('ul', { class: 'badges' }, ...card.badges.map((b) => h('li', { class: 'badge', part: 'badge' }, BADGE_NAMES[b][lang]))),
      card.blurb && h('p', { class: 'blurb' }, card.blurb),
      h('div', { class: 'actions' }, button('shopee', card.shopee), button('tokopedia', card.tokopedia), button('whatsapp', card.whatsapp)),
      (card.instagram || card.website) && h('p', { class: 'links' }, link(t.instagram, card.instagram), link(t.website, card.website)),
    ),
  );
}
