import type { Area } from '../../shared/checks/types';
import type { BilingualText } from '../../shared/i18n/text';
import type { SessionListingSource } from '../../shared/export/session';
import { checkInfo } from './check-names';
import type { Session } from './session-ops';
import { snapshotProvisional } from './snapshot';

/** Numbers for the session dashboard and the session report: pure functions of the stored session. */

export interface ListingProgress {
  participantId: string;
  participantName: string;
  shop: string;
  listingId: string;
  title: string;
  source: SessionListingSource;
  start: number;
  now: number;
  change: number;
  /** Scores with a part not measured (photos not checked, no description): printed as "sementara". */
  startProvisional: boolean;
  nowProvisional: boolean;
}

export function listingProgress(session: Session): ListingProgress[] {
  return session.participants.flatMap((p) =>
    p.listings.map((l) => ({
      participantId: p.id,
      participantName: p.name,
      shop: p.shop,
      listingId: l.id,
      title: l.now.listing.title,
      source: l.source,
      start: l.start.score,
      now: l.now.score,
      change: l.now.score - l.start.score,
      startProvisional: snapshotProvisional(l.start).notMeasured.length > 0,
      nowProvisional: snapshotProvisional(l.now).notMeasured.length > 0,
    })),
  );
}

/** The rounded mean, or null for no values (shown as "–", never as 0). */
export function average(values: readonly number[]): number | null {
  return values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;
}

export interface ParticipantProgress {
  id: string;
  name: string;
  shop: string;
  listings: number;
  startAverage: number | null;
  nowAverage: number | null;
  /** Listings whose score went up. */
  improved: number;
}

export function participantProgress(session: Session): ParticipantProgress[] {
  return session.participants.map((p) => ({
    id: p.id,
    name: p.name,
    shop: p.shop,
    listings: p.listings.length,
    startAverage: average(p.listings.map((l) => l.start.score)),
    nowAverage: average(p.listings.map((l) => l.now.score)),
    improved: p.listings.filter((l) => l.now.score > l.start.score).length,
  }));
}

export interface RoomProblem {
  checkId: string;
  name: BilingualText;
  area: Area;
  /** Listings that have it now. */
  listings: number;
  /** Participants with at least one such listing now. */
  participants: number;
  /** Listings that had it when added and no longer do. */
  fixed: number;
}

/**
 * The problems most listings in the room still have, most first: what the trainer teaches next. Ties go to the
 * problem more participants share, then to the one fewer have fixed. "Rapi could not read it" findings (no photos
 * seen) are left out: they are about what Rapi saw, not a lesson.
 */
export function roomProblems(session: Session, limit = 5): RoomProblem[] {
  const byCheck = new Map<string, { listings: number; participants: Set<string>; fixed: number }>();
  const entry = (id: string) => {
    let e = byCheck.get(id);
    if (!e) byCheck.set(id, (e = { listings: 0, participants: new Set(), fixed: 0 }));
    return e;
  };
  for (const p of session.participants) {
    for (const l of p.listings) {
      const now = new Set(l.now.checkIds);
      const unread = new Set(l.now.unreadIds);
      for (const id of now) {
        if (unread.has(id)) continue;
        const e = entry(id);
        e.listings++;
        e.participants.add(p.id);
      }
      for (const id of new Set(l.start.checkIds)) if (!now.has(id)) entry(id).fixed++;
    }
  }
  return [...byCheck.entries()]
    .filter(([, e]) => e.listings > 0)
    .map(([checkId, e]) => ({ checkId, ...checkInfo(checkId), listings: e.listings, participants: e.participants.size, fixed: e.fixed }))
    .sort((a, b) => b.listings - a.listings || b.participants - a.participants || a.fixed - b.fixed || a.checkId.localeCompare(b.checkId))
    .slice(0, limit);
}

export interface SessionTotals {
  participants: number;
  listings: number;
  startAverage: number | null;
  nowAverage: number | null;
  improved: number;
  /** Problems fixed across all listings (one per check per listing). */
  fixedProblems: number;
}

export function sessionTotals(session: Session): SessionTotals {
  const all = session.participants.flatMap((p) => p.listings);
  let fixedProblems = 0;
  for (const l of all) {
    const now = new Set(l.now.checkIds);
    fixedProblems += new Set(l.start.checkIds.filter((id) => !now.has(id))).size;
  }
  return {
    participants: session.participants.length,
    listings: all.length,
    startAverage: average(all.map((l) => l.start.score)),
    nowAverage: average(all.map((l) => l.now.score)),
    improved: all.filter((l) => l.now.score > l.start.score).length,
    fixedProblems,
  };
}
