import { bi, type BilingualText, type Lang } from '../../shared/i18n/text';
import { Listing } from '../../shared/listing/schema';
import { checkListing, profileFor } from '../../shared/checks';
import type { BadgeSummary, ExtractionPayload } from './protocol';

/**
 * Helpers over an extraction, shared by the background (badge) and the side panel, so both agree on what
 * "could not read" means and on the score.
 */

export const NO_TITLE = bi(
  'Rapi tidak menemukan judul produk di halaman ini. Tata letak halaman mungkin berubah. Isi judulnya di bawah.',
  'Rapi could not find the product title on this page. The page layout may have changed. Fill in the title below.',
);

/**
 * Readable when the adapter found the product itself (shared/marketplaces: product evidence); a home page, a
 * login wall or a shell at a product address is not, whatever its title says. A seller form is readable once its
 * title field is there, even while still empty (an empty title is the seller's to fill, not ours).
 */
export function isReadable(extraction: ExtractionPayload): boolean {
  if (!extraction.read || extraction.loginWall) return false;
  if (extraction.page.kind === 'seller-form') return extraction.fields.title !== 'missing';
  return extraction.listing.title.trim() !== '';
}

/** Why the page could not be read (never empty for an unreadable page): the adapter's words, else ours. */
export function unreadableReasons(extraction: ExtractionPayload): BilingualText[] {
  return extraction.problems.length ? extraction.problems : [NO_TITLE];
}

/**
 * Validates the listing against the full Listing schema (the message service only checked its outline).
 * A listing that does not fit is dropped to an empty one, with a problem saying so: never thrown at the seller.
 */
export function checkedExtraction(extraction: ExtractionPayload): ExtractionPayload {
  const listing = Listing.safeParse(extraction.listing);
  if (listing.success) return { ...extraction, listing: listing.data };
  return {
    ...extraction,
    listing: Listing.parse({ marketplace: extraction.listing.marketplace === 'shopee' || extraction.listing.marketplace === 'tokopedia' ? extraction.listing.marketplace : 'other', title: '' }),
    problems: [
      ...extraction.problems,
      bi('Data yang dibaca dari halaman tidak lengkap atau rusak.', 'What was read from the page is incomplete or damaged.'),
    ],
  };
}

/** The numbers on the badge, from the same checkListing the panel and the CLI use. */
export function summarize(extraction: ExtractionPayload, lang: Lang): BadgeSummary {
  if (!isReadable(extraction)) return { score: null, fixes: 0, unreadable: true, lang };
  if (!extraction.listing.title.trim()) return { score: null, fixes: 0, unreadable: false, lang };
  const report = checkListing(extraction.listing, { profile: profileFor(extraction.listing.marketplace) });
  return {
    score: report.score,
    fixes: report.findings.length,
    unreadable: false,
    lang,
    ...(report.provisional ? { provisional: true, ...(report.provisionalNote ? { provisionalNote: report.provisionalNote } : {}) } : {}),
    ...(extraction.conflicts?.length ? { conflict: true } : {}),
  };
}
