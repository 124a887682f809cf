import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { DraftSession } from '../../shared/drafts/draft-session';
import { sameListing } from '../../shared/drafts/same-listing';
import type { DraftService } from '../../shared/drafts/service';
import type { DraftKey } from '../../shared/drafts/types';
import type { Listing, Marketplace } from '../../shared/listing/schema';
import type { ListingEditor } from '../../shared/ui/listing-editor';

/**
 * Keeps the phone's listing editor and the open draft in step:
 * - a draft that opens (or is restored, or changed in another tab) fills the editor;
 * - what the seller changes goes to the draft's autosave;
 * - before there is a draft, the first change creates one (a blank form never becomes an empty draft), and what
 *   the seller keeps typing while it is being created is carried into it, never lost.
 */
export function bindEditorToDrafts(deps: {
  editor: ListingEditor;
  service: DraftService;
  session: ReadonlySignal<DraftSession | null>;
  /** Opens a draft that was just created (the page shows it at its address). */
  open(key: DraftKey): void;
  /** The marketplace a new listing starts with (the seller's last choice). */
  startMarketplace(): Marketplace;
  /** Called after a draft's listing was put in the editor (the kept photos come back then). */
  afterLoad?(listing: Listing): void;
}) {
  const { editor, service, session } = deps;
  /** The session whose listing the editor shows (null until it is ready). */
  const bound = signal<DraftSession | null>(null);
  /** A draft being created from what was typed before it existed. */
  let creating = false;
  let carry = false;

  const stopSessions = effect(() => {
    const next = session.value;
    bound.value = null;
    if (!next) {
      if (!creating) editor.startManual(deps.startMarketplace());
      return;
    }
    void next.ready.then(() => {
      if (session.peek() !== next) return;
      const stored = next.listing.peek();
      if (carry && stored) {
        // Keep the editor as the seller left it (raw text, chosen photos); the draft takes its listing.
        carry = false;
        creating = false;
        if (!sameListing(editor.listing.peek(), stored)) next.update(editor.listing.peek());
      } else if (stored) {
        load(next, stored);
      }
      bound.value = next;
    });
  });

  function load(from: DraftSession, listing: Listing) {
    editor.load({ key: `${from.key}#${from.replaced.peek()}`, listing, fields: {}, problems: [], loginWall: false });
    deps.afterLoad?.(listing);
  }

  // A restored revision, a choice between two versions, or another tab's newer save: show it.
  let seen: { session: DraftSession; count: number } | null = null;
  const stopReplaced = effect(() => {
    const current = bound.value;
    if (!current) return;
    const count = current.replaced.value;
    if (seen?.session !== current || seen.count === count) {
      seen = { session: current, count };
      return;
    }
    seen = { session: current, count };
    const listing = current.listing.peek();
    if (listing) load(current, listing);
  });

  const stopEdits = effect(() => {
    const listing = editor.listing.value;
    const current = bound.value;
    if (current) {
      if (!sameListing(listing, current.listing.peek() ?? undefined)) current.update(listing);
      return;
    }
    if (session.peek() || creating || !hasContent(listing)) return;
    creating = true;
    carry = true;
    const key = service.newManualKey();
    service
      .openDraft(key, { listing })
      .then(() => deps.open(key))
      .catch(() => {
        // Storage cannot be opened: the seller keeps typing here; the next change tries again.
        creating = false;
        carry = false;
      });
  });

  return {
    /** The draft the editor writes to, once it is open. */
    bound: bound as ReadonlySignal<DraftSession | null>,
    dispose() {
      stopSessions();
      stopReplaced();
      stopEdits();
    },
  };
}

/** Anything a seller would miss if it were not kept. */
function hasContent(listing: Listing): boolean {
  return (
    listing.title.trim() !== '' ||
    !!listing.description?.trim() ||
    listing.price !== undefined ||
    listing.weightGrams !== undefined ||
    listing.stock !== undefined ||
    !!listing.categoryPath?.length ||
    !!listing.photos?.length
  );
}
