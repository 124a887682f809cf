/**
 * One showcase's state, as signals outside the components. The element writes attributes and
 * the feed in; the view reads derived lists out. Each <rapi-etalase> has its own model, so several widgets on a
 * page filter and search independently.
 */
import { batch, computed, signal } from './signals';
import type { ShowcaseFeed } from '../shared/feed/schema';
import { matchesQuery, queryWords, toCardData, type CardData, type Origin } from '../shared/feed/card-data';
import type { BilingualText, Lang } from '../shared/i18n/text';

export type Layout = 'grid' | 'carousel' | 'list';
export type Status = 'loading' | 'ready' | 'error';

export const DEFAULT_PAGE_SIZE = 12;

export function createShowcaseModel() {
  const lang = signal<Lang>('id');
  const layout = signal<Layout>('grid');
  /** Cards shown at first and added by each "Lihat lebih banyak". */
  const pageSize = signal(DEFAULT_PAGE_SIZE);
  const searchEnabled = signal(true);
  /** Dark colours: from the theme attribute, or the host page's own colours (element.ts decides). */
  const dark = signal(false);
  /** The `qr` attribute: each card offers "Pindai untuk beli" (the standalone page answers it). */
  const qr = signal(false);
  /** The `category` attribute: applied whenever a feed arrives that has this category. */
  const initialCategory = signal('');

  const status = signal<Status>('loading');
  const feed = signal<ShowcaseFeed | undefined>(undefined);
  const cards = signal<CardData[]>([]);
  /** Set (ISO date) when the cards come from the saved copy because the feed could not be loaded. */
  const staleSince = signal<string | undefined>(undefined);
  /** Why the feed was refused, shown under the friendly message (helps the café admin fix it). */
  const error = signal<BilingualText | undefined>(undefined);

  const query = signal('');
  const category = signal('');
  const shown = signal(DEFAULT_PAGE_SIZE);

  const categories = computed(() => {
    const seen = new Set<string>();
    for (const card of cards.value) if (card.category) seen.add(card.category);
    return [...seen];
  });
  const matches = computed(() => {
    const words = searchEnabled.value ? queryWords(query.value) : [];
    const wanted = category.value;
    if (!words.length && !wanted) return cards.value;
    return cards.value.filter((c) => (!wanted || c.category === wanted) && matchesQuery(c, words));
  });
  const visible = computed(() => matches.value.slice(0, shown.value));

  function pickInitialCategory(list: string[]): string {
    const want = initialCategory.value.trim().toLowerCase();
    return (want && list.find((c) => c.toLowerCase() === want)) || '';
  }

  return {
    lang,
    layout,
    pageSize,
    searchEnabled,
    dark,
    qr,
    initialCategory,
    status,
    feed,
    cards,
    staleSince,
    error,
    query,
    category,
    shown,
    categories,
    matches,
    visible,

    /**
     * A valid feed arrived: fresh, saved or inline. When it replaces one already on screen (the fresh feed after
     * the saved copy), the visitor's category and "Lihat lebih banyak" progress stay.
     */
    showFeed(next: ShowcaseFeed, origin: Origin) {
      batch(() => {
        const replacing = feed.value !== undefined;
        feed.value = next;
        cards.value = next.items.map((item) => toCardData(item, next, origin));
        staleSince.value = undefined;
        error.value = undefined;
        status.value = 'ready';
        if (!replacing || !categories.value.includes(category.value)) {
          category.value = pickInitialCategory(categories.value);
          shown.value = pageSize.value;
        }
      });
    },
    showError(why?: BilingualText) {
      batch(() => {
        error.value = why;
        status.value = 'error';
      });
    },
    /** The saved copy is on screen and the fresh feed failed: keep the cards, say how old they are. */
    markStale(date: string) {
      staleSince.value = date;
    },
    setQuery(value: string) {
      batch(() => {
        query.value = value;
        shown.value = pageSize.value;
      });
    },
    setCategory(value: string) {
      batch(() => {
        category.value = value;
        shown.value = pageSize.value;
      });
    },
    setInitialCategory(value: string) {
      batch(() => {
        initialCategory.value = value;
        if (feed.value) category.value = pickInitialCategory(categories.value);
      });
    },
    setPageSize(value: number) {
      batch(() => {
        pageSize.value = value;
        shown.value = value;
      });
    },
    showMore() {
      shown.value += pageSize.value;
    },
  };
}

export type ShowcaseModel = ReturnType<typeof createShowcaseModel>;
