import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Finding } from '../../../shared/checks/types';
import type { SessionListingSource } from '../../../shared/export/session';
import { bi, type BilingualText } from '../../../shared/i18n/text';
import type { Listing } from '../../../shared/listing/schema';
import { newId } from '../ids';
import { addEntries, addParticipant, entryFor, findParticipant, sameEntry, setNow, type OpResult, type Session } from '../session-ops';
import { takeSnapshot } from '../snapshot';
import type { SessionList, SessionStore } from '../store';

/** What the side panel offers to a session: its listing, its photo findings, and where the listing came from. */
export interface ListingForSession {
  listing: ReadonlySignal<Listing>;
  photoFindings: ReadonlySignal<readonly Finding[]>;
  measuredPhotoIndexes: ReadonlySignal<readonly number[]>;
  /** Photos the panel could not download or read (the score is then provisional). */
  failedPhotoIndexes?: ReadonlySignal<readonly number[]>;
  source: ReadonlySignal<SessionListingSource>;
  url: ReadonlySignal<string | undefined>;
}

/** The participant choice that adds a new participant (with the typed name) on the way. */
export const NEW_PARTICIPANT = '__new__';

export const ADD_PROBLEMS = {
  chooseSession: bi('Pilih sesinya dulu.', 'Choose the session first.'),
  chooseParticipant: bi('Pilih pesertanya dulu.', 'Choose the participant first.'),
  noTitle: bi('Isi judul produk dulu.', 'Fill in the product title first.'),
} as const;

export type Added = { kind: 'added' | 'updated'; sessionId: string; sessionName: string; participantName: string; title: string };

/**
 * "Tambah ke sesi" in the side panel: puts the panel's listing (as shown, with the photo findings measured there)
 * into a participant's list in a coaching session. The same product added again updates its "now" score; its start
 * stays. Lives outside the component, one per panel (extension/coaching/components/AddToSession.tsx).
 */
export function createAddToSession(store: SessionStore, from: ListingForSession) {
  const open = signal(false);
  const sessions = signal<Session[] | null>(null);
  const sessionId = signal('');
  const participantId = signal('');
  const newName = signal('');
  const busy = signal(false);
  const problem = signal<{ field: string; text: BilingualText } | null>(null);
  const added = signal<Added | null>(null);
  let stopWatch: (() => void) | undefined;

  const session = computed(() => sessions.value?.find((s) => s.id === sessionId.value) ?? null);
  const canAdd = computed(() => from.listing.value.title.trim() !== '');
  /** The entry this product already has for the chosen participant: the button then says "update". */
  const existing = computed(() => {
    const p = session.value && participantId.value !== NEW_PARTICIPANT ? findParticipant(session.value, participantId.value) : undefined;
    return p ? sameEntry(p, from.listing.value, from.source.value) : undefined;
  });

  function show() {
    batch(() => {
      open.value = true;
      added.value = null;
      problem.value = null;
    });
    const apply = (list: SessionList) =>
      batch(() => {
        sessions.value = list.sessions;
        // The newest session is the likely one; a choice the trainer made stays while it exists.
        if (!list.sessions.some((s) => s.id === sessionId.peek())) {
          sessionId.value = list.sessions[0]?.id ?? '';
          participantId.value = '';
        }
      });
    // Read once now, then follow changes made on the session page while the form is open.
    void store.list().then(apply, () => apply({ sessions: [], unreadable: 0 }));
    stopWatch?.();
    stopWatch = store.watchList(apply);
  }

  function close() {
    stopWatch?.();
    stopWatch = undefined;
    open.value = false;
  }

  async function add(): Promise<boolean> {
    const chosen = session.peek();
    const who = participantId.peek();
    const listing = from.listing.peek();
    const source = from.source.peek();
    const extras = {
      photoFindings: from.photoFindings.peek(),
      measuredPhotoIndexes: from.measuredPhotoIndexes.peek(),
      failedPhotoIndexes: from.failedPhotoIndexes?.peek() ?? [],
    };
    if (!listing.title.trim()) return fail('listing', ADD_PROBLEMS.noTitle);
    if (!chosen) return fail('session', ADD_PROBLEMS.chooseSession);
    if (!who) return fail('participant', ADD_PROBLEMS.chooseParticipant);
    busy.value = true;
    let outcome: Added['kind'] = 'added';
    let name = '';
    const result = await store.change(chosen.id, (s, now): OpResult => {
      let next = s;
      let pid = who;
      if (who === NEW_PARTICIPANT) {
        pid = newId();
        const made = addParticipant(next, { name: newName.peek() }, now, pid);
        if (!made.ok) return { ok: false, problems: made.problems.map((p) => ({ ...p, field: p.field === 'name' ? 'new-name' : p.field })) };
        next = made.session;
      }
      const participant = findParticipant(next, pid);
      if (!participant) return { ok: false, problems: [{ field: 'participant', text: ADD_PROBLEMS.chooseParticipant }] };
      name = participant.name;
      const same = sameEntry(participant, listing, source);
      outcome = same ? 'updated' : 'added';
      if (same) return setNow(next, pid, same.id, now, () => takeSnapshot(listing, now, extras));
      return addEntries(next, pid, [entryFor({ listing, source, origin: from.url.peek(), extras }, now)], now);
    });
    batch(() => {
      busy.value = false;
      if (result.ok) {
        added.value = { kind: outcome, sessionId: result.session.id, sessionName: result.session.name, participantName: name, title: listing.title.trim() };
        problem.value = null;
        newName.value = '';
        open.value = false;
      } else problem.value = result.problems[0] ?? null;
    });
    if (result.ok) close();
    return result.ok;
  }

  function fail(field: string, text: BilingualText): false {
    problem.value = { field, text };
    return false;
  }

  return {
    open: open as ReadonlySignal<boolean>,
    sessions: sessions as ReadonlySignal<Session[] | null>,
    session,
    sessionId,
    participantId,
    newName,
    busy: busy as ReadonlySignal<boolean>,
    problem: problem as ReadonlySignal<{ field: string; text: BilingualText } | null>,
    added: added as ReadonlySignal<Added | null>,
    canAdd,
    existing,
    show,
    close,
    add,
    chooseSession(id: string) {
      batch(() => {
        sessionId.value = id;
        participantId.value = '';
        problem.value = null;
      });
    },
    /** Another product in the panel: what was said about the previous one no longer applies. */
    reset() {
      batch(() => {
        added.value = null;
        problem.value = null;
      });
    },
  };
}

export type AddToSessionModel = ReturnType<typeof createAddToSession>;
