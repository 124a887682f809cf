import { batch, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { bi, type BilingualText } from '../../i18n/text';
import type { DraftService } from '../../drafts/service';
import type { DraftSort, DraftSummary } from '../../drafts/types';
import type { Route } from './route';

const PAGE_SIZE = 50;

const LIST_FAILED = bi('Rapi tidak bisa membaca daftar draf.', 'Rapi could not read the list of drafts.');

/** The drafts list: search, sort and paging, following changes made in other windows while it is shown. */
export function createDraftList(deps: { service: DraftService; route: ReadonlySignal<Route>; alert: Signal<BilingualText | null> }) {
  const { service, route, alert } = deps;
  const query = signal('');
  const sort = signal<DraftSort>('updated');
  const limit = signal(PAGE_SIZE);
  const items = signal<DraftSummary[]>([]);
  /** Null until counted (the count comes after the first page, which must not wait for it). */
  const total = signal<number | null>(null);
  const hasMore = signal(false);
  const loading = signal(true);

  const stopList = effect(() => {
    const params = { query: query.value, sort: sort.value, limit: limit.value };
    if (route.value.view !== 'list') return;
    loading.value = true;
    const failed = () =>
      batch(() => {
        alert.value = LIST_FAILED;
        loading.value = false;
      });
    const stopItems = service.watch(
      () => service.listDrafts(params),
      (page) =>
        batch(() => {
          items.value = page.items;
          hasMore.value = page.hasMore;
          if (page.total !== undefined) total.value = page.total;
          loading.value = false;
        }),
      failed,
    );
    const stopCount = service.watch(() => service.countDrafts(params.query), (count) => (total.value = count), failed);
    return () => {
      stopItems();
      stopCount();
    };
  });

  return {
    view: {
      query: query as ReadonlySignal<string>,
      sort: sort as ReadonlySignal<DraftSort>,
      items: items as ReadonlySignal<DraftSummary[]>,
      total: total as ReadonlySignal<number | null>,
      hasMore: hasMore as ReadonlySignal<boolean>,
      loading: loading as ReadonlySignal<boolean>,
    },
    search(text: string) {
      batch(() => {
        query.value = text;
        limit.value = PAGE_SIZE;
      });
    },
    sortBy(next: DraftSort) {
      batch(() => {
        sort.value = next;
        limit.value = PAGE_SIZE;
      });
    },
    showMore() {
      limit.value += PAGE_SIZE;
    },
    dispose: stopList,
  };
}
