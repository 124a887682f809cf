/**
 * ShowcaseFeed: the showcase feed that `<rapi-etalase>` renders and that the extension's curation export writes.
 * This file is the single source of truth. The widget cannot carry zod within its 12 KB budget, so its build
 * turns this schema into JSON Schema (`feedJsonSchema()`) and checks feeds with the tiny validator in lite.ts;
 * tests/unit/feed proves both accept and reject the same feeds.
 *
 * Written with `zod/mini` (zod 4's classic and mini APIs share one core, so the extension can use these too).
 * Unknown keys are dropped, so a newer feed with extra fields still renders in an older widget. Version 1 grows
 * only by optional fields (like `stock`), so old feeds stay valid here and new feeds still render in old widgets;
 * the version changes only when a field changes meaning (tests/e2e/widget-compat.test.ts runs both directions).
 * Text is kept exactly as written (no trimming), so both validators return the same data.
 */
import * as z from 'zod/mini';
import { CHECKS, type CheckKey } from './checks';
import { FEED_VERSION } from './version';

export { FEED_VERSION };

/**
 * A string that must pass one of CHECKS. The check's name goes into the issue message (parse turns it into
 * Bahasa Indonesia and English) and into the JSON Schema as "x-check", so the widget runs the same predicate.
 */
function checked(key: CheckKey, maxLength: number) {
  const schema = z.string().check(z.refine(CHECKS[key], key), z.maxLength(maxLength));
  z.globalRegistry.add(schema, { 'x-check': key });
  return schema;
}

const text = (maxLength: number) => checked('blank', maxLength);

export const Badge = z.enum(['halal', 'pirt', 'bpom', 'lokal', 'organik', 'sni']);
export type Badge = z.infer<typeof Badge>;

export const Price = z.object({
  /** Whole Rupiah. */
  idr: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000)),
  /** "per 250 gr", "mulai dari", "isi 10". */
  note: z.optional(text(60)),
});
export type Price = z.infer<typeof Price>;

export const Photo = z.object({
  /** An https: URL, or a path relative to the feed file ("foto/kopi.jpg"). */
  src: checked('photo', 2000),
  /** What the photo shows, for screen readers. The widget uses the product name when it is missing. */
  alt: z.optional(text(200)),
});
export type Photo = z.infer<typeof Photo>;

export const Seller = z.object({
  name: text(120),
  /** Kota or kabupaten. */
  city: z.optional(text(80)),
  /** Kecamatan. */
  district: z.optional(text(80)),
});
export type Seller = z.infer<typeof Seller>;

export const WhatsApp = z.object({
  /** "0812-3456-7890", "+62 812 3456 7890" or "6281234567890". */
  number: checked('whatsapp', 40),
  /** The prefilled message. Without it the widget writes one in Indonesian naming the product. */
  message: z.optional(text(500)),
});
export type WhatsApp = z.infer<typeof WhatsApp>;

export const Links = z.object({
  shopee: z.optional(checked('shopee', 2000)),
  tokopedia: z.optional(checked('tokopedia', 2000)),
  whatsapp: z.optional(WhatsApp),
  instagram: z.optional(checked('instagram', 2000)),
  website: z.optional(checked('https', 2000)),
});
export type Links = z.infer<typeof Links>;

/**
 * Whether the product can be bought now. Absent means the curator did not say (shown as available). "out": the
 * widget says "Stok habis" and sends buyers to WhatsApp to ask when it is back. Older widgets ignore the field.
 */
export const Stock = z.enum(['available', 'out']);
export type Stock = z.infer<typeof Stock>;

export const ShowcaseItem = z.object({
  /** Stable and unique within the feed. */
  id: text(100),
  name: text(200),
  price: z.optional(Price),
  photo: z.optional(Photo),
  seller: z.optional(Seller),
  category: z.optional(text(60)),
  tags: z.optional(z.array(text(40)).check(z.maxLength(20))),
  badges: z.optional(z.array(Badge).check(z.maxLength(6))),
  /** One or two sentences. */
  blurb: z.optional(text(600)),
  stock: z.optional(Stock),
  links: z._default(Links, {}),
});
export type ShowcaseItem = z.infer<typeof ShowcaseItem>;
export type ShowcaseItemInput = z.input<typeof ShowcaseItem>;

export const Curator = z.object({
  name: text(120),
  url: z.optional(checked('https', 2000)),
});
export type Curator = z.infer<typeof Curator>;

export const ShowcaseFeed = z.object({
  version: z.literal(FEED_VERSION),
  title: text(120),
  curator: z.optional(Curator),
  /** ISO 8601 with a time zone, e.g. "2026-11-20T09:00:00+07:00". */
  updated: z.optional(checked('date', 40)),
  items: z.array(ShowcaseItem),
});
export type ShowcaseFeed = z.infer<typeof ShowcaseFeed>;
export type ShowcaseFeedInput = z.input<typeof ShowcaseFeed>;

/** The feed without its items: the parser checks items one by one, so one bad item does not sink the feed. */
export const FeedEnvelope = z.extend(ShowcaseFeed, { items: z.array(z.unknown()) });

/** The JSON Schema of a feed file: for the widget's validator, and for editors that check JSON as you type. */
export function feedJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ShowcaseFeed, { io: 'input', unrepresentable: 'throw', reused: 'inline' }) as Record<
    string,
    unknown
  >;
}
