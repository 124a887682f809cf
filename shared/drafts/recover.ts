import { liveEditors, type Journal } from './journal';
import { sameListing } from './same-listing';
import type { DraftService } from './service';
import type { Draft } from './types';

/**
 * Saves text that a closed or crashed window noted in the journal but never got into the database. Each becomes
 * the current version when nothing was saved since it was typed; otherwise a conflict copy, so the seller chooses.
 * A note whose text is already a revision after the one it started from was stored (the window closed between
 * its save and clearing the note): replaying it would bring back a version the seller has since replaced.
 * Editors still open in another window are left alone: they save their own text. Returns the drafts it changed.
 */
export async function recoverUnsaved(
  service: Pick<DraftService, 'saveDraft'> & Partial<Pick<DraftService, 'listRevisions'>>,
  journal: Journal,
  options: { key?: string; except?: string } = {},
): Promise<Map<string, Draft>> {
  const changed = new Map<string, Draft>();
  const entries = journal.entries(options.key);
  if (!entries.length) return changed;
  const alive = await liveEditors();
  for (const entry of entries) {
    if (entry.editorId === options.except || alive.has(entry.editorId)) continue;
    try {
      const revisions = (await service.listRevisions?.(entry.key)) ?? [];
      if (revisions.some((r) => r.rev > entry.baseRev && sameListing(r.listing, entry.listing))) {
        journal.clear(entry.key, entry.editorId);
        continue;
      }
      const result = await service.saveDraft({ key: entry.key, listing: entry.listing, baseRev: entry.baseRev, editorId: entry.editorId });
      changed.set(entry.key, result.draft);
      journal.clear(entry.key, entry.editorId);
    } catch {
      // Still cannot store it: the note stays for the next try.
    }
  }
  return changed;
}
