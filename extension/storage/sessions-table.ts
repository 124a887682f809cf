import type { ExportedEntity } from '../../shared/export/schema';

/**
 * sessions: coaching sessions (the curation issue). Declared now so that issue adds fields, not a database
 * version, and so export/import already carry them. Each row needs at least an id and a time of last change;
 * import merges by id, newer wins. Its owner replaces `SessionRow` with a precise zod schema.
 */
export type SessionRow = ExportedEntity;
export const SESSIONS_STORE = 'id, updatedAt';
