import type { CardData, LinkKind } from '../../shared/feed/card-data';
import { BADGE_NAMES } from '../../shared/feed/badge-names';
import { h } from '../dom';
import { QR_EVENT, type QrRequest } from '../qr-event';
import { STRINGS, type Lang } from '../strings';

const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' };


function hideBrokenPhoto(event: Event): void {
  // The letter behind the photo shows instead; the box keeps its size, so nothing shifts.
  (event.currentTarget as HTMLImageElement).hidden = true;
}

/**
 * One product card: photo, name, price and one buy button; the other places to buy sit behind "Beli di…" (a
 * native disclosure, so keyboards and screen readers know it). Built once per card, language and QR setting,
 * then moved around as the filter changes.
 */
export function renderCard(card: CardData, lang: Lang, qr = false): HTMLLIElement {
  const t = STRINGS[lang];
  const [primary, ...others] = card.links;
  // Screen readers hear which product a link is for; sighted users see it on the card.
  const forProduct = (extra = ` ${t.newTab}`) => h('span', { class: 'sr' }, `: ${card.name}${extra}`);
  const label = (kind: LinkKind) => (card.soldOut && kind === 'whatsapp' ? t.ask : t[kind]);
  const askQr = (event: Event) => {
    const detail: QrRequest = { ...primary!, id: card.key, name: card.name };
    event.currentTarget!.dispatchEvent(new CustomEvent(QR_EVENT, { bubbles: true, composed: true, detail }));
  };

  return h(
    'li',
    { class: card.soldOut ? 'card out' : 'card', part: 'card' },
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
      card.soldOut && h('p', { class: 'stock', part: 'stock' }, t.soldOut),
      card.seller && h('p', { class: 'seller', part: 'seller' }, card.place ? `${card.seller} · ${card.place}` : card.seller),
      card.badges.length > 0 && h('ul', { class: 'badges' }, ...card.badges.map((b) => h('li', { class: 'badge', part: 'badge' }, BADGE_NAMES[b][lang]))),
      card.blurb && h('p', { class: 'blurb' }, card.blurb),
      h(
        'div',
        { class: 'actions' },
        primary &&
          h(
            'a',
            { class: `btn ${primary.kind}`, part: `button ${primary.kind}`, href: primary.href, ...NEW_TAB },
            label(primary.kind),
            forProduct(),
          ),
        others.length > 0 &&
          h(
            'details',
            { class: 'other' },
            h('summary', { part: 'more-links' }, t.other, forProduct('')),
            h(
              'ul',
              null,
              ...others.map(({ kind, href }) =>
                h('li', null, h('a', { class: 'link', part: `link ${kind}`, href, ...NEW_TAB }, label(kind), forProduct())),
              ),
            ),
          ),
        qr && primary && h('button', { type: 'button', class: 'qr', part: 'qr', onclick: askQr }, t.qr, forProduct('')),
      ),
    ),
  );
}
