// zod/mini, not classic zod: the content scripts import this file and have a 25 KB gzip budget (classic zod
// alone is several times that, because its top-level schemas cannot be tree-shaken).
import * as z from 'zod/mini';
import type { Listing } from '../../shared/listing/schema';
import { FieldState, PageInfo } from '../../shared/marketplaces/types';

/**
 * Every message between Rapi's content scripts, background and side panel, as zod schemas.
 * Each message names who handles it (`to`), what it carries (`request`) and what comes back (`reply`).
 * Both ends validate: a page can run code next to a content script, so nothing is trusted unchecked.
 */

/** The same shape as shared/i18n/text's BilingualText, in zod/mini. */
export const BilingualText = z.object({ id: z.string(), en: z.string() });
export const Lang = z.enum(['id', 'en']);

/**
 * Here only the listing's outline is checked (an object with a title); the background validates it in full
 * against the Listing schema (classic zod, which stays out of the content script).
 */
const ListingOutline = z.custom<Listing>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { title?: unknown }).title === 'string',
);

/** What an adapter read from a page (shared/marketplaces' Extraction), as it travels from the content script. */
export const ExtractionPayload = z.object({
  page: PageInfo,
  listing: ListingOutline,
  fields: z.partialRecord(z.string(), FieldState),
  problems: z.array(BilingualText),
  loginWall: z.boolean(),
});
export type ExtractionPayload = z.infer<typeof ExtractionPayload>;

/** What the badge on the page shows. `score` is null when the page could not be read. */
export const BadgeSummary = z.object({
  score: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
  fixes: z.number().check(z.int(), z.minimum(0)),
  lang: Lang,
});
export type BadgeSummary = z.infer<typeof BadgeSummary>;

/** What the background remembers about one tab; the side panel shows it. */
export const TabState = z.object({
  tabId: z.number().check(z.int()),
  url: z.string(),
  page: PageInfo,
  /** null on marketplace pages that are not a product or a seller form (search, category …). */
  extraction: z.nullable(ExtractionPayload),
  /** Increases with every read of the page, so the panel can tell a re-read from a new page. */
  revision: z.number().check(z.int(), z.minimum(0)),
  readAt: z.number(),
});
export type TabState = z.infer<typeof TabState>;

/** Seller-form fields the panel can write back into the form. */
export const WritableField = z.enum(['title', 'description']);
export type WritableField = z.infer<typeof WritableField>;

export const WriteResult = z.object({ written: z.boolean(), problem: z.optional(BilingualText) });
export type WriteResult = z.infer<typeof WriteResult>;

const tabId = z.number().check(z.int(), z.minimum(0));
const nothing = z.strictObject({});

export const MESSAGES = {
  /** Content script → background: the page was read (or re-read). The reply feeds the badge. */
  'listing:extracted': {
    to: 'background',
    request: z.object({ url: z.string(), extraction: ExtractionPayload }),
    reply: BadgeSummary,
  },
  /** Content script → background: this marketplace page has no listing to read (search, category …). */
  'page:no-listing': {
    to: 'background',
    request: z.object({ url: z.string(), page: PageInfo }),
    reply: nothing,
  },
  /** Badge click → background: open the side panel for this tab. */
  'panel:open': {
    to: 'background',
    request: nothing,
    reply: z.object({ opened: z.boolean() }),
  },
  /** Side panel → background: what do you know about this tab? */
  'tab:get': {
    to: 'background',
    request: z.object({ tabId }),
    reply: z.nullable(TabState),
  },
  /** Side panel → background → the tab's seller-form script: put this text into the form. */
  'form:apply': {
    to: 'background',
    request: z.object({ tabId, field: WritableField, value: z.string() }),
    reply: WriteResult,
  },
  /** Background → side panels: a tab's state changed (null: forgotten). */
  'tab:updated': {
    to: 'panel',
    request: z.object({ tabId, state: z.nullable(TabState) }),
    reply: nothing,
  },
  /** Background → content script: redraw the badge (the language changed). */
  'badge:update': {
    to: 'content',
    request: BadgeSummary,
    reply: nothing,
  },
  /** Background → seller-form content script: write a field. */
  'form:write': {
    to: 'content',
    request: z.object({ field: WritableField, value: z.string() }),
    reply: WriteResult,
  },
} as const;

export type Messages = typeof MESSAGES;
export type MessageName = keyof Messages;
export type Receiver = Messages[MessageName]['to'];
export type NamesFor<R extends Receiver> = {
  [N in MessageName]: Messages[N]['to'] extends R ? N : never;
}[MessageName];
export type RequestOf<N extends MessageName> = z.infer<Messages[N]['request']>;
export type ReplyOf<N extends MessageName> = z.infer<Messages[N]['reply']>;

/** The envelope on the wire. `rapi` keeps Rapi's messages apart from anything else on the runtime. */
export const Envelope = z.object({ rapi: z.literal(1), name: z.string(), data: z.unknown() });
export type Envelope = z.infer<typeof Envelope>;

export const ReplyEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: BilingualText }),
]);
export type ReplyEnvelope = z.infer<typeof ReplyEnvelope>;

export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(MESSAGES, name);
}
