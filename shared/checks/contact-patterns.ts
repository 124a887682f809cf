/** Things Shopee blocks in titles, descriptions and photos: other marketplaces, links, off-platform contacts. */
export const OTHER_MARKETPLACES = /\b(shopee|tokopedia|tokped|bukalapak|lazada|blibli|tiktok\s?shop|tiktok|zalora|jd\.id|olx)\b/gi;
export const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;
/** Bare domains ("tokokita.com"): found from the dot, which is cheap to scan for, then widened to the whole name. */
const DOMAIN_END = /\.(?:com|co\.id|id|net|org|shop|store|link|me|ly)\b(?:\/\S*)?/gi;
const DOMAIN_NAME_CHAR = /[a-z0-9-]/i;
/** Indonesian mobile numbers: 08…, +62 8…, 62 8…, with spaces or dashes. */
export const PHONE_PATTERN = /(?:\+62|\b62|\b0)\s?8\d(?:[\s-]?\d){6,10}\b/g;
export const CONTACT_WORDS = /\b(wa|whatsapp|whats app|hubungi|kontak|line\s?id|id\s?line|ig|instagram|dm)\b\s*[:.]?\s*[@+\d][\w.-]*/gi;
export const SOCIAL_HANDLE = /(?:^|\s)@[a-z0-9_.]{3,}/gi;

export interface ContactHit {
  kind: 'marketplace' | 'url' | 'phone' | 'contact' | 'handle';
  text: string;
}

/** Every off-platform contact or other-marketplace mention in the text. */
export function findContacts(text: string, ownMarketplace?: 'shopee' | 'tokopedia'): ContactHit[] {
  const hits: ContactHit[] = [];
  for (const m of text.matchAll(OTHER_MARKETPLACES)) {
    const name = m[1]!.toLowerCase();
    const own = ownMarketplace === 'shopee' ? name === 'shopee' : ownMarketplace === 'tokopedia' ? /tokopedia|tokped/.test(name) : false;
    if (!own) hits.push({ kind: 'marketplace', text: m[0] });
  }
  for (const m of text.matchAll(URL_PATTERN)) hits.push({ kind: 'url', text: m[0] });
  for (const m of text.matchAll(DOMAIN_END)) {
    let start = m.index;
    while (start > 0 && DOMAIN_NAME_CHAR.test(text[start - 1]!)) start--;
    if (start === m.index) continue; // ".com" alone, or a decimal like "1.id"
    const domain = text.slice(start, m.index + m[0].length);
    if (!/^\d+\./.test(domain)) hits.push({ kind: 'url', text: domain });
  }
  for (const m of text.matchAll(PHONE_PATTERN)) hits.push({ kind: 'phone', text: m[0] });
  for (const m of text.matchAll(CONTACT_WORDS)) hits.push({ kind: 'contact', text: m[0] });
  if (text.includes('@')) for (const m of text.matchAll(SOCIAL_HANDLE)) hits.push({ kind: 'handle', text: m[0].trim() });
  // "WA 0812…" and "0812…" are one contact: keep the longer text.
  return hits.filter((h) => !hits.some((other) => other !== h && other.text.length > h.text.length && other.text.includes(h.text)));
}
