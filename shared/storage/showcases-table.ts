import { ExportedShowcase } from '../export/showcase';

/**
 * showcases: a curator's showcases (etalase), e.g. one per café. Each becomes one ShowcaseFeed: `title` and
 * `curator` are the feed's; the items live in the showcaseItems table (showcase-items-table.ts) under this row's id.
 * The row is exactly the export file's showcase (shared/export/showcase.ts); import merges by id, newer wins.
 */
export const ShowcaseRow = ExportedShowcase;
export type ShowcaseRow = ExportedShowcase;

export const SHOWCASES_STORE = 'id, updatedAt';
