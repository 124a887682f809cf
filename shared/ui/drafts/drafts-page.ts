import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { IMPORT_PROBLEMS } from '../../export/messages';
import type { BilingualText } from '../../i18n/text';
import type { Persistence } from '../../storage/persist';
import { storageProblem } from '../../storage/errors';
import { defaultJournal, type Journal } from '../../drafts/journal';
import { recoverUnsaved } from '../../drafts/recover';
import { blankListing } from '../../drafts/rows';
import type { DraftService } from '../../drafts/service';
import type { DraftKey, ImportOutcome } from '../../drafts/types';
import { createDraftList } from './draft-list';
import { createOpenDraft } from './open-draft';
import { hashFor, type Route } from './route';

/**
 * Everything the "Draf saya" page shows, as signals: the list (search, sort, paging, delete with undo), the open
 * draft (an autosaving session with its history), and export/import. The list and the history follow changes
 * made in other windows.
 */
export function createDraftsPageModel(options: {
  service: DraftService;
  initialRoute?: Route;
  setHash?: (hash: string) => void;
  /** Findings and suggestions for the open draft (the extension's page: createDraftReview). */
  review?: Parameters<typeof createOpenDraft>[0]['review'];
}) {
  const { service } = options;
  const route = signal<Route>(options.initialRoute ?? { view: 'list' });
  /** The draft just deleted, while its undo is offered. */
  const deleted = signal<{ key: DraftKey; title: string } | null>(null);
  /** Polite news ("Data diekspor …", "Revisi 3 dipulihkan …"). */
  const notice = signal<BilingualText | null>(null);
  /** Something went wrong (a bad import file): announced at once. */
  const alert = signal<BilingualText | null>(null);
  const importing = signal(false);
  const persistence = signal<Persistence | null>(null);
  const list = createDraftList({ service, route, alert });
  const open = createOpenDraft({ service, route, review: options.review });
  const session = open.session;

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
    if (next.view === 'draft') await open.show(next.key);
    else await open.close();
  }

  if (route.peek().view === 'draft') void open.show((route.peek() as { key: DraftKey }).key);

  return {
    route: route as ReadonlySignal<Route>,
    ...list.view,
    deleted: deleted as ReadonlySignal<{ key: DraftKey; title: string } | null>,
    notice: notice as ReadonlySignal<BilingualText | null>,
    alert: alert as ReadonlySignal<BilingualText | null>,
    importing: importing as ReadonlySignal<boolean>,
    persistence: persistence as ReadonlySignal<Persistence | null>,
    session: open.session,
    review: open.review,
    missing: open.missing,
    revisions: open.revisions,
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
    search: list.search,
    sortBy: list.sortBy,
    showMore: list.showMore,
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
      list.dispose();
      void open.close();
    },
  };
}

export type DraftsPageModel = ReturnType<typeof createDraftsPageModel>;
