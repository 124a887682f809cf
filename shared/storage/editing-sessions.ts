import { Dexie, type Transaction } from 'dexie';
import type { RevisionRow } from './revisions-table';

/**
 * A draft's history keeps one revision per editing session ("sesi mengedit", docs/glossary.md), not one per pause in
 * typing. A session is one editor (one side panel or one "Draf saya" tab:
 * its editorId) saving again and again with no gap of more than SESSION_GAP_MS between two saves. Every save still
 * goes to the draft and the journal at once; within a session the revision is moved forward to the newest text, so
 * the history shows where each session ended. A restore, a conflict choice and an import are sessions of their own.
 */
export const SESSION_GAP_MS = 10 * 60_000;

type Stamp = Pick<RevisionRow, 'rev' | 'kind' | 'savedAt'> & { editor?: string | undefined };

/** Whether a save by `editor` at `now` continues the session that wrote `head` (the draft's current revision). */
export function continuesSession(head: Stamp | undefined, editor: string, now: number): boolean {
  return head !== undefined && head.kind === 'edit' && head.editor === editor && now - head.savedAt <= SESSION_GAP_MS && now >= head.savedAt;
}

/**
 * For a history written before sessions (one revision per pause): which revisions to drop so that each run of edits
 * with no gap over SESSION_GAP_MS keeps only its last, and when each kept one's session started. The first revision
 * (the original) and the current one are always kept, and so is every restore, conflict choice and import.
 */
export function sessionsOf(revisions: readonly Stamp[], headRev: number): { drop: number[]; startedAt: Map<number, number> } {
  const sorted = [...revisions].sort((a, b) => a.rev - b.rev);
  const first = sorted[0]?.rev;
  const drop: number[] = [];
  const startedAt = new Map<number, number>();
  let run: Stamp[] = [];
  const close = () => {
    if (run.length > 1) {
      const last = run[run.length - 1]!;
      for (const r of run.slice(0, -1)) drop.push(r.rev);
      startedAt.set(last.rev, run[0]!.savedAt);
    }
    run = [];
  };
  for (const r of sorted) {
    const joins = r.kind === 'edit' && r.rev !== first && run.length > 0 && r.savedAt - run[run.length - 1]!.savedAt <= SESSION_GAP_MS;
    if (!joins) close();
    if (r.kind === 'edit' && r.rev !== first) run.push(r);
    // The current revision ends its session's run: nothing after it belongs to it.
    if (r.rev === headRev) close();
  }
  close();
  return { drop: drop.filter((rev) => rev !== headRev && rev !== first), startedAt };
}

/**
 * Database version 5: each draft's history written one revision per pause becomes one revision per editing session
 * (sessionsOf); every kept revision that ended a longer session learns when it began. One draft at a time, so a big
 * history never sits in memory whole.
 */
export async function upgradeRevisionsToSessions(tx: Transaction): Promise<void> {
  const revisions = tx.table('revisions');
  const draftIds = (await tx.table('drafts').toCollection().primaryKeys()) as string[];
  for (const draftId of draftIds) {
    const draft = (await tx.table('drafts').get(draftId)) as { rev: number } | undefined;
    if (!draft) continue;
    const rows = (await revisions.where('[draftId+rev]').between([draftId, Dexie.minKey], [draftId, Dexie.maxKey]).toArray()) as RevisionRow[];
    const { drop, startedAt } = sessionsOf(rows, draft.rev);
    const byRev = new Map(rows.map((r) => [r.rev, r]));
    if (drop.length) await revisions.bulkDelete(drop.map((rev) => byRev.get(rev)!.id));
    for (const [rev, start] of startedAt) {
      const row = byRev.get(rev);
      if (row && !drop.includes(rev)) await revisions.update(row.id, { startedAt: start });
    }
  }
}
