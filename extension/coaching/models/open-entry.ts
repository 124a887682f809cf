import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { findEntry, type Session } from '../session-ops';
import type { SessionStore } from '../store';
import { createEntryEditor, type EntryEditor } from './entry-editor';
import type { Route } from './route';

/** The listing being fixed (#/listing/…): its editor, opened once the session has loaded and closed when left. */
export function createOpenEntry(deps: { store: SessionStore; route: ReadonlySignal<Route>; session: ReadonlySignal<Session | null> }) {
  const { store, route, session } = deps;
  const entryEditor = signal<EntryEditor | null>(null);

  // The listing editor opens once the session has loaded, and stays (not rebuilt) while the session changes under it.
  const stopEditor = effect(() => {
    const r = route.value;
    const s = session.value;
    const open = entryEditor.peek();
    if (r.view !== 'listing') {
      if (open) {
        void open.flush();
        open.dispose();
        entryEditor.value = null;
      }
      return;
    }
    if (open && open.editor.base.peek().key === r.listingId) return;
    if (!s) return;
    const found = findEntry(s, r.listingId);
    if (!found) return;
    open?.dispose();
    entryEditor.value = createEntryEditor({ store, sessionId: s.id, participantId: found.participant.id, entry: found.entry });
  });

  return {
    entryEditor: entryEditor as ReadonlySignal<EntryEditor | null>,
    /** Saves the listing being edited now (the page is being hidden or closed). */
    flush: () => entryEditor.peek()?.flush() ?? Promise.resolve(),
    dispose() {
      stopEditor();
      entryEditor.peek()?.dispose();
    },
  };
}
