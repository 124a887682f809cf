import { batch, computed, effect, signal } from '@preact/signals';
import { bi, type BilingualText } from '../../../shared/i18n/text';
import type { Listing } from '../../../shared/listing/schema';
import { csvFileName, sessionCsv } from '../csv';
import { PAGE_NEWS } from '../page-news';
import {
  addEntries,
  addParticipant,
  entryFor,
  findEntry,
  removeListing,
  removeParticipant,
  updateDetails,
  updateParticipant,
  type FieldProblem,
  type OpResult,
  type ParticipantInput,
  type Session,
  type SessionDetailsInput,
} from '../session-ops';
import type { SessionList, SessionLookup, SessionStore } from '../store';
import { createOpenEntry } from './open-entry';
import type { Route } from './route';
import { createSheetImports } from './sheet-imports';

/**
 * Everything the "Sesi pelatihan" page shows, as signals: the sessions, the open session (kept in step with changes
 * made in the side panel or another window), form problems per form, spreadsheet import results, the listing being
 * fixed, and news for screen readers.
 */
export function createCoachingPage(options: { store: SessionStore; initialRoute?: Route; setHash?: (hash: Route) => void }) {
  const { store } = options;
  const route = signal<Route>(options.initialRoute ?? { view: 'list' });
  const list = signal<SessionList | null>(null);
  const current = signal<SessionLookup | null>(null);
  /** Problems per form ("session-new", "participant-new", "participant:<id>", "manual:<id>" …). */
  const problems = signal<Record<string, FieldProblem[]>>({});
  const notice = signal<BilingualText | null>(null);
  const alert = signal<BilingualText | null>(null);
  const deleted = signal<Session | null>(null);

  const session = computed(() => (current.value?.state === 'found' ? current.value.session : null));

  const stopList = store.watchList((next) => (list.value = next));
  const sessionId = computed(() => (route.value.view === 'list' ? null : route.value.id));
  const stopSession = effect(() => {
    const id = sessionId.value;
    current.value = null;
    if (!id) return;
    return store.watch(id, (found) => (current.value = found));
  });
  const openEntry = createOpenEntry({ store, route, session });

  function setProblems(form: string, next: FieldProblem[]) {
    const { [form]: _old, ...rest } = problems.peek();
    problems.value = next.length ? { ...rest, [form]: next } : rest;
  }

  /** Runs a change on the open session; on success announces `news`, else puts the problems on `form`. */
  async function change(form: string, op: (s: Session, now: number) => OpResult, news?: (s: Session) => BilingualText): Promise<boolean> {
    const id = sessionId.peek();
    if (!id) return false;
    const result = await store.change(id, op);
    batch(() => {
      setProblems(form, result.ok ? [] : result.problems);
      if (result.ok) {
        if (news) notice.value = news(result.session);
        alert.value = null;
      }
    });
    return result.ok;
  }

  const sheetImports = createSheetImports({ session, problems, change });

  function go(next: Route) {
    void openEntry.flush();
    batch(() => {
      route.value = next;
      alert.value = null;
    });
    options.setHash?.(next);
  }

  return {
    route,
    list,
    current,
    session,
    problems,
    ...sheetImports,
    notice,
    alert,
    deleted,
    entryEditor: openEntry.entryEditor,
    go,
    announce(text: BilingualText) {
      notice.value = text;
    },

    async createSession(input: SessionDetailsInput): Promise<boolean> {
      const result = await store.create(input);
      setProblems('session-new', result.ok ? [] : result.problems);
      if (!result.ok) return false;
      notice.value = PAGE_NEWS.created(result.session.name);
      go({ view: 'session', id: result.session.id });
      return true;
    },

    saveDetails: (input: SessionDetailsInput) => change('session-details', (s, now) => updateDetails(s, input, now), () => PAGE_NEWS.saved),

    addParticipant: (input: ParticipantInput) =>
      change('participant-new', (s, now) => addParticipant(s, input, now), () => PAGE_NEWS.participantAdded(input.name.trim())),

    saveParticipant: (participantId: string, input: ParticipantInput) =>
      change(`participant:${participantId}`, (s, now) => updateParticipant(s, participantId, input, now), () => PAGE_NEWS.participantSaved(input.name.trim())),

    removeParticipant(participantId: string) {
      const name = session.peek()?.participants.find((p) => p.id === participantId)?.name ?? '';
      return change(`participant:${participantId}`, (s, now) => removeParticipant(s, participantId, now), () => PAGE_NEWS.participantRemoved(name));
    },

    /** A listing typed in by the trainer or the seller. */
    addManualListing(participantId: string, listing: Listing) {
      const name = session.peek()?.participants.find((p) => p.id === participantId)?.name ?? '';
      if (!listing.title.trim()) {
        setProblems(`manual:${participantId}`, [{ field: 'title', text: bi('Isi judul produk.', 'Fill in the product title.') }]);
        return Promise.resolve(false);
      }
      return change(
        `manual:${participantId}`,
        (s, now) => addEntries(s, participantId, [entryFor({ listing, source: 'manual' }, now)], now),
        () => PAGE_NEWS.listingAdded(listing.title.trim(), name),
      );
    },

    removeListing(participantId: string, listingId: string) {
      const title = session.peek() ? (findEntry(session.peek()!, listingId)?.entry.now.listing.title ?? '') : '';
      return change(`listing:${listingId}`, (s, now) => removeListing(s, participantId, listingId, now), () => PAGE_NEWS.listingRemoved(title));
    },

    async deleteSession(id: string): Promise<void> {
      try {
        const removed = await store.remove(id);
        batch(() => {
          deleted.value = removed ?? null;
          if (removed) notice.value = PAGE_NEWS.sessionDeleted(removed.name);
        });
        if (route.peek().view !== 'list') go({ view: 'list' });
      } catch {
        alert.value = PAGE_NEWS.deleteFailed;
      }
    },

    async undoDelete(): Promise<void> {
      const removed = deleted.peek();
      if (!removed) return;
      await store.restore(removed);
      batch(() => {
        deleted.value = null;
        notice.value = PAGE_NEWS.sessionRestored(removed.name);
      });
    },

    /** The open session as CSV text and its file name (the page turns it into a download). */
    exportCsv(): { name: string; text: string } | null {
      const s = session.peek();
      if (!s) return null;
      const file = { name: csvFileName(s), text: sessionCsv(s) };
      notice.value = PAGE_NEWS.csvSaved(file.name);
      return file;
    },

    flush: openEntry.flush,

    dispose() {
      stopList();
      stopSession();
      openEntry.dispose();
    },
  };
}

export type CoachingPageModel = ReturnType<typeof createCoachingPage>;
