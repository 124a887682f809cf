import type { Finding } from '../../shared/checks/types';
import type { BilingualText } from '../../shared/i18n/text';
import type { SessionListingSource } from '../../shared/export/session';
import { suggestListing } from '../../shared/suggest';
import { checkInfo } from './check-names';
import { average } from './dashboard';
import type { Participant, Session, SessionEntry } from './session-ops';
import { snapshotProvisional, snapshotReport } from './snapshot';

/** What a participant's printed report says, computed from the stored session (the page only lays it out). */

export interface FixToDo {
  checkId: string;
  name: BilingualText;
  message: BilingualText;
  fix: BilingualText;
  example?: BilingualText;
}

export interface ListingReport {
  id: string;
  title: string;
  source: SessionListingSource;
  origin?: string;
  start: number;
  now: number;
  /** Checks that found something when the listing was added and no longer do. */
  fixed: BilingualText[];
  /** The three fixes that matter most now, the biggest first (the side panel's "Perbaiki dulu"). */
  toDo: FixToDo[];
  /** True when a part of that score was not measured (photos not checked, no description): "skor sementara". */
  startProvisional: boolean;
  nowProvisional: boolean;
  /** "Skor sementara: foto belum dinilai.", for the score now. */
  provisionalNote?: BilingualText;
  /** Rapi's "Judul usulan" for the listing as it is now (placeholders in square brackets); absent when the title is good. */
  suggestedTitle?: string;
}

export interface ParticipantReport {
  participant: Pick<Participant, 'id' | 'name' | 'shop' | 'whatsapp'>;
  listings: ListingReport[];
  startAverage: number | null;
  nowAverage: number | null;
}

function toDo(f: Finding): FixToDo {
  const item: FixToDo = { checkId: f.checkId, name: checkInfo(f.checkId).name, message: f.message, fix: f.fix };
  if (f.example) item.example = f.example;
  return item;
}

export function listingReport(entry: SessionEntry): ListingReport {
  const now = new Set(entry.now.checkIds);
  const fixed = [...new Set(entry.start.checkIds)].filter((id) => !now.has(id)).map((id) => checkInfo(id).name);
  let fixFirst: Finding[] = [];
  let suggestedTitle: string | undefined;
  try {
    const nowReport = snapshotReport(entry.now);
    fixFirst = nowReport.fixFirst;
    suggestedTitle = suggestListing(entry.now.listing, { report: nowReport, only: 'title' })?.title?.id;
  } catch {
    // A listing the checks cannot read any more (from another Rapi version): the scores still print.
  }
  const nowPart = snapshotProvisional(entry.now);
  const report: ListingReport = {
    id: entry.id,
    title: entry.now.listing.title,
    source: entry.source,
    start: entry.start.score,
    now: entry.now.score,
    fixed,
    toDo: fixFirst.slice(0, 3).map(toDo),
    startProvisional: snapshotProvisional(entry.start).notMeasured.length > 0,
    nowProvisional: nowPart.notMeasured.length > 0,
  };
  if (nowPart.note) report.provisionalNote = nowPart.note;
  if (suggestedTitle) report.suggestedTitle = suggestedTitle;
  if (entry.origin) report.origin = entry.origin;
  return report;
}

export function participantReport(session: Session, participantId: string): ParticipantReport | undefined {
  const participant = session.participants.find((p) => p.id === participantId);
  if (!participant) return undefined;
  const { id, name, shop, whatsapp } = participant;
  return {
    participant: whatsapp ? { id, name, shop, whatsapp } : { id, name, shop },
    listings: participant.listings.map(listingReport),
    startAverage: average(participant.listings.map((l) => l.start.score)),
    nowAverage: average(participant.listings.map((l) => l.now.score)),
  };
}
