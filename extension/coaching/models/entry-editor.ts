import { computed, signal } from '@preact/signals';
import type { Report } from '../../../shared/checks/types';
import type { BilingualText } from '../../../shared/i18n/text';
import { createListingEditor, type EditableField } from '../../../shared/ui/listing-editor';
import { editListing, type SessionEntry } from '../session-ops';
import { snapshotReport } from '../snapshot';
import type { SessionStore } from '../store';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

/** How long typing pauses before the edit is saved (and the session's "now" score is written). */
export const SAVE_PAUSE_MS = 500;

/**
 * One listing of a session opened for fixing with the seller: the side panel's listing editor (same fields, same
 * parsing), a live checklist while typing, and autosave of the edit into the session, which re-checks it as "now".
 * The start score never changes here.
 */
export function createEntryEditor(options: { store: SessionStore; sessionId: string; participantId: string; entry: SessionEntry }) {
  const { store, sessionId, participantId, entry } = options;
  const editor = createListingEditor();
  editor.load({ key: entry.id, listing: entry.now.listing, fields: {}, problems: [], loginWall: false });
  const state = signal<SaveState>('saved');
  const problem = signal<BilingualText | null>(null);
  /** The checklist of what is on screen, with the photo findings measured when the listing was added. */
  const report = computed<Report | null>(() => {
    const listing = editor.listing.value;
    if (!listing.title.trim()) return null;
    try {
      return snapshotReport({ listing, photoFindings: entry.now.photoFindings, measuredPhotoIndexes: entry.now.measuredPhotoIndexes, failedPhotoIndexes: entry.now.failedPhotoIndexes });
    } catch {
      return null;
    }
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();

  async function save(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (state.peek() === 'saved') return;
    const listing = editor.listing.peek();
    state.value = 'saving';
    const result = await store.change(sessionId, (session, now) => editListing(session, participantId, entry.id, listing, now));
    // Typing during the save leaves it unsaved: the next pause saves that too.
    if (editor.listing.peek() !== listing) return;
    if (result.ok) {
      state.value = 'saved';
      problem.value = null;
    } else {
      state.value = 'error';
      problem.value = result.problems[0]?.text ?? null;
    }
  }

  return {
    editor,
    report,
    state,
    problem,
    start: entry.start,
    edit(field: EditableField, text: string) {
      editor.edit(field, text);
      state.value = 'unsaved';
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), SAVE_PAUSE_MS);
    },
    flush,
    dispose() {
      clearTimeout(timer);
    },
  };

  /** Saves now (leaving the page, pressing Back). */
  function flush(): Promise<void> {
    saving = saving.then(save, save);
    return saving;
  }
}

export type EntryEditor = ReturnType<typeof createEntryEditor>;
