import { liveQuery } from 'dexie';
import type { AppDB } from '../../shared/storage/db';
import { isQuotaError } from '../../shared/storage/errors';
import { SessionRow } from '../../shared/storage/sessions-table';
import { COACHING_PROBLEMS } from './messages';
import { newSession, type OpResult, type Session, type SessionDetailsInput } from './session-ops';

export interface SessionList {
  /** Newest session day first. */
  sessions: Session[];
  /** Rows that do not fit the session schema (left untouched, never shown half-read). */
  unreadable: number;
}

export type SessionLookup = { state: 'found'; session: Session } | { state: 'missing' } | { state: 'unreadable' };

/**
 * Coaching sessions in the extension's database, one document each. Every change runs on the freshest stored copy
 * inside one transaction (the side panel may add a listing while the session page edits another), and every row is
 * validated before it is written. Never throws at the caller: storage failures come back as bilingual problems.
 */
export function createSessionStore(db: AppDB, clock: () => number = Date.now) {
  function read(row: unknown): Session | undefined {
    const parsed = SessionRow.safeParse(row);
    return parsed.success ? parsed.data : undefined;
  }

  async function list(): Promise<SessionList> {
    const rows = await db.sessions.toArray();
    const sessions: Session[] = [];
    let unreadable = 0;
    for (const row of rows) {
      const session = read(row);
      if (session) sessions.push(session);
      else unreadable++;
    }
    sessions.sort((a, b) => (a.date === b.date ? b.updatedAt - a.updatedAt : a.date < b.date ? 1 : -1));
    return { sessions, unreadable };
  }

  async function lookup(id: string): Promise<SessionLookup> {
    const row = await db.sessions.get(id);
    if (!row) return { state: 'missing' };
    const session = read(row);
    return session ? { state: 'found', session } : { state: 'unreadable' };
  }

  function failure(error: unknown): OpResult {
    return { ok: false, problems: [{ field: 'storage', text: isQuotaError(error) ? COACHING_PROBLEMS.storageFull : COACHING_PROBLEMS.storageFailed }] };
  }

  function valid(session: Session): OpResult {
    const parsed = SessionRow.safeParse(session);
    return parsed.success ? { ok: true, session: parsed.data } : { ok: false, problems: [{ field: 'session', text: COACHING_PROBLEMS.invalid }] };
  }

  return {
    list,
    lookup,

    async create(input: SessionDetailsInput): Promise<OpResult> {
      const made = newSession(input, clock());
      if (!made.ok) return made;
      const checked = valid(made.session);
      if (!checked.ok) return checked;
      try {
        await db.sessions.add(checked.session);
        return checked;
      } catch (error) {
        return failure(error);
      }
    },

    /** Applies `op` to the stored session and saves the result, all or nothing. */
    async change(id: string, op: (session: Session, now: number) => OpResult): Promise<OpResult> {
      try {
        return await db.transaction('rw', db.sessions, async () => {
          const found = await lookup(id);
          if (found.state !== 'found') return { ok: false, problems: [{ field: 'session', text: COACHING_PROBLEMS.sessionMissing }] } satisfies OpResult;
          const now = clock();
          const result = op(found.session, now);
          if (!result.ok) return result;
          // Newer wins when two devices' sessions meet on import, so a change always moves the time forward.
          const checked = valid({ ...result.session, updatedAt: Math.max(now, found.session.updatedAt + 1) });
          if (checked.ok) await db.sessions.put(checked.session);
          return checked;
        });
      } catch (error) {
        return failure(error);
      }
    },

    /** Deletes a session and gives it back, so the page can offer to undo. */
    async remove(id: string): Promise<Session | undefined> {
      const found = await lookup(id);
      await db.sessions.delete(id);
      return found.state === 'found' ? found.session : undefined;
    },

    /** Undo of a delete: puts the session back unless one with its id exists again. */
    async restore(session: Session): Promise<void> {
      await db.transaction('rw', db.sessions, async () => {
        if (!(await db.sessions.get(session.id))) await db.sessions.put(session);
      });
    },

    /** Calls back with the list now and after every change, in this window or another. Returns the unsubscribe. */
    watchList(callback: (list: SessionList) => void): () => void {
      const subscription = liveQuery(list).subscribe({ next: callback, error: () => callback({ sessions: [], unreadable: 0 }) });
      return () => subscription.unsubscribe();
    },

    watch(id: string, callback: (found: SessionLookup) => void): () => void {
      const subscription = liveQuery(() => lookup(id)).subscribe({ next: callback, error: () => callback({ state: 'unreadable' }) });
      return () => subscription.unsubscribe();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
