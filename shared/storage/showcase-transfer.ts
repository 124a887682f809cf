import { isCurrentShowcaseItem, type ExportedShowcase, type ExportedShowcaseItem, type SeamShowcaseItem } from '../export/showcase';
import type { AppDB } from './db';
import { SEAM_SHOWCASE_ID, seamShowcase, upgradeSeamRow } from './showcase-legacy';

export interface ShowcaseImport {
  showcases: readonly ExportedShowcase[];
  showcase: readonly (ExportedShowcaseItem | SeamShowcaseItem)[];
}

/**
 * The showcase part of importing a Rapi export file (shared/drafts/transfer.ts calls this inside its one
 * transaction, after the drafts are in). Showcases and items merge by id, the newer one wins, like sessions.
 * Rows from before showcases existed join the "Etalase saya" showcase at its end, made from their draft.
 */
export async function mergeShowcases(db: AppDB, file: ShowcaseImport): Promise<void> {
  for (const showcase of file.showcases) {
    const local = await db.showcases.get(showcase.id);
    if (!local || local.updatedAt < showcase.updatedAt) await db.showcases.put(showcase);
  }
  const seam: SeamShowcaseItem[] = [];
  for (const row of file.showcase) {
    if (!isCurrentShowcaseItem(row)) {
      seam.push(row);
      continue;
    }
    const local = await db.showcaseItems.get(row.id);
    if (!local || local.updatedAt < row.updatedAt) await db.showcaseItems.put(row);
  }
  const fresh: SeamShowcaseItem[] = [];
  for (const row of seam) {
    const local = await db.showcaseItems.get(row.id);
    if (!local || local.updatedAt < row.updatedAt) fresh.push(row);
  }
  if (!fresh.length) return;
  if (!(await db.showcases.get(SEAM_SHOWCASE_ID))) await db.showcases.put(seamShowcase(fresh));
  const existing = (await db.showcaseItems.toArray()).filter((r) => r.showcaseId === SEAM_SHOWCASE_ID && !fresh.some((f) => f.id === r.id));
  const taken = new Set(existing.map((r) => r.item.id));
  let position = existing.reduce((max, r) => Math.max(max, r.position), -1) + 1;
  for (const row of fresh) {
    const draft = typeof row.draftKey === 'string' ? await db.drafts.get(row.draftKey) : undefined;
    await db.showcaseItems.put(upgradeSeamRow(row, draft, position++, taken));
  }
}
