/**
 * The showcase's DOM. Its parts are built once and kept; small effects update each part when the signals it
 * reads change. Nothing is rebuilt under the user's fingers: the search box keeps focus while typing, a
 * category button keeps focus when pressed, "Lihat lebih banyak" stays where it is and only adds cards.
 */
import { formatDate } from '../../shared/feed/format';
import { safeHttpsHref } from '../../shared/feed/urls';
import type { CardData } from '../../shared/feed/card-data';
import { fill, h } from '../dom';
import type { ShowcaseModel } from '../model';
import { effect } from '../signals';
import { STRINGS } from '../strings';
import { renderCard } from './card';

/**
 * Scrolls the row of category buttons sideways (never the page) to centre the pressed one: a category set by
 * attribute, or the last of nine on a phone, would otherwise sit off screen.
 */
function centreChip(row: HTMLElement, chip: HTMLElement): void {
  row.scrollLeft = chip.offsetLeft - (row.clientWidth - chip.offsetWidth) / 2;
}

export function mountShowcase(host: ShadowRoot, model: ShowcaseModel): () => void {
  const t = () => STRINGS[model.lang.value];

  const status = h('div', { class: 'status', role: 'status' });
  const heading = h('h2', { class: 'heading', part: 'heading' });
  const meta = h('p', { class: 'meta' });
  const header = h('header', { class: 'head', part: 'header' }, heading, meta);
  const stale = h('p', { class: 'notice', part: 'notice', role: 'status' });
  const search = h('input', {
    class: 'search',
    part: 'search',
    type: 'search',
    oninput: () => model.setQuery(search.value),
  });
  const chips = h('div', { class: 'chips', role: 'group' });
  const tools = h('div', { class: 'tools', part: 'toolbar' }, search, chips);
  const count = h('p', { class: 'count', 'aria-live': 'polite' });
  const list = h('ul', { class: 'cards', part: 'cards' });
  const empty = h('p', { class: 'empty' });
  const moreButton = h('button', { type: 'button', class: 'more-btn', part: 'more', onclick: () => model.showMore() });
  const showing = h('span', { class: 'showing' });
  const more = h('div', { class: 'more' }, moreButton, showing);
  const body = h('div', null, header, stale, tools, count, list, empty, more);
  const root = h('div', { part: 'root' }, status, body);
  host.append(root);

  let cardCache = new WeakMap<CardData, HTMLLIElement>();
  let cardKey = '';
  let chipButtons: [string, HTMLButtonElement][] = [];
  let chipKey = '';

  const stops = [
    effect(() => {
      root.className = `root ${model.layout.value}${model.dark.value ? ' dark' : ''}`;
      root.lang = model.lang.value;
    }),
    // Loading, or the friendly message when there is nothing to show.
    effect(() => {
      const feed = model.feed.value;
      const why = model.error.value;
      const s = model.status.value;
      body.hidden = !feed;
      status.className = s === 'error' ? 'notice' : 'status';
      status.hidden = !!feed;
      fill(status, s === 'error' ? h('p', null, why ? t().invalid : t().failed) : t().loading, s === 'error' && why && h('p', { class: 'why' }, why[model.lang.value]));
    }),
    effect(() => {
      const feed = model.feed.value;
      if (!feed) return;
      const lang = model.lang.value;
      const updated = feed.updated && formatDate(feed.updated, lang);
      const curator = feed.curator;
      // Rendered from the parsed URL, never the raw string, like every other link.
      const curatorHref = safeHttpsHref(curator?.url);
      fill(heading, feed.title);
      meta.hidden = !curator && !updated;
      fill(
        meta,
        curator && `${t().curatedBy} `,
        curator && (curatorHref ? h('a', { href: curatorHref, target: '_blank', rel: 'noopener noreferrer' }, curator.name) : curator.name),
        curator && updated && ' · ',
        updated && t().updated(updated),
      );
    }),
    effect(() => {
      const since = model.staleSince.value;
      stale.hidden = !since;
      fill(stale, since && t().stale(formatDate(since, model.lang.value) ?? since));
    }),
    effect(() => {
      search.hidden = !model.searchEnabled.value;
      search.setAttribute('aria-label', t().search);
      search.placeholder = t().searchPlaceholder;
      if (search.value !== model.query.value) search.value = model.query.value;
    }),
    // Category buttons: rebuilt only when the categories or the language change, so focus stays on a pressed one.
    effect(() => {
      const categories = model.categories.value;
      const key = JSON.stringify([model.lang.value, categories]);
      if (key !== chipKey) {
        chipKey = key;
        chipButtons = ['', ...categories].map((c) => [
          c,
          h('button', { type: 'button', class: 'chip', part: 'chip', onclick: () => model.setCategory(c) }, c || t().all),
        ]);
        fill(chips, ...chipButtons.map(([, b]) => b));
        chips.setAttribute('aria-label', t().categories);
      }
      chips.hidden = categories.length < 2;
      tools.hidden = chips.hidden && search.hidden;
      const current = model.category.value;
      for (const [c, b] of chipButtons) {
        b.setAttribute('aria-pressed', String(c === current));
        if (c === current) requestAnimationFrame(() => centreChip(chips, b));
      }
    }),
    // The cards: reuse each card's element; when "Lihat lebih banyak" only adds cards, only append those.
    effect(() => {
      const visible = model.visible.value;
      const lang = model.lang.value;
      const qr = model.qr.value;
      if (lang + qr !== cardKey) {
        cardKey = lang + qr;
        cardCache = new WeakMap();
      }
      const elements = visible.map((card) => {
        let el = cardCache.get(card);
        if (!el) cardCache.set(card, (el = renderCard(card, lang, qr)));
        return el;
      });
      const current = list.children;
      const isPrefix = current.length <= elements.length && elements.slice(0, current.length).every((el, i) => current[i] === el);
      if (isPrefix) list.append(...elements.slice(current.length));
      else list.replaceChildren(...elements);
      list.setAttribute('aria-label', t().productList);
      // A carousel scrolls sideways: make the list reachable by keyboard to scroll it.
      if (model.layout.value === 'carousel') list.tabIndex = 0;
      else list.removeAttribute('tabindex');
      list.hidden = !visible.length;
    }),
    effect(() => {
      const total = model.matches.value.length;
      const shown = model.visible.value.length;
      fill(count, t().products(total));
      empty.hidden = total > 0;
      // "Semua" is offered only when a category is narrowing the search; with "Semua" on, try other words.
      const category = model.category.value;
      fill(empty, !model.cards.value.length ? t().empty : category ? t().noMatchIn(category) : t().noMatch);
      more.hidden = shown >= total;
      fill(moreButton, t().more);
      fill(showing, t().showing(shown, total));
    }),
  ];

  return () => {
    for (const stop of stops) stop();
    root.remove();
  };
}
