/**
 * Off-platform contacts and other marketplaces in a listing's text (docs/rules.md#shopee-what-gets-a-product-blocked,
 * #tokopedia-contacts-and-transactions-outside-the-platform): real phone and WhatsApp numbers, links (wa.me, bit.ly,
 * other sites), e-mail addresses, social handles, other marketplaces. Not contacts: "@" before a number, unit or spec
 * ("@ 2.5 kg", "1080p@30fps", "@676MHz"), model codes ("WA90T5260BY", "HP 680", "IG10"), spec strings that look like
 * e-mail ("8GB@3200MHz.CL22"), permit and batch numbers, the listing's own marketplace and links to it.
 */
const MARKETPLACES = /\b(shopee|tokopedia|tokped|bukalapak|lazada|blibli|tiktok\s?shop|zalora|jd\.id|olx)\b/gi;
export const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;
/** Bare domains ("tokokita.com", "wa.me/62…", "bit.ly/…"): found from the dot, then widened to the whole name. */
const DOMAIN_END = /\.(?:com|co\.id|my\.id|biz\.id|web\.id|id|net|org|shop|store|link|me|ly|xyz|site|online)\b(?:\/\S*)?/gi;
const DOMAIN_NAME_CHAR = /[a-z0-9-]/i;
const EMAIL = /[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.id|id|net|org|ac\.id|go\.id|my\.id)\b/gi;
/** Indonesian mobile numbers: 08…, +62 8…, 62 8…, with spaces, dots or dashes. */
export const PHONE_PATTERN = /(?:\+62|\b62|\b0)\s?8\d(?:[\s.-]?\d){6,10}\b/g;
/** "WA 0812…", "IG: @toko", "Line ID: …": a contact word followed by a number long enough to dial, or a handle. */
const CONTACT_WORDS =
  /\b(wa|whatsapp|whats app|hubungi|kontak|telp|tlp|telepon|line\s?id|id\s?line|ig|instagram|dm)\b\s*[:.]?\s*(?:@[a-z_][\w.]{2,}|\+?\d[\d\s.-]{7,}\d)/gi;
/** A handle starts with a letter or "_": "@676MHz", "@100-500gr", "@1.8 GHz" and "@ 2.5 kg" are specs and amounts. */
const SOCIAL_HANDLE = /(?:^|[\s(:,/])@([a-z_][a-z0-9_.]{2,29})/gi;
const NOT_A_HANDLE = /^(?:rp\d|hd\b|fhd\b|uhd\b|\d)/i;
/** Numbers that follow these words are permits, batches or codes, not phone numbers. */
const NUMBER_CONTEXT = /(?:kode|produksi|batch|lot|irt|bpom|halal|sertifikat|nib|sku|barcode|ean|resi|npwp|izin|registrasi)\W{0,4}$/i;

const OWN_LINKS = {
  shopee: /(?:^|[./])(?:shopee\.co\.id|shopee\.com|shp\.ee)(?:\/|$)|^(?:https?:\/\/)?(?:[a-z]+\.)?shopee\.co\.id/i,
  tokopedia: /(?:^|[./])(?:tokopedia\.com|tokopedia\.link|tkp\.me)(?:\/|$)|^(?:https?:\/\/)?(?:[a-z]+\.)?tokopedia\.(?:com|link)/i,
} as const;

export interface ContactHit {
  kind: 'marketplace' | 'url' | 'email' | 'phone' | 'contact' | 'handle';
  text: string;
}

export interface ContactContext {
  /** The listing's own marketplace: its name and links to it are not "another marketplace". */
  own?: 'shopee' | 'tokopedia';
  /** The shop's own name ("QUATTRO.ID" in "Selamat datang di QUATTRO.ID" is a name, not a link). */
  shopName?: string;
}

function isOwnMarketplace(name: string, own: ContactContext['own']): boolean {
  const n = name.toLowerCase().replace(/\s+/g, '');
  if (own === 'shopee') return n === 'shopee';
  // Tokopedia and TikTok Shop are one platform since the merger.
  if (own === 'tokopedia') return n === 'tokopedia' || n === 'tokped' || n === 'tiktokshop';
  return false;
}

function isOwnLink(url: string, own: ContactContext['own']): boolean {
  return own !== undefined && OWN_LINKS[own].test(url.replace(/^https?:\/\//i, ''));
}

/** A shop-name-style domain: written in capitals with no www or path ("QUATTRO.ID"), or equal to the shop's name. */
function isShopName(domain: string, shopName: string | undefined): boolean {
  if (shopName && domain.toLowerCase() === shopName.toLowerCase()) return true;
  return /^[A-Z0-9-]{3,}\.ID$/.test(domain);
}

/** Every off-platform contact or other-marketplace mention in the text. */
export function findContacts(text: string, context: ContactContext | ContactContext['own'] = {}): ContactHit[] {
  const { own, shopName } = typeof context === 'string' || context === undefined ? { own: context, shopName: undefined } : context;
  const hits: ContactHit[] = [];
  for (const m of text.matchAll(MARKETPLACES)) if (!isOwnMarketplace(m[1]!, own)) hits.push({ kind: 'marketplace', text: m[0] });
  for (const m of text.matchAll(URL_PATTERN)) if (!isOwnLink(m[0], own)) hits.push({ kind: 'url', text: m[0] });
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) hits.push({ kind: 'email', text: m[0] });
  for (const m of text.matchAll(DOMAIN_END)) {
    let start = m.index;
    while (start > 0 && DOMAIN_NAME_CHAR.test(text[start - 1]!)) start--;
    if (start === m.index) continue; // ".com" alone, or a decimal like "1.id"
    const domain = text.slice(start, m.index + m[0].length);
    if (/^\d+\./.test(domain) || text[start - 1] === '@' || isOwnLink(domain, own) || isShopName(domain, shopName)) continue;
    hits.push({ kind: 'url', text: domain });
  }
  for (const m of text.matchAll(PHONE_PATTERN)) {
    if (NUMBER_CONTEXT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    hits.push({ kind: 'phone', text: m[0] });
  }
  for (const m of text.matchAll(CONTACT_WORDS)) hits.push({ kind: 'contact', text: m[0] });
  if (text.includes('@')) {
    for (const m of text.matchAll(SOCIAL_HANDLE)) {
      const handle = m[1]!;
      if (NOT_A_HANDLE.test(handle)) continue;
      if (hits.some((h) => h.kind === 'email' && h.text.includes(`@${handle}`))) continue;
      hits.push({ kind: 'handle', text: `@${handle}` });
    }
  }
  // "WA 0812…" and "0812…" are one contact: keep the longer text.
  return hits.filter((h) => !hits.some((other) => other !== h && other.text.length > h.text.length && other.text.includes(h.text)));
}
