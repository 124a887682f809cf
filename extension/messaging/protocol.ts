// zod/mini, not classic zod: smaller pages. Content scripts import only types from here (their runtime side,
// ./content-side.ts, carries no zod: the content-script budget is 25 KB gzipped).
import * as z from 'zod/mini';
import { BilingualText, Lang } from '../../shared/i18n/schema';
import type { Listing } from '../../shared/listing/schema';
import { FieldState, NotReadReason, PageInfo } from '../../shared/marketplaces/types';
import { WRITABLE_FIELDS } from '../../shared/marketplaces/seller-forms/forms';
import { ROUTES, type MessageName } from './routes';

/**
 * Every message between Rapi's content scripts, background and side panel, as zod schemas.
 * Each message names who may send it (`from`, see ./senders.ts), who handles it (`to`) (both from ./routes.ts),
 * what it carries (`request`) and what comes back (`reply`).
 * Rapi's own pages (background, side panel, offscreen document) validate every request they send or receive and
 * every reply, so whatever a content script sends, and whatever it receives, has passed these schemas at the
 * extension's end (./content-side.ts says why that is enough there).
 */

/** A whole number in [min, max]. */
const whole = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.number().check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max));

/**
 * Here only the listing's outline is checked (an object with a title; other keys pass through untouched); the
 * background validates it in full against the Listing schema (classic zod, kept out of the content script).
 * Typed as Listing so both ends share the adapters' type.
 */
const ListingOutline = z.looseObject({ title: z.string() }) as unknown as z.ZodMiniType<Listing>;

/** What an adapter read from a page (shared/marketplaces' Extraction), as it travels from the content script. */
export const ExtractionPayload = z.object({
  page: PageInfo,
  listing: ListingOutline,
  fields: z.record(z.string(), FieldState),
  problems: z.array(BilingualText),
  loginWall: z.boolean(),
  /** Whether the adapter found the product itself; a page that is not read is never scored. */
  read: z.boolean(),
  notRead: z.optional(z.object({ reason: NotReadReason, message: BilingualText })),
  /** Fields whose sources on the page disagree (Shopee's API answer and the page). */
  conflicts: z.optional(z.array(z.string())),
});
export type ExtractionPayload = z.infer<typeof ExtractionPayload>;

/**
 * What the badge on the page shows. `score` is null when there is nothing to score: the page could not be
 * read (`unreadable`), or a seller form has no title yet.
 */
export const BadgeSummary = z.object({
  score: z.nullable(whole(0, 100)),
  fixes: whole(0),
  unreadable: z.boolean(),
  lang: Lang,
  /** What was read disagrees with itself (see ExtractionPayload.conflicts): the badge says so. */
  conflict: z.optional(z.boolean()),
  /** True when a part could not be measured on the page (photos are only rated in the panel): "Skor sementara". */
  provisional: z.optional(z.boolean()),
  /** Which parts, in the seller's words ("Skor sementara: foto belum dinilai."). */
  provisionalNote: z.optional(BilingualText),
});
export type BadgeSummary = z.infer<typeof BadgeSummary>;

/** What the background remembers about one tab; the side panel shows it. */
export const TabState = z.object({
  tabId: whole(0),
  url: z.string(),
  page: PageInfo,
  /** null on marketplace pages that are not a product or a seller form (search, category …). */
  extraction: z.nullable(ExtractionPayload),
  /** Increases with every read of the page, so the panel can tell a re-read from a new page. */
  revision: whole(0),
  readAt: z.number(),
});
export type TabState = z.infer<typeof TabState>;

/** Seller-form fields the panel can write back into the form (the adapters' list). */
export const WritableField = z.enum(WRITABLE_FIELDS);
export type WritableField = z.infer<typeof WritableField>;

const amount = z.number().check(z.refine((n) => n >= 0));
/** Values to write into a seller form; only the fields present are touched. */
export const FormValues = z.object({
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  price: z.optional(amount),
  stock: z.optional(amount),
  weightGrams: z.optional(amount),
});
export type FormValues = z.infer<typeof FormValues>;

/** What was written (the adapters' ApplyResult). */
export const WriteResult = z.object({
  applied: z.array(z.string()),
  missing: z.array(z.string()),
  problems: z.array(BilingualText),
});
export type WriteResult = z.infer<typeof WriteResult>;

const tabId = whole(0);
const nothing = z.object({});

export const MESSAGES = {
  /** Content script → background: the page was read (or re-read). The reply feeds the badge. */
  'listing:extracted': {
    ...ROUTES['listing:extracted'],
    request: z.object({ url: z.string(), extraction: ExtractionPayload }),
    reply: BadgeSummary,
  },
  /** Content script → background: this marketplace page has no listing to read (search, category …). */
  'page:no-listing': {
    ...ROUTES['page:no-listing'],
    request: z.object({ url: z.string(), page: PageInfo }),
    reply: nothing,
  },
  /** Badge click → background: open the side panel for this tab; refused, `hint` says where the toolbar button is. */
  'panel:open': {
    ...ROUTES['panel:open'],
    request: nothing,
    reply: z.object({ opened: z.boolean(), hint: z.optional(z.string()) }),
  },
  /** Side panel → background: what do you know about this tab? */
  'tab:get': {
    ...ROUTES['tab:get'],
    request: z.object({ tabId }),
    reply: z.nullable(TabState),
  },
  /** Side panel → background → the tab's seller-form script: put this text into the form. */
  'form:apply': {
    ...ROUTES['form:apply'],
    request: z.object({ tabId, values: FormValues }),
    reply: WriteResult,
  },
  /** Background → side panels: a tab's state changed (null: forgotten). */
  'tab:updated': {
    ...ROUTES['tab:updated'],
    request: z.object({ tabId, state: z.nullable(TabState) }),
    reply: nothing,
  },
  /** Background → content script: redraw the badge (the language changed). */
  'badge:update': {
    ...ROUTES['badge:update'],
    request: BadgeSummary,
    reply: nothing,
  },
  /** Background → seller-form content script: write a field. */
  'form:write': {
    ...ROUTES['form:write'],
    request: z.object({ values: FormValues }),
    reply: WriteResult,
  },
  // Photo checks (extension/photos). Their replies are large, typed data (metrics, text read on a photo): here
  // they pass as unknown and extension/photos validates them with its own schemas, so the content scripts, which
  // import this file, do not carry those schemas.
  /** Side panel → background: start the offscreen document that checks photos (Chrome). */
  'photos:offscreen': {
    ...ROUTES['photos:offscreen'],
    request: nothing,
    reply: z.object({ ready: z.boolean() }),
  },
  /** Side panel → offscreen document: decode and measure one photo (a blob: URL of its bytes, made by the panel). */
  'photo:measure': {
    ...ROUTES['photo:measure'],
    request: z.object({ url: z.string() }),
    reply: z.unknown(),
  },
  /** Side panel → offscreen document: read the text on one photo; progress comes back as photo:progress. */
  'photo:read-text': {
    ...ROUTES['photo:read-text'],
    request: z.object({ url: z.string(), ticket: z.string() }),
    reply: z.unknown(),
  },
  /** Side panel → background → the tab: the bytes of a photo the seller just chose in the form (a blob: preview). */
  'photo:page-blob': {
    ...ROUTES['photo:page-blob'],
    request: z.object({ tabId, src: z.string() }),
    reply: z.unknown(),
  },
  /** Background → seller-form content script: read one of the page's own blob: previews (bytes only, no decoding). */
  'photo:read-blob': {
    ...ROUTES['photo:read-blob'],
    request: z.object({ src: z.string(), maxBytes: whole(1) }),
    reply: z.object({ dataUrl: z.optional(z.string()), bytes: z.optional(whole(0)) }),
  },
  /** Offscreen document → side panels: how far reading one photo's text has come (0–1). */
  'photo:progress': {
    ...ROUTES['photo:progress'],
    request: z.object({ ticket: z.string(), progress: z.number() }),
    reply: nothing,
  },
} as const satisfies Record<MessageName, { request: unknown; reply: unknown }>;

export type Messages = typeof MESSAGES;
export { isMessageName, type Envelope, type MessageName, type NamesFor, type Receiver, type ReplyEnvelope } from './routes';
export type RequestOf<N extends MessageName> = z.infer<Messages[N]['request']>;
export type ReplyOf<N extends MessageName> = z.infer<Messages[N]['reply']>;
