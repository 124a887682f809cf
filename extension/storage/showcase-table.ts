import type { ExportedEntity } from '../../shared/export/schema';

/**
 * showcase: the curation issue's showcase (etalase) items. Same seam as sessions-table.ts: id + updatedAt now,
 * a precise schema from its owner later; export/import already carry the rows.
 */
export type ShowcaseRow = ExportedEntity;
export const SHOWCASE_STORE = 'id, updatedAt';
