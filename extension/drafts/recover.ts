import { liveEditors, type Journal } from './journal';
import type { DraftService } from './service';
import type { Draft } from './types';

/**
 * Saves text that a closed or crashed window noted in the journal but never got into the database. Each becomes
 * the current version when nothing was saved since it was typed; otherwise a conflict copy, so the seller chooses.
 * Editors still open in another window are left alone: they save their own text. Returns the drafts it changed.
 */
export async function recoverUnsaved(
  service: Pick<DraftService, 'saveDraft'>,
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
      const result = await service.saveDraft({ key: entry.key, listing: entry.listing, baseRev: entry.baseRev, editorId: entry.editorId });
      changed.set(entry.key, result.draft);
      journal.clear(entry.key, entry.editorId);
    } catch {
      // Still cannot store it: the note stays for the next try.
    }
  }
  return changed;
}
