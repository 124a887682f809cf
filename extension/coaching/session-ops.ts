import { SESSION_LIMITS, SessionDate, type ScoreSnapshot, type SessionListing, type SessionListingSource, type SessionParticipant } from '../../shared/export/session';
import { normalizeWhatsAppNumber } from '../../shared/feed/whatsapp';
import type { BilingualText } from '../../shared/i18n/text';
import type { Listing } from '../../shared/listing/schema';
import type { SessionRow } from '../../shared/storage/sessions-table';
import { newId } from './ids';
import { COACHING_PROBLEMS } from './messages';
import { recheck, takeSnapshot, type PhotoExtras } from './snapshot';

/**
 * Changes to a session, as pure functions: each takes a session and returns the next one (or the reasons it
 * cannot), so the store can apply them to the freshest stored copy inside one transaction.
 */

export type Session = SessionRow;
export type Participant = SessionParticipant;
export type SessionEntry = SessionListing;

/** A problem with one field of a form, so the page can put the message next to that field. */
export interface FieldProblem {
  field: string;
  text: BilingualText;
}

export type OpResult = { ok: true; session: Session } | { ok: false; problems: FieldProblem[] };

const fail = (field: string, text: BilingualText): OpResult => ({ ok: false, problems: [{ field, text }] });

export interface SessionDetailsInput {
  name: string;
  /** yyyy-mm-dd, as an <input type="date"> gives it. */
  date: string;
  place?: string;
  trainer?: string;
}

function detailProblems(input: SessionDetailsInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  if (!name) problems.push({ field: 'name', text: COACHING_PROBLEMS.sessionName });
  else if (name.length > SESSION_LIMITS.name) problems.push({ field: 'name', text: COACHING_PROBLEMS.tooLong('Nama sesi', 'session name', SESSION_LIMITS.name) });
  if (!SessionDate.safeParse(input.date.trim()).success) problems.push({ field: 'date', text: COACHING_PROBLEMS.sessionDate });
  if ((input.place ?? '').trim().length > SESSION_LIMITS.shortText) {
    problems.push({ field: 'place', text: COACHING_PROBLEMS.tooLong('Tempat', 'place', SESSION_LIMITS.shortText) });
  }
  if ((input.trainer ?? '').trim().length > SESSION_LIMITS.shortText) {
    problems.push({ field: 'trainer', text: COACHING_PROBLEMS.tooLong('Nama pelatih', 'trainer\'s name', SESSION_LIMITS.shortText) });
  }
  return problems;
}

export function newSession(input: SessionDetailsInput, now: number, id: string = newId()): OpResult {
  const problems = detailProblems(input);
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    session: {
      id,
      name: input.name.trim(),
      date: input.date.trim(),
      place: (input.place ?? '').trim(),
      trainer: (input.trainer ?? '').trim(),
      participants: [],
      createdAt: now,
      updatedAt: now,
    },
  };
}

export function updateDetails(session: Session, input: SessionDetailsInput, now: number): OpResult {
  const problems = detailProblems(input);
  if (problems.length) return { ok: false, problems };
  const place = (input.place ?? '').trim();
  const trainer = (input.trainer ?? '').trim();
  return { ok: true, session: { ...session, name: input.name.trim(), date: input.date.trim(), place, trainer, updatedAt: now } };
}

export interface ParticipantInput {
  name: string;
  shop?: string;
  /** As typed: "0812-3456-7890", "+62 812…"; empty for none. */
  whatsapp?: string;
}

type ParticipantFields = Pick<Participant, 'name' | 'shop' | 'whatsapp'>;

function participantFields(input: ParticipantInput): { ok: true; fields: ParticipantFields } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  const shop = (input.shop ?? '').trim();
  const typed = (input.whatsapp ?? '').trim();
  if (!name) problems.push({ field: 'name', text: COACHING_PROBLEMS.participantName });
  else if (name.length > SESSION_LIMITS.name) problems.push({ field: 'name', text: COACHING_PROBLEMS.tooLong('Nama penjual', 'seller\'s name', SESSION_LIMITS.name) });
  if (shop.length > SESSION_LIMITS.name) problems.push({ field: 'shop', text: COACHING_PROBLEMS.tooLong('Nama toko', 'shop name', SESSION_LIMITS.name) });
  const whatsapp = typed ? normalizeWhatsAppNumber(typed) : undefined;
  if (typed && !whatsapp) problems.push({ field: 'whatsapp', text: COACHING_PROBLEMS.whatsapp });
  if (problems.length) return { ok: false, problems };
  const fields: ParticipantFields = { name, shop };
  if (whatsapp) fields.whatsapp = whatsapp;
  return { ok: true, fields };
}

export function addParticipant(session: Session, input: ParticipantInput, now: number, id: string = newId()): OpResult {
  if (session.participants.length >= SESSION_LIMITS.participants) return fail('name', COACHING_PROBLEMS.tooManyParticipants(SESSION_LIMITS.participants));
  const checked = participantFields(input);
  if (!checked.ok) return checked;
  const participant: Participant = { id, ...checked.fields, listings: [] };
  return { ok: true, session: { ...session, participants: [...session.participants, participant], updatedAt: now } };
}

export function updateParticipant(session: Session, participantId: string, input: ParticipantInput, now: number): OpResult {
  const checked = participantFields(input);
  if (!checked.ok) return checked;
  return withParticipant(session, participantId, now, (p) => {
    const { whatsapp: _old, ...rest } = p;
    return { ...rest, ...checked.fields };
  });
}

export function removeParticipant(session: Session, participantId: string, now: number): OpResult {
  if (!session.participants.some((p) => p.id === participantId)) return fail('participant', COACHING_PROBLEMS.participantMissing);
  return { ok: true, session: { ...session, participants: session.participants.filter((p) => p.id !== participantId), updatedAt: now } };
}

function withParticipant(session: Session, participantId: string, now: number, change: (p: Participant) => Participant | FieldProblem): OpResult {
  const index = session.participants.findIndex((p) => p.id === participantId);
  if (index === -1) return fail('participant', COACHING_PROBLEMS.participantMissing);
  const next = change(session.participants[index]!);
  if ('field' in next) return { ok: false, problems: [next] };
  const participants = [...session.participants];
  participants[index] = next;
  return { ok: true, session: { ...session, participants, updatedAt: now } };
}

export interface NewEntry {
  listing: Listing;
  source: SessionListingSource;
  origin?: string;
  extras?: PhotoExtras;
}

/** A listing entering the session: its start and now are the same snapshot, taken now. */
export function entryFor(entry: NewEntry, now: number, id: string = newId()): SessionEntry {
  const snapshot = takeSnapshot(entry.listing, now, entry.extras);
  const made: SessionEntry = { id, source: entry.source, start: snapshot, now: snapshot };
  if (entry.origin) made.origin = entry.origin.slice(0, 2000);
  return made;
}

export function addEntries(session: Session, participantId: string, entries: readonly SessionEntry[], now: number): OpResult {
  return withParticipant(session, participantId, now, (p) => {
    if (p.listings.length + entries.length > SESSION_LIMITS.listingsPerParticipant) {
      return { field: 'listings', text: COACHING_PROBLEMS.tooManyListings(SESSION_LIMITS.listingsPerParticipant) };
    }
    return { ...p, listings: [...p.listings, ...entries] };
  });
}

/** Replaces a listing's "now" (its start stays as it was when it was added). */
export function setNow(session: Session, participantId: string, listingId: string, now: number, next: (current: ScoreSnapshot) => ScoreSnapshot): OpResult {
  return withParticipant(session, participantId, now, (p) => {
    const index = p.listings.findIndex((l) => l.id === listingId);
    if (index === -1) return { field: 'listing', text: COACHING_PROBLEMS.listingMissing };
    const listings = [...p.listings];
    listings[index] = { ...listings[index]!, now: next(listings[index]!.now) };
    return { ...p, listings };
  });
}

/** The seller's edit of a listing in the session: checked again, the start kept. */
export function editListing(session: Session, participantId: string, listingId: string, listing: Listing, now: number): OpResult {
  if (!listing.title.trim()) return fail('title', COACHING_PROBLEMS.listingTitle);
  return setNow(session, participantId, listingId, now, (current) => recheck(current, listing, now));
}

export function removeListing(session: Session, participantId: string, listingId: string, now: number): OpResult {
  return withParticipant(session, participantId, now, (p) => {
    if (!p.listings.some((l) => l.id === listingId)) return { field: 'listing', text: COACHING_PROBLEMS.listingMissing };
    return { ...p, listings: p.listings.filter((l) => l.id !== listingId) };
  });
}

/**
 * The participant's entry for the same product, if there is one: the same marketplace item, else (product pages
 * only) the same page address. Adding it again from the page updates its "now" instead of adding a copy. A seller
 * form without an item id ("add product") is always a new product.
 */
export function sameEntry(participant: Participant, listing: Listing, source: SessionListingSource): SessionEntry | undefined {
  if (listing.itemId) {
    return participant.listings.find((e) => e.now.listing.itemId === listing.itemId && e.now.listing.marketplace === listing.marketplace);
  }
  const here = source === 'page' ? pageAddress(listing.sourceUrl) : undefined;
  if (!here) return undefined;
  return participant.listings.find((e) => e.source === 'page' && pageAddress(e.now.listing.sourceUrl) === here);
}

function pageAddress(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.origin + u.pathname;
  } catch {
    return undefined;
  }
}

export function findParticipant(session: Session, participantId: string): Participant | undefined {
  return session.participants.find((p) => p.id === participantId);
}

export function findEntry(session: Session, listingId: string): { participant: Participant; entry: SessionEntry } | undefined {
  for (const participant of session.participants) {
    const entry = participant.listings.find((l) => l.id === listingId);
    if (entry) return { participant, entry };
  }
  return undefined;
}
