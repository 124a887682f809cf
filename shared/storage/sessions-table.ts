import { ExportedSession } from '../export/session';

/**
 * sessions: coaching sessions, one row per session with its participants and their listings embedded (a trainer's
 * room is 10 to 30 sellers with a few listings each: one document is small, and it saves and exports whole).
 * The row is exactly the export file's session (shared/export/session.ts); import merges by id, newer wins.
 * extension/coaching/store.ts is the only writer and validates every row before it is put.
 */
export const SessionRow = ExportedSession;
export type SessionRow = ExportedSession;
export const SESSIONS_STORE = 'id, updatedAt';
