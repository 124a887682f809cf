import { DISEASES, findOverclaim } from '../checks/claims';
import { findContacts, type ContactContext } from '../checks/contact-patterns';
import { PROMO } from '../checks/promo-words';
import { DECORATIVE } from '../checks/symbols';
import { dropWords, GAP, join, plainWords, tidy, tokenize } from './tokens';

/**
 * The title fixes that take something out, one function each, so that a check's own example shows just its fix and
 * the suggested title applies them all (docs/suggestions.md#suggested-title). Each returns the title unchanged when
 * there is nothing to take out.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "PROMO", "Termurah", "Bisa COD", "Free Ongkir", "100% Original", "No.1", "Paket Hemat". */
export function withoutPromo(title: string): string {
  if (title.search(PROMO) < 0) return title;
  return tidy(title.replace(PROMO, GAP));
}

/** Emoji, stars, hashtags, "~", "{ }". */
export function withoutSymbols(title: string): string {
  if (title.search(DECORATIVE) < 0) return title;
  // With the emoji go the invisible characters that shape it (variation selector, zero-width joiner).
  return tidy(title.replace(DECORATIVE, GAP).replace(/[\uFE0F\u200D]/g, ''));
}

/** Phone and WhatsApp numbers, links, handles and other marketplaces' names, with the words that led into them ("WA"). */
export function withoutContacts(title: string, context: ContactContext): string {
  const hits = findContacts(title, context);
  if (!hits.length) return title;
  let out = title;
  for (const hit of hits) {
    const at = out.indexOf(hit.text);
    if (at < 0) continue;
    // The words that only led into the contact go with it: "hub 0812…", "call/wa 0812…", "Info & order: @toko".
    const lead = LEAD_IN.exec(out.slice(0, at))?.[1] ?? '';
    out = `${out.slice(0, at - lead.length)}${GAP}${out.slice(at + hit.text.length)}`;
  }
  return tidy(out);
}

const LEAD_IN = /(?:^|[\s,(|])((?:(?:hub|hubungi|call|sms|chat|info|cp|kontak|telp|tlp|wa|whatsapp|order|pesan|minat)\b\s*[:./&-]?\s*)+)$/i;

/** Exclamation marks: a product name states, it does not shout ("MURAH!!!", "Katun!!"). */
export function withoutExclamations(title: string): string {
  if (!title.includes('!')) return title;
  return tidy(title.replace(/!+/g, GAP));
}

const MORE_DISEASES = new RegExp(String.raw`^(?:\s*(?:dan|&|,|/)\s*(?:${DISEASES}))+`, 'i');
const LEADING_PROMISE = /(?:\b(?:pembesar|pengencang|pemancung|pemutih|penghilang)\s*(?:&|dan|,|\/)\s*)+$/i;
const TRAILING_TIME = /^\s*(?:hanya\s+)?dalam\s+(?:\d+\s*)?\p{L}+/iu;

/**
 * Claims the health and beauty rules forbid ("Menyembuhkan Diabetes dan Kolesterol", "Turun 10 kg Dalam Seminggu",
 * "Pembesar & Pengencang Payudara"), with the words that belong to the same claim.
 */
export function withoutOverclaims(title: string): string {
  let out = title;
  for (let guard = 0; guard < 5; guard++) {
    const claim = findOverclaim(out);
    if (!claim) break;
    const at = out.indexOf(claim);
    if (at < 0) break;
    const before = out.slice(0, at).replace(LEADING_PROMISE, GAP);
    const after = out.slice(at + claim.length).replace(MORE_DISEASES, GAP).replace(TRAILING_TIME, GAP);
    out = `${before}${GAP}${after}`;
  }
  return out === title ? title : tidy(out);
}

/** The shop's name where it is not the brand at the front (the title-shop-name check decides when). */
export function withoutShopName(title: string, shop: string): string {
  return tidy(title.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(shop)}(?![\\p{L}\\p{N}])`, 'iu'), GAP));
}

/** Short words that may repeat (the repeated-word check skips them too). */
const STOPWORDS = new Set('dan di ke dari untuk dengan yang atau isi per x the and for with of in to a an pcs gr ml cm kg'.split(' '));

/**
 * A word said more than twice is said once ("Sambal Bawang Pedas Sambal Botol Sambal Enak Sambal Sambal" keeps the
 * first "Sambal"), and a word repeated across a separator ("ORIGINAL / ORIGINAL") once. Numbers and sizes stay: they
 * are specifics, not keywords. Words said twice elsewhere stay ("Oleh Oleh", "Kopi Liberika Kopi Bedhag").
 */
export function withoutRepeats(title: string): string {
  const countable = (w: string) => w.length >= 2 && !STOPWORDS.has(w) && !/\d/.test(w);
  const all = plainWords(title);
  if (new Set(all).size === all.length) return title;
  let tokens = tokenize(title);
  const counts = new Map<string, number>();
  for (const t of tokens) if (t.word) for (const w of plainWords(t.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const seen = new Set<string>();
  const drop = new Set<number>();
  tokens.forEach((t, i) => {
    if (!t.word) return;
    const words = plainWords(t.text);
    if (words.every((w) => countable(w) && (counts.get(w) ?? 0) > 2 && seen.has(w))) drop.add(i);
    for (const w of words) seen.add(w);
  });
  let out = drop.size ? join(dropWords(tokens, drop)) : title;
  // Then the same word on both sides of a separator: "ORIGINAL / ORIGINAL", "Kopi | kopi".
  tokens = tokenize(out);
  const twice = new Set<number>();
  tokens.forEach((t, i) => {
    if (!t.word) return;
    const key = plainWords(t.text).join(' ');
    const previous = previousWord(tokens, i);
    if (previous && previous.key === key && countable(key) && /[|/,]|\s-\s/.test(previous.between)) twice.add(i);
  });
  if (twice.size) out = join(dropWords(tokens, twice));
  return out;
}

function previousWord(tokens: ReturnType<typeof tokenize>, i: number): { key: string; between: string } | undefined {
  let between = '';
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (!t.word) {
      between = t.text + between;
      continue;
    }
    return { key: plainWords(t.text).join(' '), between };
  }
  return undefined;
}

/** The brand first, written as in the brand field ("Kapal Api Kopi Arabika Bubuk 200 gr"). */
export function brandFirst(title: string, brand: string): string {
  const at = title.toLowerCase().indexOf(brand.toLowerCase());
  if (at === 0) return title;
  const rest = at > 0 ? `${title.slice(0, at)}${GAP}${title.slice(at + brand.length)}` : title;
  return `${brand} ${tidy(rest)}`;
}
