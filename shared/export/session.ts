import { z } from 'zod';
import { AREAS, SEVERITIES } from '../checks/types';
import { bi, type BilingualText } from '../i18n/text';
import { Listing } from '../listing/schema';

/**
 * A coaching session, stored and exported as one document: the session's details, its participants, and each
 * participant's listings with their score when added ("start") and now. The database's sessions table holds
 * exactly this (shared/storage/sessions-table.ts), so import validates a session the same way it is saved.
 */

/** The same range as `Timestamp` in ./schema.ts. Not imported from there: schema.ts imports this file. */
const Time = z
  .number()
  .int()
  .min(0)
  .max(Date.UTC(2200, 0, 1));

export const SESSION_LIMITS = {
  participants: 300,
  listingsPerParticipant: 500,
  findings: 300,
  name: 200,
  shortText: 200,
  longText: 4000,
} as const;

const Id = z.string().min(1).max(100);
const Score = z.number().int().min(0).max(100);
const Text = z.string().min(1).max(SESSION_LIMITS.longText);
const StoredText = z.object({ id: Text, en: Text });

/**
 * A finding measured in the side panel that the checks cannot repeat from the listing alone (photo pixels, text on
 * photos). Kept with the snapshot so a re-check after a text edit counts it the same way the panel did.
 */
export const StoredFinding = z.object({
  checkId: Id,
  area: z.enum(AREAS),
  severity: z.enum(SEVERITIES),
  certainty: z.enum(['measured', 'estimated', 'unreadable']),
  message: StoredText,
  why: StoredText,
  fix: StoredText,
  example: StoredText.optional(),
  source: z.object({
    label: StoredText,
    code: z.string().max(100).optional(),
    url: z.string().max(2000).optional(),
    verified: z.boolean(),
  }),
  photoIndex: z.number().int().min(0).max(1000).optional(),
});
export type StoredFinding = z.infer<typeof StoredFinding>;

/** A listing as it was at one moment, with what the checks said about it then. */
export const ScoreSnapshot = z.object({
  listing: Listing,
  score: Score,
  /** The checks that found something, once each: "what was fixed" compares these between start and now. */
  checkIds: z.array(Id).max(SESSION_LIMITS.findings),
  /** Those of `checkIds` that only say Rapi could not read something (no photos seen): not a lesson for the room. */
  unreadIds: z.array(Id).max(SESSION_LIMITS.findings).default([]),
  photoFindings: z.array(StoredFinding).max(SESSION_LIMITS.findings).default([]),
  measuredPhotoIndexes: z.array(z.number().int().min(0).max(1000)).max(100).default([]),
  /** Photos that could not be downloaded or read: the photo part of this score was not fully measured ("sementara"). */
  failedPhotoIndexes: z.array(z.number().int().min(0).max(1000)).max(100).default([]),
  at: Time,
});
export type ScoreSnapshot = z.infer<typeof ScoreSnapshot>;

/** page: a marketplace product page; form: a seller-centre form; manual: typed in; sheet: a spreadsheet row. */
export const SessionListingSource = z.enum(['page', 'form', 'manual', 'sheet']);
export type SessionListingSource = z.infer<typeof SessionListingSource>;

export const SessionListing = z.object({
  id: Id,
  source: SessionListingSource,
  /** Where it came from, shown as text: the page address, or "toko.xlsx, baris 7". */
  origin: z.string().max(2000).optional(),
  start: ScoreSnapshot,
  now: ScoreSnapshot,
});
export type SessionListing = z.infer<typeof SessionListing>;

export const SessionParticipant = z.object({
  id: Id,
  name: z.string().trim().min(1).max(SESSION_LIMITS.name),
  shop: z.string().trim().max(SESSION_LIMITS.name).default(''),
  /** Digits with the country code (62812…), as wa.me wants them. */
  whatsapp: z
    .string()
    .regex(/^[1-9]\d{7,14}$/)
    .optional(),
  listings: z.array(SessionListing).max(SESSION_LIMITS.listingsPerParticipant),
});
export type SessionParticipant = z.infer<typeof SessionParticipant>;

/** A calendar day as the trainer typed it (yyyy-mm-dd), not a moment: the session happens on that day wherever. */
export const SessionDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return y >= 2000 && y <= 2199 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, { message: 'not a real date', params: { text: bi('bukan tanggal yang ada di kalender', 'not a real date') } });

/** A custom issue with its words for the seller (params.text, read by ./issue-text.ts). */
const twice = (text: BilingualText) => ({ code: 'custom' as const, message: text.en, params: { text } });

export const ExportedSession = z
  .object({
    id: z.string().min(1).max(400),
    name: z.string().trim().min(1).max(SESSION_LIMITS.name),
    date: SessionDate,
    place: z.string().trim().max(SESSION_LIMITS.shortText).default(''),
    trainer: z.string().trim().max(SESSION_LIMITS.shortText).default(''),
    participants: z.array(SessionParticipant).max(SESSION_LIMITS.participants),
    createdAt: Time,
    updatedAt: Time,
  })
  .superRefine((session, ctx) => {
    // Ids pick what an edit changes: two with one id would make "edit this listing" ambiguous.
    const seen = new Set<string>();
    for (const participant of session.participants) {
      if (seen.has(participant.id)) ctx.addIssue(twice(bi(`peserta "${participant.id}" ada dua kali`, `duplicate participant "${participant.id}"`)));
      seen.add(participant.id);
      for (const listing of participant.listings) {
        if (seen.has(listing.id)) ctx.addIssue(twice(bi(`listing "${listing.id}" ada dua kali`, `duplicate listing "${listing.id}"`)));
        seen.add(listing.id);
      }
    }
  });
export type ExportedSession = z.infer<typeof ExportedSession>;
export type ExportedSessionInput = z.input<typeof ExportedSession>;

/** The sessions of an export file: each one valid, each id once (a file that names a session twice is refused). */
export const ExportedSessions = z
  .array(ExportedSession)
  .max(10_000)
  .superRefine((sessions, ctx) => {
    const ids = new Set<string>();
    for (const session of sessions) {
      if (ids.has(session.id)) ctx.addIssue(twice(bi(`sesi pelatihan "${session.id}" ada dua kali`, `duplicate session "${session.id}"`)));
      ids.add(session.id);
    }
  });
