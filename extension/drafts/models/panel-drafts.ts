import { batch, computed, effect, signal, untracked, type ReadonlySignal } from '@preact/signals';
import type { Report } from '../../../shared/checks/types';
import { Listing } from '../../../shared/listing/schema';
import type { PageInfo } from '../../../shared/marketplaces/types';
import { createDraftSession, type DraftSession } from '../../../shared/drafts/draft-session';
import { defaultJournal, type Journal } from '../../../shared/drafts/journal';
import { editsFromDraft } from '../panel-bridge';
import { recoverUnsaved } from '../../../shared/drafts/recover';
import { sameListing } from '../../../shared/drafts/same-listing';
import { draftKeyFor, newManualKey, type Draft, type DraftKey, type DraftService } from '../../../shared/drafts/service';
import type { FormValues, WriteResult } from '../../messaging/protocol';
import { EDITABLE_FIELDS, type ListingEditor } from '../../../shared/ui/listing-editor';
import { createReportModel, type PhotoFindingsInput } from '../../../shared/ui/checklist/report';
import { createApplyToForm } from './apply-to-form';
import { localKeyMemory, type KeyMemory } from './manual-key-memory';

export interface PanelDraftsOptions {
  service: DraftService;
  editor: ListingEditor;
  /** The page the panel shows (null: no page). Ignored in manual mode. */
  page: ReadonlySignal<PageInfo | null>;
  /** The panel's checklist of what it shows now: the "after" score. */
  report: ReadonlySignal<Report | null>;
  /** The photo findings, so "before" is scored the same way as "after". */
  photos?: PhotoFindingsInput;
  /** Writes values into the seller form of the tab the panel shows (through the background and content script). */
  writeForm: (values: FormValues) => Promise<WriteResult>;
  journal?: Journal;
  memory?: KeyMemory;
  /** Autosave timing (tests shorten it). */
  timing?: { debounceMs?: number; maxWaitMs?: number; retryMs?: readonly number[] };
}

/** What the panel is showing, as far as drafts care: one product's page, or manual mode. */
interface Target {
  id: string;
  manual: boolean;
  /** The product's draft key; null in manual mode (each hand-typed listing gets its own key). */
  key: DraftKey | null;
}

const NO_LISTING = Listing.parse({ marketplace: 'other', title: '' });

/**
 * Drafts in the side panel. The panel's editor (page as `base` + the seller's `edits`) stays the one place the
 * seller types; this model keeps it in a draft:
 * - on a page that has a draft differing from the page, it offers "Lanjutkan draf" (`offer`, `continueDraft()`);
 * - from the seller's first edit (or once they continue), every change autosaves through a draft session
 *   (`session.statusText`: "Menyimpan…" / "Tersimpan"); a newer version saved by another panel is shown here when
 *   this one has nothing unsaved, and otherwise both are kept as a conflict (`session.conflict`, `choose()`);
 * - "Terapkan ke formulir" (`applyToForm()`) writes the draft's title, description, price, stock and weight into
 *   the Seller Centre form; fields the form does not have are named in `applyOutcome`.
 * Typing without continuing an offered draft starts from the page: the draft gets a new version and the earlier
 * one stays in its history (`startedOver`). In manual mode every new listing gets its own draft.
 */
export function createPanelDrafts(options: PanelDraftsOptions) {
  const { service, editor } = options;
  const journal = options.journal ?? defaultJournal();
  const memory = options.memory ?? localKeyMemory();
  /** "Terapkan ke formulir", and the fields it (or another button) wrote. */
  const apply = createApplyToForm({
    editor,
    writeForm: options.writeForm,
    prepare: () => {
      if (offer.peek()) continueDraft();
    },
    save: () => session.peek()?.flush() ?? Promise.resolve(),
  });


  /** The stored draft offered for what the panel shows (watched: another window may change or delete it). */
  const stored = signal<Draft | null>(null);
  const session = signal<DraftSession | null>(null);
  /** The seller typed instead of continuing the offered draft: its earlier version is in the history. */
  const startedOver = signal<DraftKey | null>(null);

  // Each start of manual mode is a new listing typed by hand (startManual sets a new base each time).
  const manualStarts = new WeakMap<object, number>();
  let manualCount = 0;
  const target = computed<Target>(() => {
    const base = editor.base.value;
    if (editor.manual.value) {
      if (!manualStarts.has(base)) manualStarts.set(base, ++manualCount);
      return { id: `manual#${manualStarts.get(base)}`, manual: true, key: null };
    }
    const page = options.page.value;
    const key = page ? draftKeyFor(page) : null;
    return { id: `${base.key}|${key ?? ''}`, manual: false, key };
  });

  /** The offer to continue: a stored draft with something the page does not show, or 2 versions to choose from. */
  const offer = computed(() => {
    const draft = stored.value;
    if (!draft || session.value) return null;
    const base = editor.base.value.listing;
    const differs = Object.keys(editsFromDraft(draft.listing, base)).length > 0 || draft.listing.marketplace !== base.marketplace;
    if (!differs && !draft.conflicts.length) return null;
    return { key: draft.id, title: draft.listing.title, updatedAt: draft.updatedAt, manual: target.value.manual, versions: 1 + draft.conflicts.length };
  });

  /** The listing before the seller's work: as first read from the page (manual drafts have none). */
  const original = computed<Listing | undefined>(() => {
    const open = session.value;
    if (open) return open.draft.value?.original ?? (target.value.manual ? undefined : editor.base.value.listing);
    return target.value.manual ? undefined : editor.base.value.listing;
  });
  const before = createReportModel(
    computed(() => original.value ?? NO_LISTING),
    options.photos,
  );
  /** Score before → after, once there is something to compare (a draft, or edits). */
  const compare = computed(() => {
    if (!session.value && !Object.keys(editor.edits.value).length) return null;
    return { before: original.value ? before.report.value?.score : undefined, after: options.report.value?.score };
  });

  /** The draft a "Draf saya" link opens: this panel's, else the one offered. */
  const draftKey = computed<DraftKey | null>(() => session.value?.key ?? stored.value?.id ?? null);

  let sessionTarget = '';
  let seenReplaced = 0;
  /** The editor's listing right after it was set from the draft: not the seller's edit, so not saved back. */
  let fromDraft: Listing | null = null;
  /** True while the editor is being set from the draft. */
  let showing = false;
  let persistenceAsked = false;
  let generation = 0;
  let stopWatch: (() => void) | undefined;

  function startSession(key: DraftKey, t: Target) {
    void session.peek()?.dispose(); // never two sessions in one panel
    const open = createDraftSession({
      service,
      key,
      init: { original: t.manual ? undefined : editor.base.peek().listing },
      journal,
      ...options.timing,
    });
    sessionTarget = t.id;
    seenReplaced = 0;
    session.value = open;
    if (!persistenceAsked) {
      persistenceAsked = true;
      // Ask once for storage the browser will not clear when the disk runs low (unlimitedStorage helps too).
      void service.requestPersistence().catch(() => {});
    }
    return open;
  }

  /** Shows a draft's listing in the editor: the fields where it differs from the page become edits. */
  function showInEditor(listing: Listing) {
    const base = editor.base.peek().listing;
    const edits = editsFromDraft(listing, base);
    showing = true;
    try {
      batch(() => {
        for (const field of EDITABLE_FIELDS) {
          const text = edits[field];
          if (text !== undefined) editor.edit(field, text);
          else if (editor.edits.peek()[field] !== undefined) editor.forget(field);
        }
        if (listing.marketplace !== base.marketplace) editor.setMarketplace(listing.marketplace);
        // Set before the batch ends: the effects that run then must see this as the draft's, not an edit.
        fromDraft = editor.listing.peek();
      });
    } finally {
      showing = false;
    }
  }

  function switchTo(next: Target) {
    const gen = ++generation;
    stopWatch?.();
    stopWatch = undefined;
    const previous = session.peek();
    batch(() => {
      session.value = null;
      stored.value = null;
      startedOver.value = null;
      apply.clear();
    });
    fromDraft = null;
    // Saves what that page's draft still had unsaved, then lets it go.
    if (previous) void previous.dispose();
    const offerKey = next.manual ? memory.get() : next.key;
    if (!offerKey) return;
    void (async () => {
      // Text a closed panel noted but never stored (it closed mid-pause) goes into the draft before it is offered.
      await recoverUnsaved(service, journal, { key: offerKey }).catch(() => {});
      if (gen !== generation) return;
      stopWatch = service.watchDraft(offerKey, (draft) => {
        if (gen === generation) stored.value = draft;
      });
    })();
  }

  let lastTarget = '';
  const stopTarget = effect(() => {
    const t = target.value;
    if (t.id === lastTarget) return;
    lastTarget = t.id;
    untracked(() => switchTo(t));
  });

  let lastEdits = editor.edits.peek();
  let lastPhotosEdited = false;
  // The seller's edits go into the draft: the first one opens it, every later one is autosaved.
  const stopSync = effect(() => {
    const listing = editor.listing.value;
    const edits = editor.edits.value;
    const photosEdited = editor.stateOf('photos') === 'edited';
    const t = target.value;
    const open = session.value;
    // Only the seller's own edit opens a draft. A new page arrives in two steps (its address, then its base
    // with the edits cleared); in between, the old page's edits must not open a draft for the new page.
    const acted = edits !== lastEdits || photosEdited !== lastPhotosEdited;
    lastEdits = edits;
    lastPhotosEdited = photosEdited;
    if (showing || listing === fromDraft) return;
    untracked(() => {
      if (open) {
        // A change that came with another page is not an edit of this page's draft (the switch ends it).
        if (sessionTarget !== t.id) return;
        if (!sameListing(listing, open.listing.peek() ?? undefined)) open.update(listing);
        return;
      }
      if (!acted || t.id !== lastTarget || (!Object.keys(edits).length && !photosEdited)) return;
      let key = t.key;
      if (t.manual || !key) {
        // A listing typed by hand (or a page Rapi has no key for) gets a draft of its own.
        key = newManualKey();
        if (t.manual) memory.set(key);
      } else if (offer.peek()) {
        startedOver.value = key;
      }
      startSession(key, t).update(listing);
    });
  });

  // A version taken from elsewhere (another panel's newer save, a choice between two versions): show it.
  const stopReplaced = effect(() => {
    const open = session.value;
    if (!open) return;
    const count = open.replaced.value;
    if (count === seenReplaced) return;
    seenReplaced = count;
    const listing = open.listing.peek();
    if (listing) untracked(() => showInEditor(listing));
  });

  function continueDraft() {
    const draft = stored.peek();
    const t = target.peek();
    if (!draft || session.peek()) return;
    showInEditor(draft.listing);
    if (t.manual) memory.set(draft.id);
    startSession(draft.id, t);
  }

  return {
    session: session as ReadonlySignal<DraftSession | null>,
    offer,
    startedOver: startedOver as ReadonlySignal<DraftKey | null>,
    compare,
    draftKey,
    applying: apply.applying,
    applyOutcome: apply.outcome,
    continueDraft,
    applyToForm: apply.apply,
    expectWritten: apply.expectWritten,
    /** Stores what is unsaved now (the panel is closing or hidden). */
    flush: (): Promise<void> => session.peek()?.flush() ?? Promise.resolve(),
    dispose() {
      generation++;
      stopTarget();
      stopSync();
      stopReplaced();
      stopWatch?.();
      apply.dispose();
      void session.peek()?.dispose();
    },
  };
}

export type PanelDrafts = ReturnType<typeof createPanelDrafts>;
