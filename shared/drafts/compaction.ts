/**
 * Which revisions to keep so history stays useful without growing for ever: every revision from today, then the
 * last revision of each earlier day. The draft's current revision is always kept, whatever its day.
 * "Day" is the seller's local calendar day.
 */
export interface RevisionStamp {
  rev: number;
  savedAt: number;
}

export function revisionsToDrop(revisions: readonly RevisionStamp[], headRev: number, now: number = Date.now()): number[] {
  const today = startOfDay(now);
  const lastOfDay = new Map<number, number>();
  for (const r of revisions) {
    if (r.savedAt >= today) continue;
    const day = startOfDay(r.savedAt);
    const kept = lastOfDay.get(day);
    if (kept === undefined || r.rev > kept) lastOfDay.set(day, r.rev);
  }
  const keep = new Set(lastOfDay.values());
  return revisions
    .filter((r) => r.savedAt < today && r.rev !== headRev && !keep.has(r.rev))
    .map((r) => r.rev)
    .sort((a, b) => a - b);
}

export function startOfDay(time: number): number {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}
