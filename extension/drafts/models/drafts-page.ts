import { batch, effect, signal, type ReadonlySignal } from '@preact/signals';
import { IMPORT_PROBLEMS } from '../../../shared/export/messages';
import { bi, type BilingualText } from '../../../shared/i18n/text';
import type { Persistence } from '../../storage/persist';
import { storageProblem } from '../../storage/errors';
import { defaultJournal, type Journal } from '../journal';
import { isDraftKey } from '../keys';
import { recoverUnsaved } from '../recover';
import { blankListing } from '../rows';
import type { DraftService } from '../service';
import type { DraftKey, DraftSort, DraftSummary, ImportOutcome, Revision } from '../types';
import { createDraftSession, type DraftSession } from './draft-session';

export const PAGE_SIZE = 50;

export type Route = { view: 'list' } | { view: 'draft'; key: DraftKey };

/** `#draft=<key>` opens one draft; anything else is the list. */
export function routeFromHash(hash: string): Route {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get('draft');
  return raw && isDraftKey(raw) ? { view: 'draft', key: raw } : { view: 'list' };
}

export function hashFor(route: Route): string {
  return route.view === 'draft' ? `#draft=${encodeURIComponent(route.key)}` : '';
}

const LIST_FAILED = bi('Rapi tidak bisa membaca daftar draf.', 'Rapi could not read the list of drafts.');

/**
 * Everything the "Draf saya" page shows, as signals: the list (search, sort, paging, delete with undo), the open
 * draft (an autosaving session with its history), and export/import. The list and the history follow changes
 * made in other windows.
 */
export function createDraftsPageModel(options: { service: DraftService; initialRoute?: Route; setHash?: (hash: string) => void }) {
  const { service } = options;
  const route = signal<Route>(options.initialRoute ?? { view: 'list' });
  const query = signal('');
  const sort = signal<DraftSort>('updated');
  const limit = signal(PAGE_SIZE);
  const items = signal<DraftSummary[]>([]);
  /** Null until counted (the count comes after the first page, which must not wait for it). */
  const total = signal<number | null>(null);
  const hasMore = signal(false);
  const loading = signal(true);
  /** The draft just deleted, while its undo is offered. */
  const deleted = signal<{ key: DraftKey; title: string } | null>(null);
  /** Polite news ("Data diekspor …", "Revisi 3 dipulihkan …"). */
  const notice = signal<BilingualText | null>(null);
  /** Something went wrong (a bad import file): announced at once. */
  const alert = signal<BilingualText | null>(null);
  const importing = signal(false);
  const persistence = signal<Persistence | null>(null);
  const session = signal<DraftSession | null>(null);
  const missing = signal(false);
  const revisions = signal<Revision[]>([]);

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

  let stopHistory: (() => void) | undefined;
  async function showDraft(key: DraftKey) {
    const previous = session.peek();
    stopHistory?.();
    if (previous) await previous.dispose();
    const exists = await service.findDraft(key).catch(() => null);
    if (route.peek().view !== 'draft') return;
    batch(() => {
      missing.value = !exists;
      session.value = exists ? createDraftSession({ service, key }) : null;
      revisions.value = [];
    });
    if (exists) stopHistory = service.watch(() => service.listRevisions(key), (list) => (revisions.value = list));
  }

  async function closeDraft() {
    stopHistory?.();
    stopHistory = undefined;
    const open = session.peek();
    session.value = null;
    if (open) await open.dispose();
  }

  function navigate(next: Route) {
    options.setHash?.(hashFor(next));
    void go(next);
  }

  async function go(next: Route) {
    const current = route.peek();
    if (current.view === next.view && (next.view === 'list' || (current.view === 'draft' && current.key === next.key && session.peek()))) return;
    batch(() => {
      route.value = next;
      notice.value = null;
      alert.value = null;
    });
    if (next.view === 'draft') await showDraft(next.key);
    else await closeDraft();
  }

  if (route.peek().view === 'draft') void showDraft((route.peek() as { key: DraftKey }).key);

  return {
    route: route as ReadonlySignal<Route>,
    query: query as ReadonlySignal<string>,
    sort: sort as ReadonlySignal<DraftSort>,
    items: items as ReadonlySignal<DraftSummary[]>,
    total: total as ReadonlySignal<number | null>,
    hasMore: hasMore as ReadonlySignal<boolean>,
    loading: loading as ReadonlySignal<boolean>,
    deleted: deleted as ReadonlySignal<{ key: DraftKey; title: string } | null>,
    notice: notice as ReadonlySignal<BilingualText | null>,
    alert: alert as ReadonlySignal<BilingualText | null>,
    importing: importing as ReadonlySignal<boolean>,
    persistence: persistence as ReadonlySignal<Persistence | null>,
    session: session as ReadonlySignal<DraftSession | null>,
    missing: missing as ReadonlySignal<boolean>,
    revisions: revisions as ReadonlySignal<Revision[]>,
    service,
    /**
     * Once, when the page opens: saves text a closed or crashed window left unsaved, asks for persistent storage,
     * and clears drafts deleted long ago.
     */
    async start(journal: Journal = defaultJournal()) {
      await recoverUnsaved(service, journal).catch(() => undefined);
      persistence.value = await service.requestPersistence();
      await service.purgeTrash().catch(() => 0);
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
    /** Follows the address (back/forward buttons, a link). */
    go,
    open(key: DraftKey) {
      navigate({ view: 'draft', key });
    },
    backToList() {
      navigate({ view: 'list' });
    },
    async newDraft() {
      const key = service.newManualKey();
      await service.openDraft(key, { listing: blankListing() });
      navigate({ view: 'draft', key });
    },
    async remove(key: DraftKey) {
      try {
        const gone = await service.deleteDraft(key);
        if (gone) deleted.value = gone;
      } catch (error) {
        alert.value = storageProblem(error);
      }
    },
    async undo(): Promise<boolean> {
      const gone = deleted.peek();
      if (!gone) return false;
      const back = await service.undoDelete(gone.key);
      deleted.value = null;
      return back;
    },
    dismissUndo() {
      deleted.value = null;
    },
    /** The export as a file name and text; the page turns it into a download. */
    async exportData(): Promise<{ name: string; text: string } | null> {
      try {
        return await service.exportFile();
      } catch (error) {
        alert.value = storageProblem(error);
        return null;
      }
    },
    announce(text: BilingualText) {
      batch(() => {
        notice.value = text;
        alert.value = null;
      });
    },
    async importData(file: Blob) {
      importing.value = true;
      batch(() => {
        notice.value = null;
        alert.value = null;
      });
      // importAll is built never to throw; if something still does, the page must not stay on "Mengimpor…".
      let outcome: ImportOutcome = { ok: false, problem: IMPORT_PROBLEMS.unreadable };
      try {
        outcome = await service.importAll(file);
      } catch {
        // outcome stays "could not read this file, nothing was changed".
      } finally {
        batch(() => {
          importing.value = false;
          if (outcome.ok) notice.value = outcome.report.message;
          else alert.value = outcome.problem;
        });
      }
      return outcome;
    },
    /** Saves what is unsaved (the page is being hidden or closed). */
    async flush() {
      await session.peek()?.flush();
    },
    dispose() {
      stopList();
      void closeDraft();
    },
  };
}

export type DraftsPageModel = ReturnType<typeof createDraftsPageModel>;
