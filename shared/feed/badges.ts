import { computeFacts } from '../checks/facts';
import type { Badge } from './schema';
import type { Listing } from '../listing/schema';

/**
 * Badges a listing earns by its own words, found by the same reading the checks use (shared/listing/specifics):
 * halal, P-IRT, BPOM and SNI where the seller names them. A badge is a claim shown to buyers, so only explicit
 * words count, and a listing that says it is not halal never gets the halal badge.
 */
const NOT_HALAL = /\b(?:non[-\s]?halal|tidak\s+halal|belum\s+(?:bersertifikat\s+|ada\s+(?:sertifikat\s+)?)?halal|bukan\s+(?:produk\s+)?halal|mengandung\s+(?:babi|alkohol)|babi|pork|lard)\b/i;
const LOCAL = /\b(?:produk|buatan|brand|merek|karya)\s+lokal\b|\bumkm\b/i;
const ORGANIC = /\b(?:organik|organic)\b/i;
const NOT_ORGANIC = /\b(?:non[-\s]?organik|bukan\s+organik|tidak\s+organik|non[-\s]?organic)\b/i;

/** In the feed's order of importance: certificates first. */
const ORDER: readonly Badge[] = ['halal', 'bpom', 'pirt', 'sni', 'organik', 'lokal'];

export function badgesFromListing(listing: Listing): Badge[] {
  const { specifics } = computeFacts(listing);
  const text = [listing.title, listing.description ?? '', ...Object.entries(listing.attributes ?? {}).map(([k, v]) => `${k}: ${v}`)].join('\n');
  const found = new Set<Badge>();
  if (specifics.halal && !NOT_HALAL.test(text)) found.add('halal');
  if (specifics.pirt) found.add('pirt');
  if (specifics.bpom) found.add('bpom');
  if (specifics.sni) found.add('sni');
  if (ORGANIC.test(text) && !NOT_ORGANIC.test(text)) found.add('organik');
  if (LOCAL.test(text)) found.add('lokal');
  return ORDER.filter((b) => found.has(b));
}
