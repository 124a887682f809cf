import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { BilingualText } from '../i18n/text';
import type { Listing } from '../listing/schema';
import { storageProblem } from '../storage/errors';
import { defaultJournal, holdEditorLock, type Journal } from './journal';
import { recoverUnsaved } from './recover';
import { sameListing } from './same-listing';
import { InvalidDraftError } from './errors';
import type { DraftService } from './service';
import type { Draft, DraftKey, SaveResult } from './types';
import { conflictOf, statusTextOf, type SaveStatus } from './draft-status';

export type { DraftConflict, SaveStatus } from './draft-status';

export interface DraftSessionOptions {
  service: DraftService;
  key: DraftKey;
  /** What a new draft starts from: the page's listing as `original` (and as the first version). */
  init?: { listing?: Listing; original?: Listing };
  /** Quiet time after the last keystroke before saving; with the write itself, well within 500 ms. */
  debounceMs?: number;
  /** Longest a seller who never pauses waits for a save. */
  maxWaitMs?: number;
  /** Waits between retries after a failed save (the last one repeats). */
  retryMs?: readonly number[];
  editorId?: string;
  /** Follow changes made in other windows (default true). */
  watch?: boolean;
  /** Where unsaved text is noted synchronously on every edit (default: localStorage). */
  journal?: Journal;
}

/**
 * One open draft with autosave: the side panel or the drafts page calls `update()` on every edit and shows
 * `statusText` ("Menyimpan…" / "Tersimpan"). Nothing typed is ever dropped: every edit is noted synchronously in
 * the journal (journal.ts) before the debounced save, so a window closed or crashed mid-pause is recovered the
 * next time the draft opens; a failed save keeps the text in memory, says so plainly and retries; a save that
 * would overwrite another window's work becomes a conflict.
 */
export function createDraftSession(options: DraftSessionOptions) {
  const { service, key } = options;
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const retryMs = options.retryMs ?? [1000, 2000, 5000, 10000, 30000];
  const editorId = options.editorId ?? crypto.randomUUID();
  const journal = options.journal ?? defaultJournal();
  const releaseLock = holdEditorLock(editorId);

  const draft = signal<Draft | null>(null);
  const listing = signal<Listing | null>(null);
  const status = signal<SaveStatus>('loading');
  const problem = signal<BilingualText | null>(null);
  const ownConflict = signal(false);
  /** Counts versions taken from elsewhere (another window, a restore, a choice), so an editor can reload. */
  const replaced = signal(0);

  let baseRev = 0;
  let dirty = false;
  let again = false;
  let disposed = false;
  let inflight: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let stopWatch: (() => void) | undefined;

  const conflict = computed(() => conflictOf(draft.value, listing.value, ownConflict.value, editorId));
  const statusText = computed(() => statusTextOf(status.value, problem.value, conflict.value !== null));

  function clearTimers() {
    clearTimeout(timer);
    clearTimeout(maxTimer);
    clearTimeout(retryTimer);
    timer = maxTimer = retryTimer = undefined;
  }

  function take(next: Listing, rev: number) {
    batch(() => {
      listing.value = next;
      replaced.value++;
    });
    baseRev = rev;
  }

  function applyResult(result: SaveResult) {
    batch(() => {
      draft.value = result.draft;
      problem.value = null;
      if (result.status === 'saved') {
        baseRev = result.rev;
        ownConflict.value = false;
      } else {
        ownConflict.value = true;
      }
      status.value = dirty ? 'pending' : result.status === 'conflict' ? 'conflict' : 'saved';
    });
  }

  async function run(): Promise<void> {
    if (inflight) {
      again = true;
      return inflight;
    }
    clearTimers();
    const snapshot = listing.peek();
    if (!dirty || !snapshot) return;
    dirty = false;
    status.value = 'saving';
    inflight = (async () => {
      try {
        applyResult(await service.saveDraft({ key, listing: snapshot, baseRev, editorId, original: options.init?.original }));
        retries = 0;
        // The database holds what is on screen (as the draft or as a conflict copy): the note is no longer needed.
        if (!dirty && listing.peek() === snapshot) journal.clear(key, editorId);
      } catch (error) {
        dirty = true; // the text on screen is still unsaved: keep it, say so, try again
        batch(() => {
          problem.value = error instanceof InvalidDraftError ? error.text : storageProblem(error);
          status.value = 'error';
        });
        // Data that does not fit will not fit on retry; the next edit tries again.
        if (!(error instanceof InvalidDraftError) && !disposed) {
          retryTimer = setTimeout(() => void run(), retryMs[Math.min(retries++, retryMs.length - 1)]);
        }
      }
    })();
    await inflight;
    inflight = null;
    if (again || (dirty && status.peek() !== 'error')) {
      again = false;
      if (dirty) await run();
    }
  }

  function schedule() {
    clearTimeout(timer);
    clearTimeout(retryTimer);
    timer = setTimeout(() => void run(), debounceMs);
    maxTimer ??= setTimeout(() => void run(), maxWaitMs);
  }

  /** The draft as stored changed (this window, another one, an import). */
  function onStored(stored: Draft | null) {
    if (!stored || disposed) return;
    const quiet = !dirty && !inflight && (status.peek() === 'saved' || status.peek() === 'conflict');
    batch(() => {
      draft.value = stored;
      if (!quiet) return;
      const ownCopyLeft = !stored.conflicts.some((c) => c.id === editorId);
      if (ownConflict.peek() && ownCopyLeft) {
        // The seller chose in another window: follow that choice.
        ownConflict.value = false;
        status.value = 'saved';
        if (!sameListing(stored.listing, listing.peek() ?? undefined)) take(stored.listing, stored.rev);
        else baseRev = stored.rev;
      } else if (!ownConflict.peek() && stored.rev > baseRev) {
        take(stored.listing, stored.rev); // nothing unsaved here: show the newer version
      }
    });
  }

  const ready: Promise<Draft | null> = (async () => {
    try {
      let opened = await service.openDraft(key, options.init ?? {});
      opened = (await recoverUnsaved(service, journal, { key, except: editorId })).get(key) ?? opened;
      if (disposed) return opened;
      batch(() => {
        draft.value = opened;
        if (!listing.peek()) listing.value = opened.listing;
        status.value = dirty ? 'pending' : 'saved';
      });
      baseRev = opened.rev;
      if (dirty) schedule();
      if (options.watch !== false) stopWatch = service.watchDraft(key, onStored);
      return opened;
    } catch (error) {
      // Could not open storage: the seller can still type; what they type is kept here and retried.
      batch(() => {
        listing.value ??= options.init?.listing ?? options.init?.original ?? null;
        problem.value = storageProblem(error);
        status.value = 'error';
      });
      return null;
    }
  })();

  async function flush(): Promise<void> {
    await ready;
    while (dirty && listing.peek() && status.peek() !== 'error') await run();
    if (inflight) await inflight;
  }

  return {
    key,
    editorId,
    ready,
    draft: draft as ReadonlySignal<Draft | null>,
    listing: listing as ReadonlySignal<Listing | null>,
    status: status as ReadonlySignal<SaveStatus>,
    statusText,
    problem: problem as ReadonlySignal<BilingualText | null>,
    conflict,
    replaced: replaced as ReadonlySignal<number>,
    /** The seller changed the listing: show it now, save it after a short pause. */
    update(next: Listing) {
      if (disposed) return;
      listing.value = next;
      dirty = true;
      journal.write({ key, editorId, listing: next, baseRev, savedAt: Date.now() });
      if (status.peek() !== 'loading' && status.peek() !== 'error') status.value = 'pending';
      if (status.peek() === 'error') {
        clearTimeout(retryTimer);
        timer = setTimeout(() => void run(), debounceMs);
        return;
      }
      if (status.peek() !== 'loading') schedule();
    },
    /** Changes some fields of the listing. */
    edit(patch: Partial<Listing>) {
      const current = listing.peek();
      if (current) this.update({ ...current, ...patch });
    },
    /** Saves now (the page is being hidden or closed). Resolves once what is on screen is stored, or failed. */
    flush,
    /** The seller chose which version to keep. */
    async choose(which: 'mine' | 'theirs') {
      const current = conflict.peek();
      if (!current) return;
      await flush();
      const useCopy = current.own ? which === 'mine' : which === 'theirs';
      const after = await service.resolveConflict(key, current.copyId, useCopy ? 'use-copy' : 'drop-copy');
      if (!after) return;
      batch(() => {
        draft.value = after;
        ownConflict.value = false;
        status.value = 'saved';
        if (!sameListing(after.listing, listing.peek() ?? undefined)) take(after.listing, after.rev);
        else baseRev = after.rev;
      });
    },
    /** Puts an earlier revision back (as a new revision). */
    async restore(rev: number) {
      await flush();
      const result = await service.restoreRevision(key, rev, { baseRev, editorId });
      if (!result) return;
      // Either way the restored text is what this window now shows (in a conflict, as this window's version).
      if (result.status === 'saved') take(result.draft.listing, result.rev);
      else take(result.mine.listing, baseRev);
      applyResult(result);
    },
    /** Stops following other windows; saves what is unsaved first. */
    async dispose() {
      await flush().catch(() => {});
      disposed = true;
      clearTimers();
      stopWatch?.();
      releaseLock();
    },
  };
}

export type DraftSession = ReturnType<typeof createDraftSession>;
